using System.CommandLine;
using Calcine.Application.Roadmaps;
using Calcine.Domain.Results;
using Calcine.Domain.Roadmaps;

namespace Calcine.Cli.Commands;

/// <summary><c>calcine roadmap …</c>: BAU, MACC and the least-cost pathway of a roadmap scenario.</summary>
public static class RoadmapCommand
{
    public static Command Build(CliConsole console) => new("roadmap", "Net-zero road maps: BAU, MACC and the least-cost adoption plan of a roadmap-scenario/1 document")
    {
        Run(console),
        Macc(console),
        Validate(console),
    };

    private static Option<string> InputOption() => new("--input") { Description = "roadmap-scenario/1 JSON document", Required = true };

    private static Command Run(CliConsole console)
    {
        var input = InputOption();
        var method = new Option<string>("--method") { Description = "auto (default: enumeration for small studies, else CP-SAT) | exhaustive | cp-sat", DefaultValueFactory = _ => "auto" };
        method.AcceptOnlyFromAmong("auto", "exhaustive", "cp-sat");
        var timeLimit = new Option<double>("--time-limit") { Description = "seconds the optimiser may search (default 600)", DefaultValueFactory = _ => 600 };
        var command = new Command("run", "roadmap-result/1 on stdout: BAU, the MACC of maccYear and the least-cost pathway") { input, method, timeLimit };
        command.SetAction(parse =>
        {
            var scenario = Load(parse.GetValue(input)!, console, out var exit);
            if (scenario is null)
            {
                return exit;
            }

            var chosen = parse.GetValue(method) switch
            {
                "exhaustive" => PathwayMethod.Exhaustive,
                "cp-sat" => PathwayMethod.CpSat,
                _ => PathwayMethod.Auto,
            };
            var limit = parse.GetValue(timeLimit);
            if (!(limit > 0))
            {
                return console.Fail(["--time-limit: must be a positive number of seconds"]);
            }

            RoadmapResult result;
            try
            {
                result = RoadmapRunner.Run(scenario, chosen, limit);
            }
            catch (TimeoutException ex)
            {
                console.Error.WriteLine($"error: {ex.Message}");
                return 3;
            }

            if (!result.Search.ProvenOptimal)
            {
                console.Error.WriteLine($"warning: the time limit stopped the search; the plan is the best found, not proven optimal (gap {result.Search.RelativeGap})");
            }
            using var buffer = new MemoryStream();
            RoadmapResultWriter.Write(buffer, result);
            console.StandardOutput.Write(buffer.GetBuffer(), 0, (int)buffer.Length);
            console.StandardOutput.WriteByte((byte)'\n');
            console.StandardOutput.Flush();
            return 0;
        });
        return command;
    }

    private static Command Macc(CliConsole console)
    {
        var input = InputOption();
        var year = new Option<int>("--year") { Description = "the MACC year, within the horizon", Required = true };
        var command = new Command("macc", "The MACC of every plant in one year (the \"macc\" object of the result)") { input, year };
        command.SetAction(parse =>
        {
            var scenario = Load(parse.GetValue(input)!, console, out var exit);
            if (scenario is null)
            {
                return exit;
            }

            var y = parse.GetValue(year);
            if (y < scenario.Horizon.StartYear || y > scenario.Horizon.EndYear)
            {
                return console.Fail([$"--year: {y} is outside the horizon {scenario.Horizon.StartYear}..{scenario.Horizon.EndYear}"]);
            }

            using var buffer = new MemoryStream();
            RoadmapResultWriter.WriteMacc(buffer, RoadmapRunner.Macc(scenario, y));
            console.StandardOutput.Write(buffer.GetBuffer(), 0, (int)buffer.Length);
            console.StandardOutput.WriteByte((byte)'\n');
            console.StandardOutput.Flush();
            return 0;
        });
        return command;
    }

    private static Command Validate(CliConsole console)
    {
        var input = InputOption();
        var command = new Command("validate", "Check a roadmap scenario: \"valid\", or its errors with their JSON paths") { input };
        command.SetAction(parse =>
        {
            if (Load(parse.GetValue(input)!, console, out var exit) is null)
            {
                return exit;
            }

            console.WriteText("valid\n");
            return 0;
        });
        return command;
    }

    private static RoadmapScenario? Load(string path, CliConsole console, out int exit)
    {
        exit = 1;
        var bytes = InputFile.ReadBytes(path, RoadmapScenarioReader.MaxDocumentBytes, "a roadmap scenario", out var fileError);
        if (bytes is null)
        {
            console.Fail([fileError!]);
            return null;
        }

        Result<RoadmapScenario> doc = RoadmapScenarioReader.Read(bytes);
        if (!doc.Success)
        {
            console.Fail(doc.Errors.Select(e => e.ToString()));
            return null;
        }

        exit = 0;
        return doc.Value;
    }
}
