namespace Calcine.Application.Benchmarks;

public sealed record OwnPositionDto(string Kind, int Id, string Name, decimal Value, string Band);

/// <summary>One year: figures are null when the shape does not show them; a suppressed year has none.</summary>
public sealed record YearDistributionDto(int Year, string Shape, int? Count, decimal? Mean, decimal? Q1, decimal? Median, decimal? Q3,
    IReadOnlyList<OwnPositionDto> Own);

public sealed record WorldValueDto(int Year, decimal Value, decimal? High, string Unit, decimal? KpiUnitValue, decimal? KpiUnitHigh,
    string Confidence, bool Verified, string Source, string? Note);

public sealed record KpiBenchmarkDto(string Kpi, string Label, string Unit, IReadOnlyList<YearDistributionDto> Years, IReadOnlyList<WorldValueDto> World);

public sealed record BenchmarkPolicyDto(int MinimumContributors, int MinimumForQuartiles, string QuartileMethod, string Suppression,
    int MinimumCompanies, int Window, decimal DominancePercent, decimal Closeness, string OwnCompany);

public sealed record BenchmarkDto(int AssociationId, string Association, string Level, string Status, BenchmarkPolicyDto Policy,
    IReadOnlyList<int> YearsWithData, IReadOnlyList<KpiBenchmarkDto> Kpis)
{
    public static BenchmarkDto From(BenchmarkReport r) => new(
        r.AssociationId,
        r.AssociationName,
        BenchmarkNames.Level(r.Query.Level),
        r.Query.VerifiedOnly ? "verified" : "all",
        new(r.Policy.MinimumContributors, r.Policy.MinimumForQuartiles, BenchmarkNames.QuartileMethod(r.Policy), BenchmarkNames.SuppressedWhy(r.Policy),
            r.Policy.MinimumCompanies, r.Policy.Window, r.Policy.DominancePercent, r.Policy.Closeness, BenchmarkNames.OwnCompany),
        r.YearsWithData,
        [.. r.Kpis.Select(k => new KpiBenchmarkDto(k.Kpi.Id, k.Kpi.Label, k.Kpi.Unit,
            [.. k.Years.Select(Year)],
            [.. (k.World?.Values ?? []).Select(v => World(k.World!, v))]))]);

    private static YearDistributionDto Year(YearDistribution y) => new(y.Year, BenchmarkNames.Shape(y.Distribution.Shape),
        y.Distribution.Count, y.Distribution.Mean, y.Distribution.Q1, y.Distribution.Median, y.Distribution.Q3,
        [.. y.Own.Select(o => new OwnPositionDto(o.Kind == Access.ResourceKind.Plant ? "plant" : "company", o.Id, o.Name, o.Value, BenchmarkNames.Band(o.Band)))]);

    private static WorldValueDto World(WorldSeries s, WorldValue v) => new(v.Year, v.Value, v.High, s.Unit,
        v.Value * s.ToKpiUnit, v.High * s.ToKpiUnit, v.Confidence, v.Confidence == WorldFigures.Found, v.Source, v.Note);
}
