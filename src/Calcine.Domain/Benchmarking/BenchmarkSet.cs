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

    /// <summary>The distribution of one KPI at one level as one viewer may see it. Every plant of
    /// <paramref name="viewerCompanies"/> (the companies the viewer belongs to) is removed first, so no
    /// figure a member sees contains its own values and it cannot subtract them out. With
    /// <paramref name="verifiedOnly"/> the unverified plant-years are dropped next; the plants so dropped
    /// must be none or themselves pass the minimums, since the unfiltered distribution is shown too.
    /// At company level a mean is shown only when every company contributes one plant (the set is then
    /// the plant level's): otherwise the plant-level mean less the company-level one is Σ plants − blend
    /// of a multi-plant company, a figure between its plants' values.</summary>
    public static Distribution Describe(IReadOnlyCollection<PlantKpis> plants, BenchmarkKpi kpi, BenchmarkLevel level, bool verifiedOnly,
        BenchmarkPolicy policy, IReadOnlySet<int>? viewerCompanies = null)
    {
        var others = Others(plants, viewerCompanies);
        var kept = verifiedOnly ? [.. others.Where(p => p.Verified)] : others;
        var dropped = verifiedOnly ? Values(others.Where(p => !p.Verified), kpi, BenchmarkLevel.Plant) : [];
        var meanAllowed = level == BenchmarkLevel.Plant
            || kept.Where(p => p.Ratios.ContainsKey(kpi)).GroupBy(p => p.CompanyId).All(g => g.Count() == 1);
        return Benchmark.Describe(Values(kept, kpi, level), policy, dropped, meanAllowed);
    }

    /// <summary>The plants left when every plant of the viewer's companies is removed.</summary>
    public static IReadOnlyList<PlantKpis> Others(IEnumerable<PlantKpis> plants, IReadOnlySet<int>? viewerCompanies) =>
        [.. plants.Where(p => viewerCompanies is null || !viewerCompanies.Contains(p.CompanyId))];
}
