using System.CommandLine;

namespace Calcine.Cli.Commands;

/// <summary><c>co2 template</c>: an annotated empty plant-year document.</summary>
public static class Co2TemplateCommand
{
    public static Command Build(CliConsole console)
    {
        var command = new Command("template", "Print an annotated empty plant-year document (JSON with // comments)");
        command.SetAction(_ => console.Fail(["not built yet"]));
        return command;
    }
}
