using Calcine.Domain.Roadmaps;

namespace Calcine.Application.Roadmaps.Association;

/// <summary>The scenario each member's plan and the sector optimum are computed with until stored
/// scenarios are wired in: one set of assumptions for every member (so the assumptions table shows them),
/// a lever library drawn from reference/roadmap.md §2.3 (ECRA 2022 via MPP, rounded; assumptions where
/// marked there), and targets on the GCCA path: −20 % intensity by 2030, −40 % by 2040, −80 % by 2050
/// against the base year for each member, the same fractions of the sector's base-year CO2 as the
/// national cap.</summary>
public static class AssociationScenarios
{
    public const int BaseYear = 2024;
    public const int StartYear = 2025;
    public const int EndYear = 2050;

    public static readonly IReadOnlyDictionary<int, double> Reduction = new Dictionary<int, double> { [2030] = 0.20, [2040] = 0.40, [2050] = 0.80 };

    public static readonly IReadOnlyList<int> DecisionYears = [2025, 2030, 2035, 2040, 2045];

    public static readonly IReadOnlyList<int> MaccYears = [2030, 2040, 2050];

    public static readonly IReadOnlyList<(int From, int To)> InvestmentPeriods = [(2025, 2029), (2030, 2034), (2035, 2039), (2040, 2044), (2045, 2050)];

    public static IReadOnlyList<Lever> Levers { get; } =
    [
        new("CF70", "Blended cements to a clinker factor of 0.70", LeverCategory.CementAndBinders, new ClinkerFactorEffect(0.70), 20, 0.5, 35, 25, null, null, []),
        new("TE10", "Kiln thermal efficiency upgrade (−10 %)", LeverCategory.ClinkerProduction, new ThermalEfficiencyEffect(0.10), 25, 0, 0, 25, null, null, []),
        new("AF30", "30 % biomass and biogenic waste in the kiln", LeverCategory.ClinkerProduction,
            new FuelSwitchEffect([new RoadmapFuel("biomass", 0.30, 0.112, 1, 3.0)], 0.1), 5, 0.2, 0.5, 20, null, null, []),
        new("EE14", "Grinding and fan efficiency (−14 % electricity)", LeverCategory.Electricity, new ElectricityEfficiencyEffect(0.14), 5, 0, 0, 15, null, null, []),
        new("PPA50", "Renewable power purchase, 50 %", LeverCategory.Electricity, new LowCarbonElectricityEffect(0.5), 0, 0.3, 8, 10, null, null, []),
        new("CCS90", "Oxyfuel capture with transport and storage (90 %)", LeverCategory.Ccus, new CaptureEffect(0.90, 0.225, 0.225), 150, 2, 30, 25, 2030, null, ["CF70"]),
    ];

    /// <summary>A member's own scenario: its plants, the common assumptions and its intensity target.</summary>
    public static RoadmapScenario ForCompany(string scenarioId, IReadOnlyList<MemberPlantBaseline> plants)
    {
        var company = plants[0].CompanyId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var template = Template(scenarioId, plants, new AnnualCapTarget(new Dictionary<int, double>()));
        var baseIntensity = BaseCo2(template) / plants.Sum(p => p.Baseline.Cement_t);
        var limits = Reduction.ToDictionary(kv => kv.Key, kv => baseIntensity * (1 - kv.Value));
        return template with { Target = new IntensityTarget([new CompanyIntensityLimit(company, limits)]) };
    }

    /// <summary>The national cap: the sector's base-year CO2 less the GCCA-path reductions.</summary>
    public static IReadOnlyDictionary<int, double> NationalCap(IReadOnlyList<MemberPlantBaseline> plants)
    {
        var baseCo2 = BaseCo2(Template("sector", plants, new CumulativeBudgetTarget(double.MaxValue)));
        return Reduction.ToDictionary(kv => kv.Key, kv => baseCo2 * (1 - kv.Value));
    }

    public static RoadmapScenario Template(string id, IReadOnlyList<MemberPlantBaseline> plants, RoadmapTarget target) => new(
        id,
        null,
        new RoadmapHorizon(BaseYear, StartYear, EndYear),
        DiscountRate: 0.08,
        DemandGrowthPerYear: 0.01,
        ElectricityPrice: Path((2024, 60)),
        CarbonPrice: Path((2025, 10), (2030, 40), (2050, 100)),
        GridEf: Path((2024, 0.45), (2030, 0.35), (2050, 0.10)),
        Plants: [.. plants.Select(p => new RoadmapPlant(p.PlantCode, p.CompanyId.ToString(System.Globalization.CultureInfo.InvariantCulture), null, p.KilnCapacity_t, p.Baseline, null, null))],
        Levers: Levers,
        DecisionYears: DecisionYears,
        MaccYear: 2030,
        Target: target);

    /// <summary>CO2 of the base year's state (demand and grid factor of the base year), all plants.</summary>
    private static double BaseCo2(RoadmapScenario s)
    {
        var prices = new YearPrices(s.Horizon.BaseYear, 1, s.GridEf.At(s.Horizon.BaseYear), s.ElectricityPrice.At(s.Horizon.BaseYear), 0);
        return s.Plants.Sum(p => PlantState.Bau(p.Baseline, p.Baseline.Cement_t).Quantities(prices).Co2_tCO2);
    }

    private static YearPath Path(params (int Year, double Value)[] points) =>
        new(points.Select(p => new KeyValuePair<int, double>(p.Year, p.Value)));
}
