using System.CommandLine;
using Calcine.Application.Recp;
using Calcine.Domain.Recp;
using Calcine.Domain.Results;

namespace Calcine.Cli.Commands;

/// <summary><c>calcine recp appraise | mfca | baseline</c>: the RECP in-plant assessment computations
/// (shared/spec/recp-format.md), one JSON document in, one JSON result on stdout.</summary>
public static class RecpCommand
{
    private const int MaxBytes = 4 * 1024 * 1024;

    public static Command Build(CliConsole console) => new("recp", "Resource Efficient and Cleaner Production: options appraisal, material flow cost accounting, energy baselines")
    {
        Compute(console, "appraise", "recp-options/1", "Payback, NPV, IRR, CO2 and cost per t CO2 of each option; ranking; the best set under a CAPEX budget",
            bytes => Map(RecpOptionsReader.Read(bytes), OptionsAppraiser.Appraise), RecpOptionsResultWriter.Write),
        Compute(console, "mfca", "recp-mfca/1", "Cost of material losses by quantity centre (MFCA, ISO 14051)",
            bytes => RecpMfcaReader.ReadAndCalculate(bytes), RecpMfcaResultWriter.Write),
        Compute(console, "baseline", "recp-baseline/1", "Regression energy baseline, savings, CUSUM and EnPI (ISO 50006, IPMVP Option C)",
            bytes => RecpBaselineReader.ReadAndCalculate(bytes), RecpBaselineResultWriter.Write),
    };

    private static Result<TOut> Map<TIn, TOut>(Result<TIn> input, Func<TIn, TOut> compute) =>
        input.Success ? Result<TOut>.Ok(compute(input.Value)) : Result<TOut>.Fail(input.Errors);

    private static Command Compute<T>(CliConsole console, string name, string format, string description, Func<byte[], Result<T>> run, Action<Stream, T> write)
    {
        var input = new Option<string>("--input") { Description = $"{format} JSON document", Required = true };
        var command = new Command(name, $"{description}. Result JSON on stdout; errors with their JSON paths on stderr, exit 1") { input };
        command.SetAction(parse =>
        {
            var bytes = InputFile.ReadBytes(parse.GetValue(input)!, MaxBytes, $"a {format} document", out var fileError);
            if (bytes is null)
            {
                return console.Fail([fileError!.StartsWith('$') ? fileError : $"$: {fileError}"]);
            }

            var result = run(bytes);
            if (!result.Success)
            {
                return console.Fail(result.Errors.Select(e => e.ToString()));
            }

            using var buffer = new MemoryStream();
            write(buffer, result.Value);
            console.StandardOutput.Write(buffer.GetBuffer(), 0, (int)buffer.Length);
            console.StandardOutput.WriteByte((byte)'\n');
            console.StandardOutput.Flush();
            return 0;
        });
        return command;
    }
}
