using System.Diagnostics;
using System.Globalization;
using Calcine.Application.Roadmaps;
using Calcine.Domain.Roadmaps;

namespace Calcine.Benchmarks;

/// <summary>Times the least-cost plan of a synthetic study once (a solve of seconds is no
/// micro-benchmark): <c>roadmap-plan PLANTS LEVERS [every-year|five-yearly] [seconds]</c>.</summary>
public static class RoadmapPlanRun
{
    public static int Run(string[] args)
    {
        var plants = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5;
        var levers = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 8;
        var everyYear = args.Length <= 2 || args[2] == "every-year";
        var seconds = args.Length > 3 ? double.Parse(args[3], CultureInfo.InvariantCulture) : 60;
        var scenario = RoadmapBenchmarkScenarios.Create(plants, levers, everyYear);
        var clock = Stopwatch.StartNew();
        var model = new RoadmapModel(scenario);
        var (result, search) = new CpSatPathwayOptimizer(model, timeLimitSeconds: seconds) { ExtraParameters = args.Length > 4 ? args[4] : "" }.Solve();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{plants} plants x {levers} levers x {scenario.DecisionYears.Count} decision years: {clock.Elapsed.TotalSeconds:F2} s, proven optimal {search.ProvenOptimal}, gap {search.RelativeGap}, solver calls {search.SolverCalls}, feasible {result.Feasible}, cost {result.Optimum?.TotalDiscountedCost_USD:R}"));
        return 0;
    }
}
