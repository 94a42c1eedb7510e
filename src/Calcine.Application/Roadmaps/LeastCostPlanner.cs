using System.Diagnostics;
using Calcine.Domain.Roadmaps;

namespace Calcine.Application.Roadmaps;

public enum PathwayMethod
{
    /// <summary>Enumeration when the plan space is small, CP-SAT otherwise.</summary>
    Auto,
    Exhaustive,
    CpSat,
}

/// <summary>Finds the contract's optimum, by enumeration (small studies; the reference) or CP-SAT.</summary>
public static class LeastCostPlanner
{
    /// <summary>Up to this many plans (an upper bound: every lever's choices multiplied) are enumerated.</summary>
    public const double ExhaustiveLimit = 20_000;

    public static (PathwayResult Result, PathwaySearch Search) Solve(RoadmapModel model, PathwayMethod method = PathwayMethod.Auto, double timeLimitSeconds = 600)
    {
        if (method == PathwayMethod.Exhaustive || (method == PathwayMethod.Auto && PlanCountBound(model) <= ExhaustiveLimit))
        {
            var clock = Stopwatch.StartNew();
            var result = ExhaustiveOptimizer.Solve(model);
            return (result, new PathwaySearch("enumeration", true, 0, 0, clock.Elapsed.TotalSeconds));
        }

        return new CpSatPathwayOptimizer(model, workers: 1, timeLimitSeconds).Solve();
    }

    /// <summary>Π over plants and their levers of the number of choices (never or a decision year).</summary>
    public static double PlanCountBound(RoadmapModel model)
    {
        var s = model.Scenario;
        var bound = 1.0;
        for (var p = 0; p < s.Plants.Count; p++)
        {
            foreach (var l in model.PlantLevers[p])
            {
                bound *= PlantPlans.Choices(s, s.Levers[l]).Length;
            }
        }

        return bound;
    }
}
