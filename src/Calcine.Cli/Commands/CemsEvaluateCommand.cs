using System.CommandLine;
using Calcine.Application.Cems;

namespace Calcine.Cli.Commands;

/// <summary><c>cems evaluate --input minutes.csv --rules cn-ule-2024-kiln [--standard gb4915-2013|gb4915-2013-special | --limits permit.json] [--periods]</c>:
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
        var limits = new Option<string>("--limits") { Description = "a permit or provincial limit set (JSON, docs/formats/cems-limits.md) used instead of --standard" };
        var periods = new Option<bool>("--periods") { Description = "also write every hourly (EU: half-hourly) value with its status and minute counts" };
        var command = new Command("evaluate", "Evaluate one stack's minute data: hourly averages, monthly ULE ratio, legal exceedances and events") { input, rules, standard, limits, periods };
        command.SetAction(parse =>
        {
            Domain.Cems.Limits.LimitSet? siteLimits = null;
            if (parse.GetValue(limits) is { } limitsPath)
            {
                byte[] bytes;
                try
                {
                    var info = new FileInfo(limitsPath);
                    if (info.Exists && info.Length > LimitSetReader.MaxBytes)
                    {
                        return console.Fail([$"{limitsPath}: $: the limits file is {info.Length} bytes; at most {LimitSetReader.MaxBytes}"]);
                    }

                    bytes = File.ReadAllBytes(limitsPath);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    return console.Fail([ex is FileNotFoundException or DirectoryNotFoundException ? $"{limitsPath}: file not found" : $"{limitsPath}: cannot be read: {ex.Message}"]);
                }

                var read = LimitSetReader.Read(bytes);
                if (!read.Success)
                {
                    return console.Fail(read.Errors.Select(e => $"{limitsPath}: {e}"));
                }

                siteLimits = read.Value;
            }

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
                report = CemsEvaluation.Run(stream, parse.GetValue(rules)!, parse.GetValue(standard), parse.GetValue(periods), siteLimits);
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
