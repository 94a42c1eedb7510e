using Calcine.Application.Roadmaps;
using Calcine.Application.Roadmaps.Association;
using Calcine.Domain.Benchmarking;
using Calcine.Domain.Roadmaps;
using Calcine.Domain.Roadmaps.Association;

namespace Calcine.Domain.Tests.Roadmaps.Association;

/// <summary>From every view the analyst can see — trajectory, wedges, investment periods, the three
/// MACCs — no member's plan or figure can be solved for (<see cref="RoadmapAdversary"/>), and no shown
/// figure lies within the closeness of a company's own value. The same adversary recovers members'
/// figures from a naive publication of the same road map.</summary>
public class AssociationAdversaryTests
{
    private static AssociationOptions Options(AssociationMode mode) =>
        new(mode, AssociationScenarios.NationalCap(AssociationFixture.Baselines), AssociationScenarios.MaccYears, AssociationScenarios.InvestmentPeriods, BenchmarkPolicy.Default);

    private static List<MemberPart> MembersPlansParts(Func<int, bool> hasPlan) => [.. AssociationFixture.Scenarios.Select(s =>
    {
        var model = new RoadmapModel(s.Scenario);
        var bau = PlanEvaluation.Of(model, AdoptionPlan.Never(s.Scenario.Plants.Count, s.Scenario.Levers.Count));
        var plan = hasPlan(s.CompanyId) ? LeastCostPlanner.Solve(model).Result.Optimum : null;
        return new MemberPart(s.CompanyId, model, [.. Enumerable.Range(0, s.Scenario.Plants.Count)], bau, plan);
    })];

    private static List<MemberPart> SectorParts()
    {
        var sector = AssociationRoadmapBuilder.Merge(AssociationFixture.Scenarios, AssociationScenarios.NationalCap(AssociationFixture.Baselines));
        var model = new RoadmapModel(sector);
        var bau = PlanEvaluation.Of(model, AdoptionPlan.Never(sector.Plants.Count, sector.Levers.Count));
        var plan = LeastCostPlanner.Solve(model, PathwayMethod.CpSat, 60).Result.Optimum;
        var offset = 0;
        var parts = new List<MemberPart>();
        foreach (var (company, scenario) in AssociationFixture.Scenarios)
        {
            parts.Add(new MemberPart(company, model, [.. Enumerable.Range(offset, scenario.Plants.Count)], bau, plan));
            offset += scenario.Plants.Count;
        }

        return parts;
    }

    [Fact]
    public void MembersPlans_EveryViewTogether_FixesNoMembersFigure()
    {
        var parts = MembersPlansParts(_ => true);
        var roadmap = AssociationRoadmapCalculator.Compute(parts, Options(AssociationMode.MembersPlans));

        Assert.Empty(RoadmapAdversary.Recovered(parts, roadmap));
    }

    [Fact]
    public void SectorOptimum_EveryViewTogether_FixesNoMembersFigure()
    {
        var parts = SectorParts();
        var roadmap = AssociationRoadmapCalculator.Compute(parts, Options(AssociationMode.SectorOptimum));

        Assert.Empty(RoadmapAdversary.Recovered(parts, roadmap));
    }

    [Fact]
    public void OneMemberAbating_EveryViewTogether_FixesNothingWhereANaivePublicationGivesItsAbatementAway()
    {
        // Only company 1 has a plan: BAU and plan totals differ by its abatement alone.
        var parts = MembersPlansParts(c => c == 1);
        var roadmap = AssociationRoadmapCalculator.Compute(parts, Options(AssociationMode.MembersPlans));

        Assert.Empty(RoadmapAdversary.Recovered(parts, roadmap));
        Assert.All(roadmap.Trajectory, t => Assert.False(t.Plan_tCO2.IsShown));
        Assert.Contains(RoadmapAdversary.Recovered(parts, RoadmapAdversary.Naive(roadmap)), name => name.EndsWith(" abatement:1", StringComparison.Ordinal));
    }

    [Fact]
    public void ShownFigures_AreNeverWithinTheClosenessOfACompanysOwnValue()
    {
        var parts = MembersPlansParts(_ => true);
        var roadmap = AssociationRoadmapCalculator.Compute(parts, Options(AssociationMode.MembersPlans));
        var closeness = (double)BenchmarkPolicy.Default.Closeness;

        for (var yi = 0; yi < roadmap.Trajectory.Count; yi++)
        {
            var t = roadmap.Trajectory[yi];
            var bau = parts.Select(m => m.Plants.Sum(p => m.Bau.Years[yi].Plants[p].Co2_tCO2)).ToList();
            var plan = parts.Select(m => m.Plants.Sum(p => m.PlanRow(p, yi).Co2_tCO2)).ToList();
            NotNear(t.Bau_tCO2.Value, bau, closeness);
            NotNear(t.Plan_tCO2.Value, plan, closeness);
        }
    }

    private static void NotNear(double? figure, List<double> values, double closeness)
    {
        if (figure is { } f)
        {
            Assert.All(values, v => Assert.True(Math.Abs(f - v) > closeness * Math.Max(Math.Abs(f), Math.Abs(v)), $"{f} is a member's {v}"));
        }
    }
}
