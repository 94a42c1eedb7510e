using System.CommandLine;

namespace Calcine.Cli.Commands;

/// <summary><c>calcine co2 …</c>: the CO2 accounting engine.</summary>
public static class Co2Command
{
    public static Command Build(CliConsole console) => new("co2", "CO2 accounting of a plant-year document (GCCA, EU ETS/CBAM, IPCC, China)")
    {
        Co2CalcCommand.Build(console),
        Co2ValidateCommand.Build(console),
        Co2TemplateCommand.Build(console),
        Co2FactorsCommand.Build(console),
    };
}
