using Calcine.Domain.Roadmaps;

namespace Calcine.Domain.Tests.Roadmaps;

/// <summary>The analysis beyond the contract on a study small enough to compute by hand: no discounting
/// (DF = 1, CRF = 1/life), no fuel or electricity, CO2 = clinker × 1 t/t, carbon price 0 → 20 USD/t
/// over 2025–2029 (0, 5, 10, 15, 20). CF50 halves the clinker of a 1,000 t plant (500 t abated) for
/// an annuity of 12 USD/t × 1,000 t / 2 years = 6,000 USD, so its MAC is 12 USD/t.</summary>
public class RoadmapAnalysisTests
{
    [Fact]
    public void BreakEven_PricePathCrossesMac_GivesFirstYearAtOrAboveIt()
    {
        var model = new RoadmapModel(Study(new AnnualCapTarget(new Dictionary<int, double> { [2029] = 1_000 })));

        var breakEven = BreakEvenCalculator.Compute(model);

        var cf50 = breakEven.Single(b => b.LeverId == "CF50");
        Assert.Equal(2028, cf50.Year);
        Assert.Equal(12.0, cf50.Mac_USD_per_tCO2!.Value, 1e-12);
    }

    [Fact]
    public void BreakEven_LeverThatAbatesNothing_HasNoYear()
    {
        var model = new RoadmapModel(Study(new AnnualCapTarget(new Dictionary<int, double> { [2029] = 1_000 })));

        var te = BreakEvenCalculator.Compute(model).Single(b => b.LeverId == "TE10");

        Assert.Null(te.Year);
        Assert.Null(te.Mac_USD_per_tCO2);
    }

    [Fact]
    public void InvestmentSchedule_TwoCompanies_AddsAdoptionAndRenewalsAtEndOfLife()
    {
        var scenario = Study(new AnnualCapTarget(new Dictionary<int, double> { [2029] = 1_000 }));
        scenario = scenario with { Plants = [.. scenario.Plants, Plant("P2", "B", 2_000)] };
        var model = new RoadmapModel(scenario);
        var plan = new AdoptionPlan([[2025, 0, 0], [2026, 0, 0]]);

        var schedule = InvestmentSchedule.Compute(model, plan);

        Assert.Equal(10, schedule.Count);
        double Adoption(string c, int y) => schedule.Single(i => i.Company == c && i.Year == y).Adoption_USD;
        double Renewal(string c, int y) => schedule.Single(i => i.Company == c && i.Year == y).Renewal_USD;
        Assert.Equal(12_000, Adoption("A", 2025));
        Assert.Equal([0.0, 12_000, 0, 12_000], new[] { 2026, 2027, 2028, 2029 }.Select(y => Renewal("A", y)));
        Assert.Equal(24_000, Adoption("B", 2026));
        Assert.Equal(24_000, Renewal("B", 2028));
        Assert.Equal(24_000, schedule.Single(i => i.Company == "B" && i.Year == 2028).Total_USD);
        Assert.Equal((2 * 12_000) + 24_000, schedule.Sum(i => i.Renewal_USD));
    }

    [Fact]
    public void CementCost_PlanAdoptedFromStart_ComparesWithBauPerTonne()
    {
        var model = new RoadmapModel(Study(new AnnualCapTarget(new Dictionary<int, double> { [2029] = 1_000 })));
        var plan = PlanEvaluation.Of(model, new AdoptionPlan([[2025, 0, 0]]));
        var bau = PlanEvaluation.Of(model, AdoptionPlan.Never(1, 3));

        var costs = CementCost.Compare(plan, bau);

        // 2025: plan 6,000 USD annuity / 1,000 t, BAU no carbon cost. 2029: plan 6,000 + 500 t × 20, BAU 1,000 t × 20.
        Assert.Equal(6.0, costs[0].Plan_USD_per_tCement, 1e-12);
        Assert.Equal(0.0, costs[0].Bau_USD_per_tCement, 1e-12);
        Assert.Equal(16.0, costs[4].Plan_USD_per_tCement, 1e-12);
        Assert.Equal(20.0, costs[4].Bau_USD_per_tCement, 1e-12);
        Assert.Equal(-4.0, costs[4].Difference_USD_per_tCement, 1e-12);
    }

