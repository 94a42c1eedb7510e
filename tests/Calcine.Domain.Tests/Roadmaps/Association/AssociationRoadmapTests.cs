using Calcine.Application.Roadmaps;
using Calcine.Application.Roadmaps.Association;
using Calcine.Domain.Roadmaps;
using Calcine.Domain.Roadmaps.Association;

namespace Calcine.Domain.Tests.Roadmaps.Association;

public class AssociationRoadmapTests
{
    [Fact]
    public void MembersPlans_ShownTrajectory_IsTheSumOfTheMembersOwnResults()
    {
        var members = AssociationFixture.Scenarios.Select(s => RoadmapRunner.Run(s.Scenario)).ToList();
        var roadmap = AssociationFixture.MembersPlans.Roadmap;

        Assert.All(members, m => Assert.True(m.Pathway.Feasible));
        var shownPlans = 0;
        foreach (var point in roadmap.Trajectory)
        {
            var yi = point.Year - AssociationScenarios.StartYear;
            var bau = members.Sum(m => m.Bau.Years[yi].Total.Co2_tCO2);
            var plan = members.Sum(m => m.Pathway.Optimum!.Years[yi].Total.Co2_tCO2);
            Assert.Equal(bau, point.Bau_tCO2.Value!.Value, bau * 1e-12);
            if (point.Plan_tCO2.Value is { } shown)
            {
                shownPlans++;
                Assert.Equal(plan, shown, plan * 1e-12);
            }
        }

        Assert.True(shownPlans >= 20, $"only {shownPlans} plan years shown");
    }

    [Fact]
    public void Wedges_ShownCellsAndPool_AddUpToTheYearsAbatement()
    {
        foreach (var run in new[] { AssociationFixture.MembersPlans, AssociationFixture.SectorOptimum })
        {
            var r = run.Roadmap;
            foreach (var (year, point) in r.Wedges.Zip(r.Trajectory))
            {
                if (year.Total.Value is not { } total)
                {
                    continue;
                }

                var sum = year.Cells.Sum(c => c.Abatement_tCO2.Value ?? 0) + year.Pooled.Value!.Value;
                Assert.Equal(total, sum, Math.Abs(total) * 1e-9);
                Assert.Equal(point.Bau_tCO2.Value!.Value - point.Plan_tCO2.Value!.Value, total, Math.Abs(total) * 1e-9);
            }
        }
    }

    [Fact]
    public void SectorOptimum_CompanyShares_AddUpTo100PercentOfTheSectorsAbatementAndCost()
    {
        var run = AssociationFixture.SectorOptimum;
        var shares = run.Roadmap.CompanyShares;

        Assert.True(run.Feasible);
        Assert.Equal(4, shares.Count);
        Assert.Equal(1.0, shares.Sum(s => s.AbatementShare), 1e-12);
        Assert.Equal(1.0, shares.Sum(s => s.CostShare), 1e-12);
        var sector = AssociationRoadmapBuilder.Merge(AssociationFixture.Scenarios, AssociationScenarios.NationalCap(AssociationFixture.Baselines));
        var model = new RoadmapModel(sector);
        var bau = PlanEvaluation.Of(model, AdoptionPlan.Never(sector.Plants.Count, sector.Levers.Count));
        var (pathway, _) = LeastCostPlanner.Solve(model, PathwayMethod.CpSat, 60);
        var abated = bau.Years.Zip(pathway.Optimum!.Years, (b, p) => b.Total.Co2_tCO2 - p.Total.Co2_tCO2).Sum();
        Assert.Equal(abated, shares.Sum(s => s.Abatement_tCO2), abated * 1e-9);
        Assert.Equal(pathway.Optimum.TotalDiscountedCost_USD - bau.TotalDiscountedCost_USD, shares.Sum(s => s.ExtraCost_USD), 1e-3);
    }

    [Fact]
    public void SectorOptimum_MeetsTheNationalCapInEveryCappedYear()
    {
        var r = AssociationFixture.SectorOptimum.Roadmap;
        var capped = r.Trajectory.Where(t => t.Target_tCO2 is not null).ToList();

        Assert.Equal([2030, 2040, 2050], capped.Select(t => t.Year));
        Assert.All(capped.Where(t => t.Plan_tCO2.IsShown), t => Assert.True(t.Plan_tCO2.Value <= t.Target_tCO2 * (1 + 1e-9)));
    }

    [Fact]
    public void Maccs_ShownBars_AddUpThePlantsCurvesAndAreOrderedByMac()
    {
        var run = AssociationFixture.MembersPlans;
        var members = AssociationFixture.Scenarios;
        Assert.Equal([2030, 2040, 2050], run.Roadmap.Maccs.Select(m => m.Year));
        foreach (var macc in run.Roadmap.Maccs)
        {
            var curves = members.SelectMany(m => MaccCalculator.Compute(new RoadmapModel(m.Scenario), macc.Year).Plants.SelectMany(p => p.Curve)).ToList();
            var shown = macc.Bars.Where(b => b.Mac_USD_per_tCO2.IsShown).ToList();
            Assert.NotEmpty(shown);
            foreach (var bar in shown)
            {
                var points = curves.Where(c => c.LeverId == bar.LeverId).ToList();
                var abatement = points.Sum(p => p.Abatement_tCO2);
                Assert.Equal(abatement, bar.Abatement_tCO2.Value!.Value, abatement * 1e-12);
                Assert.Equal(points.Sum(p => p.Abatement_tCO2 * p.Mac_USD_per_tCO2) / abatement, bar.Mac_USD_per_tCO2.Value!.Value, 1e-9);
            }

            Assert.Equal(shown.Select(b => b.Mac_USD_per_tCO2.Value).Order(), shown.Select(b => b.Mac_USD_per_tCO2.Value));
            Assert.Equal(AssociationScenarios.Template("x", [], new CumulativeBudgetTarget(0)).CarbonPrice.At(macc.Year), macc.CarbonPrice_USD_per_tCO2);
        }
    }

    [Fact]
    public void Assumptions_CommonToEveryMember_AreShownAndDifferentOnesWithheld()
    {
        var parts = AssociationFixture.Scenarios.Select(s =>
        {
            var scenario = s.CompanyId == 2 ? s.Scenario with { DiscountRate = 0.1 } : s.Scenario;
            var model = new RoadmapModel(scenario);
            var bau = PlanEvaluation.Of(model, AdoptionPlan.Never(scenario.Plants.Count, scenario.Levers.Count));
            return new MemberPart(s.CompanyId, model, [.. Enumerable.Range(0, scenario.Plants.Count)], bau, null);
        }).ToList();

        var assumptions = AssociationAssumptions.Of(parts);

        Assert.Null(assumptions.Single(a => a.Key == "discountRate").Value);
        Assert.Equal("2025, 2030, 2035, 2040, 2045", assumptions.Single(a => a.Key == "decisionYears").Value);
        Assert.Contains("capex 150 USD/t capacity", assumptions.Single(a => a.Key == "lever:CCS90").Value);
    }
}
