using Calcine.Domain.Roadmaps;

namespace Calcine.Benchmarks;

/// <summary>Synthetic roadmap studies of the sizes the issue sets: n plants of two to five companies
/// with varied kilns, a library of 8 or 12 levers (two exclusive blends, two exclusive capture
/// routes gated to 2030, one lever requiring another), a sector cap tightening from 2030 to 2050.</summary>
public static class RoadmapBenchmarkScenarios
{
    public static RoadmapScenario Create(int plants, int levers, bool everyYearADecisionYear, int seed = 7)
    {
        var rng = new Random(seed);
        var library = Library().Take(levers).ToList();
        var plantList = Enumerable.Range(0, plants).Select(i => Plant(rng, i)).ToList();
        var horizon = new RoadmapHorizon(2025, 2025, 2050);
        int[] decisions = everyYearADecisionYear ? [.. Enumerable.Range(2025, 26)] : [2025, 2030, 2035, 2040, 2045];
        var scenario = new RoadmapScenario(
            $"benchmark-{plants}x{levers}",
            null,
            horizon,
            0.08,
            0.005,
            new YearPath([new(2025, 70.0)]),
            new YearPath([new(2025, 40.0), new(2050, 150.0)]),
            new YearPath([new(2025, 0.5), new(2050, 0.15)]),
            plantList,
            library,
            decisions,
            2030,
            new CumulativeBudgetTarget(0));
        var model = new RoadmapModel(scenario);
        var bau = PlanEvaluation.Of(model, AdoptionPlan.Never(plants, library.Count));
        double Bau(int year) => bau.Years.Single(y => y.Year == year).Total.Co2_tCO2;
        return scenario with { Target = new AnnualCapTarget(new Dictionary<int, double> { [2030] = 0.85 * Bau(2030), [2040] = 0.6 * Bau(2040), [2050] = 0.3 * Bau(2050) }) };
    }

    private static RoadmapPlant Plant(Random rng, int i)
    {
        var cement = 800_000 + (2_200_000 * rng.NextDouble());
        var cf = 0.7 + (0.2 * rng.NextDouble());
        var coal = 0.55 + (0.4 * rng.NextDouble());
        var baseline = new PlantBaseline(cf * cement, cement, 3.1 + (0.9 * rng.NextDouble()), 0.52 + (0.03 * rng.NextDouble()), 0.09 + (0.03 * rng.NextDouble()),
            [new RoadmapFuel("coal", coal, 0.096, 0, 4.5), new RoadmapFuel("petcoke", (1 - coal) * 0.7, 0.0928, 0, 4.0), new RoadmapFuel("biomass", (1 - coal) * 0.3, 0.1, 1, 3.0)]);
        return new RoadmapPlant($"K{i + 1:00}", $"C{(i % 5) + 1}", null, cf * cement * 1.1, baseline, null, null);
    }

    private static IEnumerable<Lever> Library()
    {
        Lever L(string id, LeverCategory c, LeverEffect e, double capex, double varOpex, int life, int? earliest = null, string? group = null, string[]? requires = null) =>
            new(id, null, c, e, capex, 0.5, varOpex, life, earliest, group, requires ?? []);
        yield return L("CF75", LeverCategory.CementAndBinders, new ClinkerFactorEffect(0.75), 15, 30, 25, group: "blend");
        yield return L("LC3", LeverCategory.CementAndBinders, new ClinkerFactorEffect(0.62), 28, 34, 25, group: "blend");
        yield return L("TE10", LeverCategory.ClinkerProduction, new ThermalEfficiencyEffect(0.0987), 25, 0, 25);
        yield return L("AF40", LeverCategory.ClinkerProduction, new FuelSwitchEffect([new RoadmapFuel("waste", 0.25, 0.08, 0.2, 1.0), new RoadmapFuel("biomass", 0.15, 0.1, 1, 3.0)], 0.15), 6.2, 0.5, 25);
        yield return L("EE14", LeverCategory.Electricity, new ElectricityEfficiencyEffect(0.137), 10, 0, 20);
        yield return L("PPA50", LeverCategory.Electricity, new LowCarbonElectricityEffect(0.5), 0, 8, 15, requires: ["EE14"]);
        yield return L("MEA", LeverCategory.Ccus, new CaptureEffect(0.95, 3.5, 0.129), 133, 26.5, 25, earliest: 2030, group: "capture");
        yield return L("OXY", LeverCategory.Ccus, new CaptureEffect(0.9, 0.225, 0.225), 165, 22, 25, earliest: 2030, group: "capture");
        yield return L("WHR", LeverCategory.Electricity, new ElectricityEfficiencyEffect(0.25), 18, 1, 20);
        yield return L("H2-10", LeverCategory.ClinkerProduction, new FuelSwitchEffect([new RoadmapFuel("hydrogen", 0.1, 0, 0, 25)], 0), 4, 0.2, 20, earliest: 2035);
        yield return L("PV30", LeverCategory.Electricity, new LowCarbonElectricityEffect(0.3), 12, 2, 25);
        yield return L("TE5", LeverCategory.ClinkerProduction, new ThermalEfficiencyEffect(0.05), 8, 0, 15);
    }
}
