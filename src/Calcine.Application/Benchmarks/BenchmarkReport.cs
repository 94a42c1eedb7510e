using Calcine.Application.Access;
using Calcine.Domain.Benchmarking;

namespace Calcine.Application.Benchmarks;

/// <summary>What the caller asked for; null year or KPI means all of them.</summary>
public sealed record BenchmarkQuery(int? AssociationId, int? Year, BenchmarkKpi? Kpi, BenchmarkLevel Level, bool VerifiedOnly);

/// <summary>The caller's own plant or company against the distribution: its own value (which the
/// caller may read anyway) and the band it falls in, never a rank.</summary>
public sealed record OwnPosition(ResourceKind Kind, int Id, string Name, decimal Value, PositionBand Band);

/// <summary>One year of one KPI. <see cref="Own"/> is empty whenever the distribution is suppressed.</summary>
public sealed record YearDistribution(int Year, Distribution Distribution, IReadOnlyList<OwnPosition> Own);

public sealed record KpiBenchmark(BenchmarkKpiInfo Kpi, IReadOnlyList<YearDistribution> Years, WorldSeries? World);

public sealed record BenchmarkReport(
    int AssociationId,
    string AssociationName,
    BenchmarkQuery Query,
    BenchmarkPolicy Policy,
    IReadOnlyList<int> YearsWithData,
    IReadOnlyList<KpiBenchmark> Kpis);

/// <summary>Names used in URLs, JSON and CSV.</summary>
public static class BenchmarkNames
{
    /// <summary>How a quartile is computed, in the words of docs/methods/benchmarking.md.</summary>
    public static string QuartileMethod(BenchmarkPolicy policy) =>
        $"mean of the {policy.Window} order statistics nearest the Hyndman-Fan type 7 position (never one member's value)";

    public const string OwnCompany = "every plant of the caller's own companies is left out before any figure is computed for it";

    public static string Level(BenchmarkLevel level) => level == BenchmarkLevel.Company ? "company" : "plant";

    public static BenchmarkLevel? ParseLevel(string? level) => level switch
    {
        null or "" or "plant" => BenchmarkLevel.Plant,
        "company" => BenchmarkLevel.Company,
        _ => null,
    };

    public static bool? ParseVerifiedOnly(string? status) => status switch
    {
        null or "" or "all" => false,
        "verified" => true,
        _ => null,
    };

    public static string Shape(DistributionShape shape) => shape switch
    {
        DistributionShape.Quartiles => "quartiles",
        DistributionShape.Mean => "mean",
        _ => "suppressed",
    };

    public static string Band(PositionBand band) => band switch
    {
        PositionBand.LowestQuarter => "lowest-quarter",
        PositionBand.SecondQuarter => "second-quarter",
        PositionBand.ThirdQuarter => "third-quarter",
        PositionBand.HighestQuarter => "highest-quarter",
        PositionBand.AtOrBelowMean => "at-or-below-mean",
        _ => "above-mean",
    };

    public static string BandText(PositionBand band) => band switch
    {
        PositionBand.LowestQuarter => "lowest quarter (at or below Q1)",
        PositionBand.SecondQuarter => "second quarter (Q1 to median)",
        PositionBand.ThirdQuarter => "third quarter (median to Q3)",
        PositionBand.HighestQuarter => "highest quarter (above Q3)",
        PositionBand.AtOrBelowMean => "at or below the mean",
        _ => "above the mean",
    };

    public static string SuppressedWhy(BenchmarkPolicy policy) =>
        $"suppressed: fewer than {policy.MinimumContributors} contributors from {policy.MinimumCompanies} companies, a filter left too few out, "
        + $"one member dominates (p = {policy.DominancePercent.ToString(System.Globalization.CultureInfo.InvariantCulture)} %) or a figure would equal a member's value";
}
