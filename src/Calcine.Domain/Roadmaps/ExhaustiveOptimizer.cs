namespace Calcine.Domain.Roadmaps;

/// <summary>The least-cost pathway by enumerating every admissible plan: the reference the exact
/// optimiser is tested against, and fast enough for small studies. Pass 1 finds the least cost L of
/// the feasible plans (and the largest first violated year when there is none); pass 2 walks the
/// plans in key order and returns the first feasible one costing at most L + 1e-9·|L|.</summary>
public static class ExhaustiveOptimizer
{
    /// <summary>The number of plans to enumerate: the product of the plants' admissible plan counts.</summary>
    public static double CombinationCount(RoadmapModel model) =>
        Enumerable.Range(0, model.Scenario.Plants.Count).Aggregate(1.0, (acc, p) => acc * PlantPlans.Count(model, p));

    public static PathwayResult Solve(RoadmapModel model)
    {
        var plants = model.Scenario.Plants.Count;
        var options = new PlantPlan[plants][];
        for (var p = 0; p < plants; p++)
        {
            var cache = new Dictionary<(int, ulong), RoadmapRow>();
            options[p] = [.. PlantPlans.Enumerate(model, p).Select(y => PlantPlans.Evaluate(model, p, y, cache))];
        }

        var checks = new CheckSet(model);
        var choice = new int[plants];
        double Co2(int p, int yi) => options[p][choice[p]].Co2_tCO2[yi];

        var least = double.PositiveInfinity;
        var latestViolation = int.MinValue;
        Walk(options, choice, 0, 0.0, cost =>
        {
            var fvy = checks.FirstViolatedYear(Co2);
            if (fvy is { } y)
            {
                latestViolation = Math.Max(latestViolation, y);
            }
            else
            {
                least = Math.Min(least, cost);
            }

            return false;
        });

        if (double.IsPositiveInfinity(least))
        {
            return PathwayResult.Infeasible(latestViolation);
        }

        var band = least + (RoadmapTarget.Tolerance * Math.Abs(least));
        AdoptionPlan? best = null;
        Walk(options, choice, 0, 0.0, cost =>
        {
            if (cost <= band && checks.FirstViolatedYear(Co2) is null)
            {
                best = new AdoptionPlan([.. Enumerable.Range(0, plants).Select(p => options[p][choice[p]].Years)]);
                return true;
            }

            return false;
        });

        return PathwayResult.Optimal(PlanEvaluation.Of(model, best!));
    }

    /// <summary>Depth-first over the plants' plans in key order; stops when <paramref name="leaf"/> says so.</summary>
    private static bool Walk(PlantPlan[][] options, int[] choice, int plant, double cost, Func<double, bool> leaf)
    {
        if (plant == options.Length)
        {
            return leaf(cost);
        }

        for (var i = 0; i < options[plant].Length; i++)
        {
            choice[plant] = i;
            if (Walk(options, choice, plant + 1, cost + options[plant][i].DiscountedCost_USD, leaf))
            {
                return true;
            }
        }

        return false;
    }
}
