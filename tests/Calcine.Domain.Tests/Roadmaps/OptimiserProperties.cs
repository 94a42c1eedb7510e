using Calcine.Application.Roadmaps;
using Calcine.Domain.Roadmaps;
using FsCheck.Xunit;

namespace Calcine.Domain.Tests.Roadmaps;

/// <summary>The CP-SAT optimiser returns the enumeration's answer on random small scenarios: the same
/// feasibility and first violated year, the same adoption years (ties broken by the key), the same cost.</summary>
public class OptimiserProperties
{
    private const int Cases = 300;

    [Property(MaxTest = Cases)]
    public void CpSat_RandomSmallScenario_EqualsExhaustiveEnumeration(int seed) => AssertSameAnswer(seed, maxEnumerated: 32);

    /// <summary>With no enumeration of near-optimal plans, the key is found pair by pair.</summary>
    [Property(MaxTest = Cases)]
    public void CpSat_KeySearchedPairByPair_EqualsExhaustiveEnumeration(int seed) => AssertSameAnswer(seed, maxEnumerated: 0);

    private static void AssertSameAnswer(int seed, int maxEnumerated)
    {
        var model = new RoadmapModel(RandomScenarios.Create(seed));

        var expected = ExhaustiveOptimizer.Solve(model);
        var (actual, search) = new CpSatPathwayOptimizer(model, workers: 1, timeLimitSeconds: 60) { MaxEnumerated = maxEnumerated }.Solve();

        Assert.True(search.ProvenOptimal, $"seed {seed}: not proven");
        Assert.Equal(expected.Feasible, actual.Feasible);
        Assert.Equal(expected.FirstViolatedYear, actual.FirstViolatedYear);
        if (expected.Optimum is { } e)
        {
            var a = actual.Optimum!;
            Assert.True(e.Plan.CompareTo(a.Plan) == 0, $"seed {seed}: plans differ: {Key(e.Plan)} vs {Key(a.Plan)}");
            Assert.Equal(e.TotalDiscountedCost_USD, a.TotalDiscountedCost_USD, 1e-9 * Math.Abs(e.TotalDiscountedCost_USD));
        }
    }

    [Fact]
    public void RandomScenarios_ThreeHundredSeeds_CoverEveryTargetKindFeatureAndInfeasibleCases()
    {
        var scenarios = Enumerable.Range(0, Cases).Select(RandomScenarios.Create).ToList();
        var infeasible = scenarios.Count(s => !ExhaustiveOptimizer.Solve(new RoadmapModel(s)).Feasible);

        Assert.All(new[] { nameof(AnnualCapTarget), nameof(IntensityTarget), nameof(CumulativeBudgetTarget) }, kind =>
            Assert.True(scenarios.Count(s => RandomScenarios.TargetKind(s) == kind) >= 50, kind));
        Assert.True(scenarios.Count(s => s.Levers.Any(l => l.Requires.Count > 0)) >= 30, "requires");
        Assert.True(scenarios.Count(s => s.Levers.Count(l => l.ExclusiveGroup is not null) >= 2) >= 30, "exclusive groups");
        Assert.True(scenarios.Count(s => s.Levers.Any(l => l.EarliestYear > s.DecisionYears[0])) >= 30, "gates");
        Assert.True(scenarios.Count(s => s.Levers.Any(l => l.Capex_USD_per_tCapacity == 0 && l.Effect is ThermalEfficiencyEffect { Reduction: 0 })) >= 20, "exact ties");
        Assert.True(infeasible >= 30 && infeasible <= Cases - 100, $"{infeasible} infeasible");
    }

    private static string Key(AdoptionPlan plan) =>
        string.Join(" | ", Enumerable.Range(0, plan.PlantCount).Select(p => string.Join(",", plan.PlantKey(p))));
}
