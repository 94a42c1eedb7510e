namespace Calcine.Domain.Roadmaps;

/// <summary>One check as a linear constraint on CO2: Σ over <see cref="Plants"/> of CO2 in
/// <see cref="YearIndex"/> (every year up to it for a budget) ≤ Limit·Scale, where Scale is the
/// company's cement for an intensity check and 1 otherwise.</summary>
public sealed record CheckSpec(int Year, int YearIndex, bool Cumulative, string? Company, double Limit, int[] Plants, double Scale)
{
    /// <summary>The bound on the CO2 sum that the contract's tolerance allows.</summary>
    public double Bound => Limit * (1 + RoadmapTarget.Tolerance) * Scale;
}

/// <summary>The target as linear checks on CO2 per plant and year. A cumulative budget becomes one
/// check per year on the running sum, which gives the first violated year as the contract defines it.</summary>
public sealed class CheckSet
{
    public CheckSet(RoadmapModel model)
    {
        var s = model.Scenario;
        var all = Enumerable.Range(0, s.Plants.Count).ToArray();
        Checks = s.Target switch
        {
            AnnualCapTarget cap => [.. cap.Cap_tCO2.OrderBy(kv => kv.Key).Select(kv => new CheckSpec(kv.Key, model.YearIndex(kv.Key), false, null, kv.Value, all, 1))],
            IntensityTarget it => [.. it.Companies
                .SelectMany(c => c.Limit_tCO2_per_tCement.Select(kv => (Year: kv.Key, c.Company, Limit: kv.Value)))
                .OrderBy(x => x.Year)
                .Select(x =>
                {
                    var plants = all.Where(p => s.Plants[p].Company == x.Company).ToArray();
                    var yi = model.YearIndex(x.Year);
                    var cement = plants.Sum(p => model.BauState(p, yi).Cement);
                    return new CheckSpec(x.Year, yi, false, x.Company, x.Limit, plants, cement);
                })],
            CumulativeBudgetTarget b => [.. model.Years.Select((y, yi) => new CheckSpec(y.Year, yi, true, null, b.Budget_tCO2, all, 1))],
            _ => throw new ArgumentOutOfRangeException(nameof(model), "unknown target"),
        };
    }

    public IReadOnlyList<CheckSpec> Checks { get; }

    /// <summary>Years that carry checks, ascending and distinct.</summary>
    public IReadOnlyList<int> Years => [.. Checks.Select(c => c.Year).Distinct().Order()];

    /// <summary>The value of a check as the contract computes it (an intensity is divided by cement).</summary>
    public static double Value(CheckSpec c, Func<int, int, double> co2)
    {
        var sum = 0.0;
        var from = c.Cumulative ? 0 : c.YearIndex;
        for (var yi = from; yi <= c.YearIndex; yi++)
        {
            foreach (var p in c.Plants)
            {
                sum += co2(p, yi);
            }
        }

        return c.Scale == 1 ? sum : sum / c.Scale;
    }

    public static bool Met(CheckSpec c, Func<int, int, double> co2) => RoadmapTarget.Met(Value(c, co2), c.Limit);

    /// <summary>The first violated year, or null when every check is met.</summary>
    public int? FirstViolatedYear(Func<int, int, double> co2)
    {
        foreach (var c in Checks)
        {
            if (!Met(c, co2))
            {
                return c.Year;
            }
        }

        return null;
    }
}
