namespace Calcine.Domain.Roadmaps;

/// <summary>One admissible plan of one plant with its discounted cost and CO2 per year.</summary>
public sealed record PlantPlan(int[] Years, double DiscountedCost_USD, double[] Co2_tCO2);

/// <summary>The admissible plans of one plant: every available lever never or adopted in a decision
/// year not before its earliestYear; at most one lever per exclusive group; each adopted lever's
/// requires adopted in the same year or earlier. Listed in key order.</summary>
public static class PlantPlans
{
    /// <summary>The values a lever may take at a plant, in key order: 0 (never), then decision years ascending.</summary>
    public static int[] Choices(RoadmapScenario s, Lever lever) =>
        [0, .. s.DecisionYears.Where(d => lever.EarliestYear is not { } e || d >= e)];

    public static List<int[]> Enumerate(RoadmapModel model, int plant)
    {
        var s = model.Scenario;
        var available = model.PlantLevers[plant].Order().ToArray();
        var choices = available.Select(l => Choices(s, s.Levers[l])).ToArray();
        var result = new List<int[]>();
        var years = new int[s.Levers.Count];
        void Walk(int i)
        {
            if (i == available.Length)
            {
                if (Admissible(model, years))
                {
                    result.Add((int[])years.Clone());
                }

                return;
            }

            foreach (var y in choices[i])
            {
                years[available[i]] = y;
                Walk(i + 1);
            }

            years[available[i]] = 0;
        }

        Walk(0);
        return result;
    }

    public static long Count(RoadmapModel model, int plant) => Enumerate(model, plant).Count;

    /// <summary>Exclusive groups and requires of one plant's adoption years (0 = never).</summary>
    public static bool Admissible(RoadmapModel model, int[] years)
    {
        var levers = model.Scenario.Levers;
        HashSet<string>? groups = null;
        for (var l = 0; l < years.Length; l++)
        {
            if (years[l] == 0)
            {
                continue;
            }

            if (levers[l].ExclusiveGroup is { } g && !(groups ??= new(StringComparer.Ordinal)).Add(g))
            {
                return false;
            }

            foreach (var r in levers[l].Requires)
            {
                var ry = years[model.LeverIndex[r]];
                if (ry == 0 || ry > years[l])
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>The plan's discounted cost and CO2 per year, rows cached per active set.</summary>
    public static PlantPlan Evaluate(RoadmapModel model, int plant, int[] years, Dictionary<(int, ulong), RoadmapRow> cache)
    {
        var co2 = new double[model.Years.Count];
        var cost = 0.0;
        for (var yi = 0; yi < co2.Length; yi++)
        {
            var t = model.Years[yi].Year;
            ulong mask = 0;
            for (var l = 0; l < years.Length; l++)
            {
                if (years[l] != 0 && years[l] <= t)
                {
                    mask |= 1UL << l;
                }
            }

            if (!cache.TryGetValue((yi, mask), out var row))
            {
                row = model.Row(plant, yi, mask);
                cache[(yi, mask)] = row;
            }

            co2[yi] = row.Co2_tCO2;
            cost += model.Years[yi].DiscountFactor * row.Cost_USD;
        }

        return new PlantPlan(years, cost, co2);
    }
}
