namespace Calcine.Domain.Benchmarking;

/// <summary>One member's KPI value: a plant, or a company (then <paramref name="CompanyId"/> is itself).</summary>
public readonly record struct BenchmarkValue(int ContributorId, int CompanyId, decimal Value);

public enum DistributionShape
{
    /// <summary>Too few contributors or companies: nothing is shown, not even the count.</summary>
    Suppressed,
    /// <summary>Enough to show, too few for quartiles: count and mean only.</summary>
    Mean,
    /// <summary>Count, Q1, median, Q3. No mean (with the order statistics it would pin the extremes), no minimum or maximum (each is a member's value).</summary>
    Quartiles,
}

/// <summary>What may be shown of one KPI's values. Every figure is null unless its shape shows it.</summary>
public sealed record Distribution(DistributionShape Shape, int? Count, decimal? Mean, decimal? Q1, decimal? Median, decimal? Q3)
{
    public static Distribution Suppressed { get; } = new(DistributionShape.Suppressed, null, null, null, null, null);

    public bool IsShown => Shape != DistributionShape.Suppressed;
}

public static class Benchmark
{
    /// <summary>The distribution of <paramref name="values"/>, or suppressed. When the set is a filtered
    /// part of a set that is also shown (verified years of all years), <paramref name="leftOut"/> holds
    /// the plants the filter dropped: they must be none or themselves pass the minimums, or the
    /// difference of the two aggregates would describe them.</summary>
    public static Distribution Describe(IReadOnlyCollection<BenchmarkValue> values, BenchmarkPolicy policy, IReadOnlyCollection<BenchmarkValue>? leftOut = null)
    {
        if (!Enough(values, policy.MinimumContributors))
        {
            return Distribution.Suppressed;
        }

        if (leftOut is { Count: > 0 } && !Enough(leftOut, policy.MinimumContributors))
        {
            return Distribution.Suppressed;
        }

        var sorted = values.Select(v => v.Value).Order().ToList();
        if (values.Count < policy.MinimumForQuartiles)
        {
            return new(DistributionShape.Mean, sorted.Count, sorted.Sum() / sorted.Count, null, null, null);
        }

        return new(DistributionShape.Quartiles, sorted.Count, null,
            Quartiles.Quantile(sorted, 0.25m), Quartiles.Quantile(sorted, 0.5m), Quartiles.Quantile(sorted, 0.75m));
    }

    /// <summary>Enough members, and from enough companies: a company knows all its own plants, so
    /// three plants of which two are one company's would let that company read off the third.</summary>
    private static bool Enough(IReadOnlyCollection<BenchmarkValue> values, int minimum) =>
        values.Count >= minimum && Companies(values) >= minimum;

    private static int Companies(IEnumerable<BenchmarkValue> values) => values.Select(v => v.CompanyId).Distinct().Count();
}
