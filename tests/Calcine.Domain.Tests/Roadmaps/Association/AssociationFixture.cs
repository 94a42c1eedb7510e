using Calcine.Application.Roadmaps.Association;
using Calcine.Domain.Benchmarking;
using Calcine.Domain.Roadmaps;

namespace Calcine.Domain.Tests.Roadmaps.Association;

/// <summary>Four companies with six gas-fired plants of different size and efficiency (the demo's shape),
/// their baselines written out, and both road maps computed once per test run.</summary>
public static class AssociationFixture
{
    public static readonly BenchmarkPolicy Policy = BenchmarkPolicy.Default;

    public static IReadOnlyList<MemberPlantBaseline> Baselines { get; } =
    [
        Plant(1, "A1", 1_150_000, 0.86, 3.35),
        Plant(1, "A2", 450_000, 0.90, 3.60),
        Plant(2, "B1", 850_000, 0.88, 3.42),
        Plant(2, "B2", 380_000, 0.92, 3.75),
        Plant(3, "C1", 620_000, 0.84, 3.50),
        Plant(4, "D1", 480_000, 0.89, 3.55),
    ];

    private static readonly Lazy<AssociationRoadmapRun> Plans = new(() => AssociationRoadmapService.Compute(Baselines, Domain.Roadmaps.Association.AssociationMode.MembersPlans, Policy)!);
    private static readonly Lazy<AssociationRoadmapRun> Sector = new(() => AssociationRoadmapService.Compute(Baselines, Domain.Roadmaps.Association.AssociationMode.SectorOptimum, Policy)!);

    public static AssociationRoadmapRun MembersPlans => Plans.Value;

    public static AssociationRoadmapRun SectorOptimum => Sector.Value;

    /// <summary>The members' own scenarios, as the service builds them.</summary>
    public static IReadOnlyList<(int CompanyId, RoadmapScenario Scenario)> Scenarios =>
        [.. Baselines.GroupBy(b => b.CompanyId).OrderBy(g => g.Key).Select(g => (g.Key, AssociationScenarios.ForCompany($"company-{g.Key}", [.. g])))];

    private static MemberPlantBaseline Plant(int company, string code, double clinker, double factor, double heat) =>
        new(company, $"Company {company}", code, 2024, clinker / 0.9,
            new PlantBaseline(clinker * 0.95, clinker * 0.95 / factor, heat, 0.536, 0.095 + (heat - 3.3) / 20,
                [new RoadmapFuel("natural gas", 1, 0.0561, 0, 6)]));
}
