using System.CommandLine;
using Calcine.Application.Co2;
using Calcine.Application.Co2.Document;

namespace Calcine.Cli.Commands;

/// <summary><c>co2 calc --input FILE [--method M] [--trace]</c>: JSON of the contract on stdout.</summary>
public static class Co2CalcCommand
{
    public static Command Build(CliConsole console)
    {
        var input = new Option<string>("--input") { Description = "plant-year/1 JSON document", Required = true };
        var method = new Option<string>("--method") { Description = "gcca (default) | eu-mrr | cbam | ipcc-t1 | ipcc-t2 | ipcc-t3 | cn-2013 | cn-2024 | all", DefaultValueFactory = _ => "gcca" };
        method.AcceptOnlyFromAmong([.. Co2MethodCatalog.Ids, Co2Report.AllMethods]);
        var trace = new Option<bool>("--trace") { Description = "add the calculation trace: formula, inputs and their sources for every step" };
        var command = new Command("calc", "Compute emissions and KPIs of a plant-year") { input, method, trace };
        command.SetAction(parse =>
        {
            var bytes = InputFile.ReadPlantYearBytes(parse.GetValue(input)!, console, out var fileError);
            if (bytes is null)
            {
                return console.Fail([fileError!]);
            }

            var doc = PlantYearReader.Read(bytes);
            if (!doc.Success)
            {
                return console.Fail(doc.Errors.Select(e => e.ToString()));
            }

            var methodId = parse.GetValue(method)!;
            var missing = Co2Report.CheckInputs(doc.Value, methodId);
            if (missing.Count > 0)
            {
                return console.Fail(missing.Select(e => e.ToString()));
            }

            Co2Report.Write(console.StandardOutput, doc.Value, methodId, parse.GetValue(trace));
            console.StandardOutput.Flush();
            return 0;
        });
        return command;
    }
}
