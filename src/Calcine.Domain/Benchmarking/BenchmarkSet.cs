namespace Calcine.Domain.Benchmarking;

public enum BenchmarkLevel
{
    Plant,
    Company,
}

/// <summary>One plant's computed GCCA inventory for a year, as the benchmark reads it.</summary>
public sealed record PlantKpis(int PlantId, int CompanyId, bool Verified, IReadOnlyDictionary<BenchmarkKpi, KpiRatio> Ratios);

/// <summary>Turns plants' KPI ratios into the members of one benchmark: plants as they are, or
/// companies with each company's KPI from its plants' summed numerators and denominators.</summary>
public static class BenchmarkSet
{
    public static IReadOnlyList<BenchmarkValue> Values(IEnumerable<PlantKpis> plants, BenchmarkKpi kpi, BenchmarkLevel level)
    {
        var withKpi = plants.Where(p => p.Ratios.ContainsKey(kpi)).ToList();
        if (level == BenchmarkLevel.Plant)
        {
            return [.. withKpi.Select(p => new BenchmarkValue(p.PlantId, p.CompanyId, p.Ratios[kpi].Value!.Value))];
        }

        return [.. withKpi.GroupBy(p => p.CompanyId)
            .Select(g => (g.Key, Ratio: g.Aggregate(new KpiRatio(0m, 0m), (sum, p) => sum + p.Ratios[kpi])))
            .Where(c => c.Ratio.Value is not null)
            .Select(c => new BenchmarkValue(c.Key, c.Key, c.Ratio.Value!.Value))];
    }

    /// <summary>The distribution of one KPI at one level. With <paramref name="verifiedOnly"/> the
    /// unverified plant-years are dropped first; the plants so dropped must be none or themselves pass
    /// the minimums, since the unfiltered distribution is shown too.</summary>
    public static Distribution Describe(IReadOnlyCollection<PlantKpis> plants, BenchmarkKpi kpi, BenchmarkLevel level, bool verifiedOnly, BenchmarkPolicy policy)
    {
        if (!verifiedOnly)
        {
            return Benchmark.Describe(Values(plants, kpi, level), policy);
        }

        var kept = plants.Where(p => p.Verified).ToList();
        var dropped = Values(plants.Where(p => !p.Verified), kpi, BenchmarkLevel.Plant);
        return Benchmark.Describe(Values(kept, kpi, level), policy, dropped);
    }
}
