using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Calcine.Ingestion.Hj212;

namespace Calcine.Cli.Commands;

/// <summary>
/// <c>cems decode [--input FILE]</c>: HJ 212 frames in (standard input by default), one JSON object
/// per frame out, in input order (shared/spec/cems-contracts.md). Bad frames are reported and
/// skipped; exit 1 only when the input cannot be read.
/// </summary>
public static class CemsDecodeCommand
{
    public static Command Build(CliConsole console)
    {
        var input = new Option<string?>("--input") { Description = "File of HJ 212 frames; standard input when omitted" };
        var command = new Command("decode", "Decode HJ 212 frames to JSON lines: one object per frame, accepted or rejected") { input };
        command.SetAction(parse => Run(parse.GetValue(input), console));
        return command;
    }

    private static int Run(string? path, CliConsole console)
    {
        Stream source;
        try
        {
            source = path is null ? console.StandardInput : File.OpenRead(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            console.Error.WriteLine($"error: {path}: cannot be read: {ex.Message}");
            return 1;
        }

        var output = new BufferedStream(console.StandardOutput, 64 * 1024);
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        try
        {
            Hj212StreamDecoder.ReadAll(source, (offset, decoded) =>
            {
                if (decoded.Packet is { } packet)
                {
                    Hj212JsonLines.WriteAccepted(json, packet, offset);
                }
                else
                {
                    Hj212JsonLines.WriteRejected(json, decoded.Error, decoded.Detail!, offset);
                }

                json.Flush();
                output.WriteByte((byte)'\n');
                json.Reset();
            });
            return 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"error: {path ?? "standard input"}: reading stopped: {ex.Message}");
            return 1;
        }
        finally
        {
            output.Flush();
            if (path is not null)
            {
                source.Dispose();
            }
        }
    }
}
