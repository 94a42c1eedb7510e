namespace Calcine.Cli;

/// <summary>The streams a command reads and writes, so tests run the CLI in-process with real
/// arguments and capture exactly what a user would see.</summary>
public sealed record CliConsole(Stream StandardInput, Stream StandardOutput, TextWriter Error)
{
    public static CliConsole System => new(Console.OpenStandardInput(), Console.OpenStandardOutput(), Console.Error);

    /// <summary>One line per error: "error: PATH: MESSAGE".</summary>
    public int Fail(IEnumerable<string> errors)
    {
        foreach (var e in errors)
        {
            Error.WriteLine($"error: {e}");
        }

        return 1;
    }

    public void WriteText(string text)
    {
        using var writer = new StreamWriter(StandardOutput, new System.Text.UTF8Encoding(false), leaveOpen: true);
        writer.Write(text);
    }
}
