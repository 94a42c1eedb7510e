namespace Calcine.Domain.Benchmarking;

/// <summary>One member's KPI value: a plant, or a company (then <paramref name="CompanyId"/> is itself).</summary>
public readonly record struct BenchmarkValue(int ContributorId, int CompanyId, decimal Value);

public enum DistributionShape
{
    /// <summary>Withheld by the disclosure rule: nothing is shown, not even the count.</summary>
    Suppressed,
    /// <summary>Enough to show, too few for quartiles: count and mean only.</summary>
    Mean,
    /// <summary>Count, Q1, median, Q3, each the mean of neighbouring order statistics (<see cref="WindowQuartiles"/>). No mean (with the window sums it would pin a member), no minimum or maximum (each is a member's value).</summary>
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
    /// difference of the two aggregates would describe them. <paramref name="meanAllowed"/> false
    /// suppresses a set too small for quartiles instead of showing its mean (see
    /// <see cref="BenchmarkSet.Describe"/>: company-level means).</summary>
    public static Distribution Describe(IReadOnlyCollection<BenchmarkValue> values, BenchmarkPolicy policy,
        IReadOnlyCollection<BenchmarkValue>? leftOut = null, bool meanAllowed = true)
    {
        if (!Enough(values, policy))
        {
            return Distribution.Suppressed;
        }

        if (leftOut is { Count: > 0 } && !Enough(leftOut, policy))
        {
            return Distribution.Suppressed;
        }

        var sorted = values.Select(v => v.Value).Order().ToList();
        var quartiles = sorted.Count >= policy.MinimumForQuartiles;
        if (!quartiles && !meanAllowed)
        {
            return Distribution.Suppressed;
        }

        IReadOnlyList<IReadOnlyList<decimal>> groups = quartiles
            ? [.. WindowQuartiles.Probabilities.Select(p => WindowQuartiles.Window(sorted, p, policy.Window))]
            : [sorted];
        var figures = groups.Select(g => g.Sum() / g.Count).ToList();
        var everyone = values.Concat(leftOut ?? []).Select(v => v.Value).ToList();
        if (groups.Any(g => Disclosure.Dominated([.. g], policy.DominancePercent))
            || figures.Any(f => Disclosure.NearAny(f, everyone, policy.Closeness)))
        {
            return Distribution.Suppressed;
        }

        return quartiles
            ? new(DistributionShape.Quartiles, sorted.Count, null, figures[0], figures[1], figures[2])
            : new(DistributionShape.Mean, sorted.Count, figures[0], null, null, null);
    }

    /// <summary>Enough members, and from enough companies: a company knows all its own plants, so
    /// three plants of which two are one company's would let that company read off the third.</summary>
    private static bool Enough(IReadOnlyCollection<BenchmarkValue> values, BenchmarkPolicy policy) =>
        values.Count >= policy.MinimumContributors && Companies(values) >= policy.MinimumCompanies;

    private static int Companies(IEnumerable<BenchmarkValue> values) => values.Select(v => v.CompanyId).Distinct().Count();
}
