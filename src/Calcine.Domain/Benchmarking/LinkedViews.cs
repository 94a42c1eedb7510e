namespace Calcine.Domain.Benchmarking;

/// <summary>The four views a viewer may request of one year and KPI (level plant or company, status all
/// or verified) share their contributors, so each passing the rule alone is not enough: taken together
/// their figures are linear equations in the same values, and enough of them solve for one. The views
/// are therefore admitted in a fixed order — plant/all, company/all, plant/verified, company/verified —
/// and a view that passes the rule is still suppressed when its figures, with those of the views admitted
/// before it, would fix any single contributor's value, or Σ plants − company value of a company of
/// several plants (for two plants a figure between their values). The check assumes the viewer knows
/// which contributors every figure averages, which no face tells it. Every request computes all four in
/// the same order, so a view's answer does not depend on which one was asked for.</summary>
public static class LinkedViews
{
    public static readonly IReadOnlyList<(BenchmarkLevel Level, bool VerifiedOnly)> Order =
        [(BenchmarkLevel.Plant, false), (BenchmarkLevel.Company, false), (BenchmarkLevel.Plant, true), (BenchmarkLevel.Company, true)];

    public static Distribution Describe(IReadOnlyCollection<PlantKpis> plants, BenchmarkKpi kpi, BenchmarkLevel level, bool verifiedOnly,
        BenchmarkPolicy policy, IReadOnlySet<int>? viewerCompanies = null)
    {
        var admitted = new List<IReadOnlyList<string>>();
        var blends = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var (l, v) in Order)
        {
            var d = BenchmarkSet.Describe(plants, kpi, l, v, policy, viewerCompanies);
            if (d.IsShown)
            {
                var groups = Groups(plants, kpi, l, v, policy, viewerCompanies, d.Shape, blends);
                if (LinearSystem.FixesAny([.. admitted, .. groups], blends))
                {
                    d = Distribution.Suppressed;
                }
                else
                {
                    admitted.AddRange(groups);
                }
            }

            if (l == level && v == verifiedOnly)
            {
                return d;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(level));
    }

    /// <summary>The contributors each figure of a shown view averages, named "p{plant}" or, for a company
    /// of several plants, "c{company}:{plants}" (recorded in <paramref name="blends"/> with its plants).</summary>
    private static List<IReadOnlyList<string>> Groups(IReadOnlyCollection<PlantKpis> plants, BenchmarkKpi kpi, BenchmarkLevel level, bool verifiedOnly,
        BenchmarkPolicy policy, IReadOnlySet<int>? viewerCompanies, DistributionShape shape, Dictionary<string, IReadOnlyList<string>> blends)
    {
        var kept = BenchmarkSet.Others(plants, viewerCompanies).Where(p => !verifiedOnly || p.Verified).ToList();
        var byCompany = kept.Where(p => p.Ratios.ContainsKey(kpi)).GroupBy(p => p.CompanyId)
            .ToDictionary(g => g.Key, g => g.Select(p => $"p{p.PlantId}").Order(StringComparer.Ordinal).ToList());
        var sorted = BenchmarkSet.Values(kept, kpi, level)
            .Select(v => (Key: level == BenchmarkLevel.Plant ? $"p{v.ContributorId}" : Blend(v.CompanyId, byCompany[v.CompanyId], blends), v.Value))
            .OrderBy(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Key).ToList();
        if (shape == DistributionShape.Mean)
        {
            return [sorted];
        }

        return [.. WindowQuartiles.Probabilities.Select(p =>
            (IReadOnlyList<string>)[.. sorted.Skip(WindowQuartiles.Start(sorted.Count, p, policy.Window)).Take(policy.Window)])];
    }

    private static string Blend(int company, List<string> plants, Dictionary<string, IReadOnlyList<string>> blends)
    {
        if (plants.Count == 1)
        {
            return plants[0];
        }

        var key = $"c{company}:{string.Join('+', plants)}";
        blends[key] = plants;
        return key;
    }
}
