using Calcine.Domain.Benchmarking;

namespace Calcine.Domain.Roadmaps.Association;

/// <summary>The benchmark's disclosure rule (<see cref="Disclosure"/>, <see cref="BenchmarkPolicy"/>)
/// applied to a sum over members: at least the minimum of plants and of companies with a non-zero part,
/// no company dominating it (p % rule on the companies' parts), and the figure not within the closeness
/// of any company's or plant's own part. A member with nothing in a figure is no contributor to it:
/// otherwise three companies of which one invests would publish that one's investment.</summary>
public static class FigureDisclosure
{
    public static PublishedFigure Sum(IEnumerable<Contribution> contributions, BenchmarkPolicy policy)
    {
        var parts = contributions.Where(c => c.Value != 0).ToList();
        var value = parts.Sum(c => c.Value);
        return Check(value, parts, policy) is { } reason ? PublishedFigure.Withheld(reason) : PublishedFigure.Shown(value);
    }

    /// <summary>A figure that is not a plain sum (a ratio of sums, like a MAC): <paramref name="parts"/> are
    /// the contributions that decide who is in it, <paramref name="memberValues"/> each member's own value of
    /// the same kind (compared with the figure).</summary>
    public static PublishedFigure Ratio(double value, IReadOnlyCollection<Contribution> parts, IEnumerable<double> memberValues, BenchmarkPolicy policy)
    {
        var nonZero = parts.Where(c => c.Value != 0).ToList();
        if (Minimums(nonZero, policy) is { } minimum)
        {
            return PublishedFigure.Withheld(minimum);
        }

        return Disclosure.NearAny(ToDecimal(value), memberValues.Select(ToDecimal), policy.Closeness)
            ? PublishedFigure.Withheld(SuppressionReason.EqualsMemberValue)
            : PublishedFigure.Shown(value);
    }

    /// <summary>The first rule a sum of <paramref name="parts"/> (non-zero) fails, or null.</summary>
    public static SuppressionReason? Check(double value, IReadOnlyCollection<Contribution> parts, BenchmarkPolicy policy)
    {
        if (Minimums(parts, policy) is { } minimum)
        {
            return minimum;
        }

        var companies = parts.GroupBy(c => c.CompanyId).Select(g => ToDecimal(g.Sum(c => c.Value))).ToList();
        if (Disclosure.Dominated(companies, policy.DominancePercent))
        {
            return SuppressionReason.Dominated;
        }

        var plants = parts.GroupBy(c => c.PlantKey, StringComparer.Ordinal).Select(g => ToDecimal(g.Sum(c => c.Value)));
        return Disclosure.NearAny(ToDecimal(value), companies.Concat(plants), policy.Closeness) ? SuppressionReason.EqualsMemberValue : null;
    }

    private static SuppressionReason? Minimums(IReadOnlyCollection<Contribution> parts, BenchmarkPolicy policy)
    {
        if (parts.Select(c => c.PlantKey).Distinct(StringComparer.Ordinal).Count() < policy.MinimumContributors)
        {
            return SuppressionReason.TooFewContributors;
        }

        return parts.Select(c => c.CompanyId).Distinct().Count() < policy.MinimumCompanies ? SuppressionReason.TooFewCompanies : null;
    }

    /// <summary>Road-map figures are doubles; the rule compares decimals (tonnes and dollars fit easily).</summary>
    private static decimal ToDecimal(double value) => (decimal)value;
}
