using System.Text;

namespace Calcine.Cli.Tests;

/// <summary>Runs the real CLI entry point in-process with captured streams.</summary>
internal static class InProcessCli
{
    public sealed record Outcome(int ExitCode, string StandardOutput, string StandardError);

    public static Outcome Run(params string[] args)
    {
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();
        var exit = CalcineCli.Run(args, new CliConsole(Stream.Null, stdout, stderr));
        return new Outcome(exit, Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    }
}
