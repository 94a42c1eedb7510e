using Calcine.Domain.Benchmarking;

namespace Calcine.Domain.Tests.Benchmarking;

/// <summary>What a member is shown, with each figure's weights on the contributors it averages: under the
/// disclosure rule (<see cref="LinkedViews.Describe"/>), and as the benchmark published before it
/// (type-7 quartiles of every contributor, the viewer's own included), to show the adversary's attacks work.</summary>
public static class BenchmarkPublishers
{
    public static Publisher Rule(BenchmarkPolicy policy) => (plants, kpi, level, verifiedOnly, viewer) =>
    {
        var viewerCompanies = new HashSet<int> { viewer };
        var d = LinkedViews.Describe([.. plants], kpi, level, verifiedOnly, policy, viewerCompanies);
        if (!d.IsShown)
        {
            return [];
        }

        var counted = BenchmarkSet.Others(plants, viewerCompanies).Where(p => !verifiedOnly || p.Verified);
        var sorted = Sorted(counted, kpi, level);
        if (d.Shape == DistributionShape.Mean)
        {
            return [Mean(d.Mean!.Value, sorted)];
        }

        decimal[] values = [d.Q1!.Value, d.Median!.Value, d.Q3!.Value];
        return [.. WindowQuartiles.Probabilities.Select((p, i) =>
            Mean(values[i], sorted.Skip(WindowQuartiles.Start(sorted.Count, p, policy.Window)).Take(policy.Window).ToList()))];
    };

    /// <summary>The benchmark as issue 11 found it: at least three contributors from three companies, a mean
    /// below five, type-7 quartiles from five, the viewer's own plants counted.</summary>
    public static Publisher Type7 { get; } = (plants, kpi, level, verifiedOnly, _) =>
    {
        var counted = plants.Where(p => !verifiedOnly || p.Verified).ToList();
        var sorted = Sorted(counted, kpi, level);
        var companies = counted.Where(p => p.Ratios.ContainsKey(kpi)).Select(p => p.CompanyId).Distinct().Count();
        if (sorted.Count < 3 || companies < 3)
        {
            return [];
        }

        if (sorted.Count < 5)
        {
            return [Mean(sorted.Average(c => c.Value), sorted)];
        }

        return [.. WindowQuartiles.Probabilities.Select(p =>
        {
            var h = (sorted.Count - 1) * p;
            var low = (int)Math.Floor(h);
            var high = Math.Min(low + 1, sorted.Count - 1);
            var weights = new Dictionary<string, decimal> { [sorted[low].Key] = 1m - (h - low) };
            weights[sorted[high].Key] = weights.GetValueOrDefault(sorted[high].Key) + (h - low);
            return new LinearFigure(Quartiles.Quantile([.. sorted.Select(c => c.Value)], p), weights);
        })];
    };

    private static List<(string Key, decimal Value)> Sorted(IEnumerable<PlantKpis> plants, BenchmarkKpi kpi, BenchmarkLevel level) =>
        [.. BenchmarkAdversary.Contributors(plants, kpi, level).OrderBy(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)];

    private static LinearFigure Mean(decimal value, IReadOnlyList<(string Key, decimal Value)> group) =>
        new(value, group.ToDictionary(c => c.Key, _ => 1m / group.Count));
}
