using System.CommandLine;

namespace Calcine.Cli.Commands;

/// <summary><c>calcine cems …</c>: HJ 212 frames and stack-emission compliance.</summary>
public static class CemsCommand
{
    public static Command Build(CliConsole console)
    {
        var cems = new Command("cems", "Stack emissions: decode HJ 212 frames, evaluate minute data against limits, check data quality");
        cems.Subcommands.Add(CemsDecodeCommand.Build(console));
        cems.Subcommands.Add(CemsSimulateCommand.Build(console));
        cems.Subcommands.Add(CemsReplayCommand.Build(console));
        cems.Subcommands.Add(CemsEvaluateCommand.Build(console));
        cems.Subcommands.Add(CemsQualityCommand.Build(console));
        return cems;
    }
}
