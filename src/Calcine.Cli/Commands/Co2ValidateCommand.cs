using System.CommandLine;
using Calcine.Application.Co2.Document;
using Calcine.Domain.Accounting;
using Calcine.Domain.Accounting.Plausibility;

namespace Calcine.Cli.Commands;

/// <summary><c>co2 validate --input FILE [--input FILE2 …]</c>: errors (exit 1) and plausibility
/// warnings (exit 0). Several years of one plant also get the year-on-year checks.</summary>
public static class Co2ValidateCommand
{
    public static Command Build(CliConsole console)
    {
        var input = new Option<string[]>("--input") { Description = "plant-year/1 JSON documents (one or more years)", Required = true, AllowMultipleArgumentsPerToken = true };
        var command = new Command("validate", "Check a plant-year document: errors with their JSON path, then plausibility warnings") { input };
        command.SetAction(parse =>
        {
            var errors = new List<string>();
            var years = new List<PlantYear>();
            foreach (var path in parse.GetValue(input)!)
            {
                var bytes = InputFile.ReadPlantYearBytes(path, console, out var fileError);
                if (bytes is null)
                {
                    errors.Add(fileError!);
                    continue;
                }

                var doc = PlantYearReader.Read(bytes);
                if (doc.Success)
                {
                    years.Add(doc.Value);
                }
                else
                {
                    var prefix = parse.GetValue(input)!.Length > 1 ? $"{path}: " : "";
                    errors.AddRange(doc.Errors.Select(e => prefix + e));
                }
            }

            if (errors.Count > 0)
            {
                return console.Fail(errors);
            }

            var text = new System.Text.StringBuilder();
            text.AppendLine($"valid: {years.Count} plant-year document(s)");
            foreach (var w in PlausibilityChecker.Check(years))
            {
                text.AppendLine($"warning {w.Id}: {w.Path} = {w.Value}; expected {w.ExpectedRange}. {w.Why}");
            }

            console.WriteText(text.ToString());
            return 0;
        });
        return command;
    }
}