    [Fact]
    public void ImpliedCarbonPrice_CapMetExactly_CostsTheSwitchToTheDeeperLever()
    {
        // Cap 500 t in 2029: CF50 costs 6,000 + 500 × 20 = 16,000. At 499 t only CF40 fits:
        // 20 × 1,000 / 2 + 400 × 20 = 18,000. One tonne less costs 2,000 USD. 2027 (cap 2,000, BAU 1,000) does not bind.
        var model = new RoadmapModel(Study(new AnnualCapTarget(new Dictionary<int, double> { [2027] = 2_000, [2029] = 500 })));
        var optimum = ExhaustiveOptimizer.Solve(model).Optimum!;

        var prices = ImpliedCarbonPrices.Compute(model, optimum, s => ExhaustiveOptimizer.Solve(new RoadmapModel(s)));

        Assert.Equal(2029, optimum.Plan.Year(0, 0));
        var y2027 = prices.Single(p => p.Year == 2027);
        Assert.False(y2027.Binding);
        Assert.Equal(1_000, y2027.Slack_tCO2, 1e-9);
        Assert.Equal(0.0, y2027.Price_USD_per_tCO2);
        var y2029 = prices.Single(p => p.Year == 2029);
        Assert.True(y2029.Binding);
        Assert.Equal(2_000, y2029.DeltaDiscountedCost_USD!.Value, 1e-6);
        Assert.Equal(2_000, y2029.Price_USD_per_tCO2!.Value, 1e-6);
    }

    [Fact]
    public void ImpliedCarbonPrice_NoPlanRemovesAnotherTonne_IsNull()
    {
        // CF40 alone leaves 400 t in 2029; a cap of exactly 400 t cannot lose another tonne.
        var model = new RoadmapModel(Study(new AnnualCapTarget(new Dictionary<int, double> { [2029] = 400 })));
        var optimum = ExhaustiveOptimizer.Solve(model).Optimum!;

        var price = ImpliedCarbonPrices.Compute(model, optimum, s => ExhaustiveOptimizer.Solve(new RoadmapModel(s))).Single();

        Assert.True(price.Binding);
        Assert.Null(price.DeltaDiscountedCost_USD);
        Assert.Null(price.Price_USD_per_tCO2);
    }

    [Fact]
    public void ImpliedCarbonPrice_IntensityLimitMetExactly_TightensByOneTonneOfTheCompany()
    {
        // 0.5 t/t on 1,000 t of cement is 500 t; one tonne less is 0.499 t/t, which again needs CF40.
        var target = new IntensityTarget([new CompanyIntensityLimit("A", new Dictionary<int, double> { [2029] = 0.5 })]);
        var model = new RoadmapModel(Study(target));
        var optimum = ExhaustiveOptimizer.Solve(model).Optimum!;

        var price = ImpliedCarbonPrices.Compute(model, optimum, s => ExhaustiveOptimizer.Solve(new RoadmapModel(s))).Single();

        Assert.Equal("A", price.Company);
        Assert.Equal(500, price.Limit_tCO2, 1e-9);
        Assert.True(price.Binding);
        Assert.Equal(2_000, price.Price_USD_per_tCO2!.Value, 1e-6);
    }

    [Fact]
    public void ImpliedCarbonPrice_BudgetMetExactly_CostsTheSwitchToTheDeeperLever()
    {
        // BAU 1,000 t a year for 2025–2028, then CF50 in 2029: 4,500 t. At 4,499 t only CF40 fits (4,400 t).
        var model = new RoadmapModel(Study(new CumulativeBudgetTarget(4_500)));
        var optimum = ExhaustiveOptimizer.Solve(model).Optimum!;

        var price = ImpliedCarbonPrices.Compute(model, optimum, s => ExhaustiveOptimizer.Solve(new RoadmapModel(s))).Single();

        Assert.Null(price.Company);
        Assert.Equal(0, price.Slack_tCO2, 1e-9);
        Assert.Equal(2_000, price.DeltaDiscountedCost_USD!.Value, 1e-6);
    }

    private static RoadmapScenario Study(RoadmapTarget target) => new(
        "analysis",
        null,
        new RoadmapHorizon(2025, 2025, 2029),
        0,
        null,
        YearPath.Constant(0),
        new YearPath([new(2025, 0.0), new(2029, 20.0)]),
        YearPath.Constant(0),
        [Plant("P1", "A", 1_000)],
        [Lever("CF50", new ClinkerFactorEffect(0.5), 12), Lever("CF40", new ClinkerFactorEffect(0.4), 20), Lever("TE10", new ThermalEfficiencyEffect(0.1), 1)],
        [2029],
        2029,
        target);

    private static RoadmapPlant Plant(string id, string company, double tonnes) =>
        new(id, company, null, tonnes, new PlantBaseline(tonnes, tonnes, 0, 1, 0, [new RoadmapFuel("coal", 1, 0.1, 0, 0)]), null, null);

    private static Lever Lever(string id, LeverEffect effect, double capex) =>
        new(id, null, LeverCategory.ClinkerProduction, effect, capex, 0, 0, 2, null, null, []);
}
