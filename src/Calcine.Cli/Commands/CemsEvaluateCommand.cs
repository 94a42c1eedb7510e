using System.CommandLine;
using Calcine.Application.Cems;

namespace Calcine.Cli.Commands;

/// <summary><c>cems evaluate --input minutes.csv --rules cn-ule-2024-kiln [--standard gb4915-2013|gb4915-2013-special] [--periods]</c>:
/// the JSON of spec/cems-contracts.md on stdout (exit 0), or the first malformed line on stderr with
/// its line and column (exit 1, nothing on stdout).</summary>
public static class CemsEvaluateCommand
{
    public static Command Build(CliConsole console)
    {
        var input = new Option<string>("--input") { Description = $"minute data CSV with header {MinuteCsvReader.ExpectedHeader}; '-' reads standard input", Required = true };
        var rules = new Option<string>("--rules") { Description = string.Join(" | ", CemsRuleSets.Ids), Required = true };
        rules.AcceptOnlyFromAmong([.. CemsRuleSets.Ids]);
        var standard = new Option<string>("--standard") { Description = $"legal standard for the China rule sets: {string.Join(" | ", CemsRuleSets.StandardIds)} (default {CemsRuleSets.StandardIds[0]})" };
        standard.AcceptOnlyFromAmong([.. CemsRuleSets.StandardIds]);
        var periods = new Option<bool>("--periods") { Description = "also write every hourly (EU: half-hourly) value with its status and minute counts" };
        var command = new Command("evaluate", "Evaluate one stack's minute data: hourly averages, monthly ULE ratio, legal exceedances and events") { input, rules, standard, periods };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(input)!;
            Stream stream;
            try
            {
                stream = path == "-" ? console.StandardInput : new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return console.Fail([ex is FileNotFoundException or DirectoryNotFoundException ? $"{path}: file not found" : $"{path}: cannot be read: {ex.Message}"]);
            }

            Domain.Results.Result<CemsReport> report;
            try
            {
                report = CemsEvaluation.Run(stream, parse.GetValue(rules)!, parse.GetValue(standard), parse.GetValue(periods));
            }
            catch (IOException ex)
            {
                return console.Fail([$"{path}: cannot be read: {ex.Message}"]);
            }
            finally
            {
                if (path != "-")
                {
                    stream.Dispose();
                }
            }

            if (!report.Success)
            {
                return console.Fail(report.Errors.Select(e => e.ToString()));
            }

            CemsReportJson.Write(console.StandardOutput, report.Value);
            console.StandardOutput.Flush();
            return 0;
        });
        return command;
    }
}
