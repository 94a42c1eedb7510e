using System.CommandLine;

namespace Calcine.Cli.Commands;

/// <summary><c>co2 template</c>: an annotated empty plant-year document. It is valid as printed
/// (comments are allowed), so a user can fill it in step by step and validate as they go.</summary>
public static class Co2TemplateCommand
{
    public const string ResourceName = "Calcine.Cli.Templates.plant-year.template.jsonc";

    public static Command Build(CliConsole console)
    {
        var command = new Command("template", "Print an annotated empty plant-year document (JSON with // comments)");
        command.SetAction(_ =>
        {
            console.WriteText(Text());
            return 0;
        });
        return command;
    }

    public static string Text()
    {
        using var stream = typeof(Co2TemplateCommand).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"resource {ResourceName} is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
