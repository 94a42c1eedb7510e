using System.CommandLine;
using Calcine.Application.Cems;
using Calcine.Application.Cems.Quality;

namespace Calcine.Cli.Commands;

/// <summary><c>cems quality --input MINUTES.csv [--das HOURLY.csv] [--config FILE] [--hours]</c>: the
/// data-quality JSON of docs/formats/cems-quality.md on stdout (exit 0), or the first problem on
/// stderr naming the option, line and field (exit 1, nothing on stdout).</summary>
public static class CemsQualityCommand
{
    public static Command Build(CliConsole console)
    {
        var input = new Option<string>("--input") { Description = $"minute data CSV with header {MinuteCsvReader.ExpectedHeader} (as for evaluate); '-' reads standard input", Required = true };
        var das = new Option<string>("--das") { Description = $"hourly converted values the data logger sent, CSV with header {DasHourlyCsvReader.ExpectedHeader}" };
        var config = new Option<string>("--config") { Description = "quality settings JSON (reference O2, DAS tolerance, anomaly thresholds); defaults when absent" };
        var hours = new Option<bool>("--hours") { Description = "also write every hour's status, 75 % flag and converted values computed both ways" };
        var command = new Command("quality", "Data quality of one stack's minute data: 75 % flags, transmission/valid/capture rates, anomalies, DAS ZsAvg cross-check")
        {
            input, das, config, hours,
        };
        command.SetAction(parse =>
        {
            var settings = QualityConfig.Default;
            if (parse.GetValue(config) is { } configPath)
            {
                var bytes = ReadBounded(configPath, QualityConfigReader.MaxBytes, out var readError);
                if (bytes is null)
                {
                    return console.Fail([$"--config: {readError}"]);
                }

                var parsed = QualityConfigReader.Read(bytes);
                if (!parsed.Success)
                {
                    return console.Fail(parsed.Errors.Select(e => $"--config: {e}"));
                }

                settings = parsed.Value;
            }

            var inputPath = parse.GetValue(input)!;
            var dasPath = parse.GetValue(das);
            if (dasPath == "-" && inputPath == "-")
            {
                return console.Fail(["--das: standard input is already used by --input"]);
            }

            Stream? minutes = null;
            Stream? dasStream = null;
            try
            {
                minutes = Open(inputPath, console, out var inputError);
                if (minutes is null)
                {
                    return console.Fail([$"--input: {inputError}"]);
                }

                if (dasPath is not null)
                {
                    dasStream = Open(dasPath, console, out var dasError);
                    if (dasStream is null)
                    {
                        return console.Fail([$"--das: {dasError}"]);
                    }
                }

                var result = CemsQuality.Run(minutes, dasStream, settings, parse.GetValue(hours), $"--input {Printable(inputPath)}", $"--das {Printable(dasPath ?? "")}");
                if (!result.Success)
                {
                    return console.Fail(result.Errors.Select(e => e.ToString()));
                }

                CemsQualityJson.Write(console.StandardOutput, result.Value);
                console.StandardOutput.Flush();
                return 0;
            }
            catch (IOException ex)
            {
                return console.Fail([$"cannot be read: {Printable(ex.Message)}"]);
            }
            finally
            {
                if (inputPath != "-")
                {
                    minutes?.Dispose();
                }

                if (dasPath != "-")
                {
                    dasStream?.Dispose();
                }
            }
        });
        return command;
    }

    private static Stream? Open(string path, CliConsole console, out string? error)
    {
        error = null;
        if (path == "-")
        {
            return console.StandardInput;
        }

        try
        {
            if (Directory.Exists(path))
            {
                error = $"{Printable(path)}: is a directory, not a file";
                return null;
            }

            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error = ex is FileNotFoundException or DirectoryNotFoundException ? $"{Printable(path)}: file not found" : $"{Printable(path)}: cannot be read: {Printable(ex.Message)}";
            return null;
        }
    }

    /// <summary>A small file read whole, refused past <paramref name="max"/> bytes while reading.</summary>
    private static byte[]? ReadBounded(string path, int max, out string? error)
    {
        error = null;
        try
        {
            if (Directory.Exists(path))
            {
                error = $"{Printable(path)}: is a directory, not a file";
                return null;
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096);
            var buffer = new byte[max + 1];
            var total = 0;
            int read;
            while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0)
            {
                total += read;
            }

            if (total > max)
            {
                error = $"{Printable(path)}: more than {max} bytes; a quality config is a few hundred";
                return null;
            }

            return buffer[..total];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error = ex is FileNotFoundException or DirectoryNotFoundException ? $"{Printable(path)}: file not found" : $"{Printable(path)}: cannot be read: {Printable(ex.Message)}";
            return null;
        }
    }

    private static string Printable(string text) => new([.. text.Select(c => char.IsControl(c) ? '?' : c)]);
}
