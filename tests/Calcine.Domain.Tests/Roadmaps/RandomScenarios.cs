using Calcine.Domain.Roadmaps;

namespace Calcine.Domain.Tests.Roadmaps;

/// <summary>Small random roadmap scenarios, deterministic in a seed: one or two plants, up to four
/// levers of every kind (some free and without effect, so that plans tie exactly), exclusive groups,
/// requires, earliestYear gates, and a target of each kind set between 80 % and 105 % of BAU so that
/// some scenarios are infeasible. Small enough that every admissible plan can be enumerated.</summary>
public static class RandomScenarios
{
    public static RoadmapScenario Create(int seed)
    {
        var rng = new Random(seed);
        var start = 2025 + rng.Next(0, 3);
        var end = start + rng.Next(2, 8);
        var horizon = new RoadmapHorizon(start - rng.Next(0, 3), start, end);
        var plants = Enumerable.Range(0, 1 + rng.Next(2)).Select(i => Plant(rng, i)).ToList();
        var leverCount = plants.Count == 1 ? 1 + rng.Next(4) : 1 + rng.Next(3);
        var levers = Enumerable.Range(0, leverCount).Select(i => Lever(rng, i, horizon)).ToList();
        levers = [.. levers.Select((l, i) => i > 0 && rng.NextDouble() < 0.25 ? l with { Requires = [levers[rng.Next(i)].Id] } : l)];
        var decisionYears = Enumerable.Range(start, end - start + 1).Where(_ => rng.NextDouble() < 0.5).Take(3).ToList();
        if (decisionYears.Count == 0)
        {
            decisionYears.Add(start);
        }

        var scenario = new RoadmapScenario(
            $"random-{seed}",
            null,
            horizon,
            rng.NextDouble() < 0.2 ? 0 : 0.02 + (0.1 * rng.NextDouble()),
            -0.02 + (0.05 * rng.NextDouble()),
            Path(rng, horizon, 30, 120),
            Path(rng, horizon, 0, 150),
            Path(rng, horizon, 0.05, 0.8),
            plants,
            levers,
            decisionYears,
            start,
            new CumulativeBudgetTarget(0));
        return scenario with { Target = Target(rng, scenario) };
    }

    /// <summary>Which target kind, and whether requires, groups and gates occur: for coverage checks.</summary>
    public static string TargetKind(RoadmapScenario s) => s.Target.GetType().Name;

    private static YearPath Path(Random rng, RoadmapHorizon h, double lo, double hi) =>
        new(Enumerable.Range(0, 1 + rng.Next(3)).Select(_ => new KeyValuePair<int, double>(rng.Next(h.BaseYear - 1, h.EndYear + 2), lo + ((hi - lo) * rng.NextDouble())))
            .GroupBy(kv => kv.Key).Select(g => g.First()));

    private static RoadmapPlant Plant(Random rng, int i)
    {
        var cement = 500_000 + (2_000_000 * rng.NextDouble());
        var cf = 0.6 + (0.3 * rng.NextDouble());
        var coal = 0.5 + (0.5 * rng.NextDouble());
        var baseline = new PlantBaseline(
            cf * cement,
            cement,
            3.0 + rng.NextDouble(),
            0.5 + (0.05 * rng.NextDouble()),
            0.08 + (0.04 * rng.NextDouble()),
            [new RoadmapFuel("coal", coal, 0.096, 0, 4 + rng.NextDouble()), new RoadmapFuel("waste", 1 - coal, 0.08, 0.3 * rng.NextDouble(), rng.NextDouble())]);
        return new RoadmapPlant($"P{i}", rng.NextDouble() < 0.5 ? "A" : "B", null, cf * cement * (1 + (0.2 * rng.NextDouble())), baseline, null, null);
    }

    private static Lever Lever(Random rng, int i, RoadmapHorizon h)
    {
        var free = rng.NextDouble() < 0.1;
        LeverEffect effect = free ? new ThermalEfficiencyEffect(0) : rng.Next(6) switch
        {
            0 => new ClinkerFactorEffect(0.5 + (0.3 * rng.NextDouble())),
            1 => new ThermalEfficiencyEffect(0.2 * rng.NextDouble()),
            2 => new FuelSwitchEffect([new RoadmapFuel("biomass", 0.1 + (0.5 * rng.NextDouble()), 0.1, 1, 2 + (5 * rng.NextDouble()))], 0.3 * rng.NextDouble()),
            3 => new ElectricityEfficiencyEffect(0.2 * rng.NextDouble()),
            4 => new LowCarbonElectricityEffect(rng.NextDouble()),
            _ => new CaptureEffect(0.5 + (0.45 * rng.NextDouble()), 3 * rng.NextDouble(), 0.15 * rng.NextDouble()),
        };
        return new Lever(
            $"L{(char)('A' + i)}",
            null,
            LeverCategory.ClinkerProduction,
            effect,
            free ? 0 : 150 * rng.NextDouble(),
            free ? 0 : -1 + (3 * rng.NextDouble()),
            free ? 0 : -5 + (40 * rng.NextDouble()),
            1 + rng.Next(30),
            rng.NextDouble() < 0.3 ? rng.Next(h.StartYear, h.EndYear + 1) : null,
            rng.NextDouble() < 0.35 ? "g" : null,
            []);
    }

    private static RoadmapTarget Target(Random rng, RoadmapScenario s)
    {
        var model = new RoadmapModel(s);
        var bau = PlanEvaluation.Of(model, AdoptionPlan.Never(s.Plants.Count, s.Levers.Count));
        var years = bau.Years.Where(y => y.Year >= s.DecisionYears[0] && rng.NextDouble() < 0.4).ToList();
        if (years.Count == 0)
        {
            years.Add(bau.Years[^1]);
        }

        double Factor() => 0.8 + (0.25 * rng.NextDouble());
        switch (rng.Next(3))
        {
            case 0:
                return new AnnualCapTarget(years.ToDictionary(y => y.Year, y => y.Total.Co2_tCO2 * Factor()));
            case 1:
                var companies = s.Plants.Select(p => p.Company).Distinct().ToList();
                return new IntensityTarget([.. companies.Select(c => new CompanyIntensityLimit(c, years.ToDictionary(
                    y => y.Year,
                    y => Enumerable.Range(0, s.Plants.Count).Where(p => s.Plants[p].Company == c).Sum(p => y.Plants[p].Co2_tCO2)
                        / Enumerable.Range(0, s.Plants.Count).Where(p => s.Plants[p].Company == c).Sum(p => y.Plants[p].Cement_t) * Factor())))]);
            default:
                return new CumulativeBudgetTarget(bau.Years[^1].CumulativeCo2_tCO2 * Factor());
        }
    }
}
