using System.CommandLine;
using System.CommandLine.Invocation;
using System.Text.RegularExpressions;
using Calcine.Cli.Commands;

namespace Calcine.Cli;

public static class CalcineCli
{
    public static RootCommand Build(CliConsole console) => new("calcine — cement CO2 accounting and stack-emission compliance")
    {
        Co2Command.Build(console),
        CemsCommand.Build(console),
        RoadmapCommand.Build(console),
        RecpCommand.Build(console),
        DbCommand.Build(console),
        AuditCommand.Build(console),
        AdminCommand.Build(console),
    };

    /// <summary>Runs one command line. Unexpected failures are reported in one line with exit 2,
    /// never as a stack trace: users of a CLI read messages, not traces.</summary>
    public static int Run(string[] args, CliConsole console)
    {
        try
        {
            var result = Build(console).Parse(args);
            if (result.Action is ParseErrorAction)
            {
                // A usage error is reported like any other: "error: " lines on stderr, and stdout
                // stays empty, because scripts read stdout as JSON.
                foreach (var error in result.Errors)
                {
                    console.Error.WriteLine($"error: {OneLine(error.Message)} (see --help)");
                }

                return 1;
            }

            return result.Invoke(new InvocationConfiguration { Output = new StreamWriter(console.StandardOutput) { AutoFlush = true }, Error = console.Error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            console.Error.WriteLine($"internal error: {ex.GetType().Name}: {ex.Message}");
            return 2;
        }
    }

    /// <summary>The parser lists allowed values on separate lines; one error is one line.</summary>
    private static string OneLine(string message) => Regex.Replace(message, @"\s+", " ").Trim();
}
