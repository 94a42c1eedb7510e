using System.CommandLine;

namespace Calcine.Cli.Commands;

/// <summary><c>co2 factors [--search TEXT]</c>: list and search the emission-factor library.</summary>
public static class Co2FactorsCommand
{
    public static Command Build(CliConsole console)
    {
        var command = new Command("factors", "List and search the emission-factor library");
        command.SetAction(_ => console.Fail(["the factor library is not built yet"]));
        return command;
    }
}
