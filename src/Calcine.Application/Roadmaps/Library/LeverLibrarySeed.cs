using Calcine.Domain.Roadmaps;
using Calcine.Domain.Roadmaps.Library;

namespace Calcine.Application.Roadmaps.Library;

/// <summary>The built-in lever library (version "seed-2026.1"), from shared/docs/reference/roadmap.md
/// §2.3–2.5: ECRA Technology Papers 2022 as encoded in MPP's business-case workbook, MPP technology
/// cards, and assumptions where neither gives a value. Money is USD per t of kiln clinker capacity
/// (MPP normalises to a 2.0 Mt/yr reference kiln). Every value carries its source and tag; an
/// association overrides any of them in its own library version.</summary>
public static class LeverLibrarySeed
{
    public const string Label = "seed-2026.1";

    private const string Ecra = "ECRA Technology Papers 2022 via MPP business_cases.xlsx, sheet 'Data inputs from ECRA' (reference/roadmap.md §2.3)";
    private const string MppCards = "MPP technology cards, renovation CAPEX USD per t clinker/yr (reference/roadmap.md §2.3)";
    private const string Gcca = "GCCA roadmap global average as encoded by MPP/ECRA (reference/roadmap.md §1.3)";
    private const string Assumed = "assumption (reference/roadmap.md worked example or §2.5 [A]); set your own value";
    private const string Standards = "cement standards bounds, reference/roadmap.md §2.5 [A]";

    private static readonly ValueSource V = new(Ecra, Confidence.Verified);
    private static readonly ValueSource A = new(Assumed, Confidence.Assumption);

    public static IReadOnlyList<LeverCard> Cards { get; } =
    [
        Card(new Lever("CF70", "Blended cement, clinker factor 0.70", LeverCategory.CementAndBinders, new ClinkerFactorEffect(0.70), 20, 0.5, 35, 25, null, "binder", []),
            ("effect.targetClinkerFactor", new ValueSource(Standards + ": CEM II/B ≥ 0.65", Confidence.Assumption)), ("capex_USD_per_tCapacity", A),
            ("fixedOpex_USD_per_tCapacity_yr", A), ("variableOpex_USD_per_unit", new ValueSource("SCM cost per t added, " + Assumed, Confidence.Assumption)), ("life_years", V)),
        Card(new Lever("LC3", "Limestone calcined clay cement (LC3-50)", LeverCategory.CementAndBinders, new ClinkerFactorEffect(0.50), 40, 1.0, 30, 25, 2028, "binder", []),
            ("effect.targetClinkerFactor", new ValueSource("LC3 cuts clinker to ≈ 50 % (MPP/Systemiq LC3 briefing, Jul 2025)", Confidence.Verified)),
            ("capex_USD_per_tCapacity", new ValueSource("flash calciner for clay, " + Assumed, Confidence.Assumption)), ("fixedOpex_USD_per_tCapacity_yr", A),
            ("variableOpex_USD_per_unit", A), ("earliestYear", A)),
        Card(new Lever("TE10", "Thermal efficiency bundle (−9.87 % heat)", LeverCategory.ClinkerProduction, new ThermalEfficiencyEffect(0.0987), 25, 0, 0, 25, null, null, []),
            ("effect.reduction", new ValueSource(Gcca + ": 3,352 → 3,021 MJ/t clinker", Confidence.Verified)), ("capex_USD_per_tCapacity", A), ("life_years", V)),
        Card(new Lever("EE14", "Electrical efficiency bundle (−13.7 % power)", LeverCategory.Electricity, new ElectricityEfficiencyEffect(0.137), 10, 0, 0, 25, null, null, []),
            ("effect.reduction", new ValueSource(Gcca + ": 102 → 88 kWh/t cement", Confidence.Verified)), ("capex_USD_per_tCapacity", A), ("life_years", V)),
        Card(new Lever("GAS", "Coal to natural gas", LeverCategory.ClinkerProduction,
                new FuelSwitchEffect([new RoadmapFuel("natural gas", 1.0, 0.0561, 0, 8.0)], 0.1), 3.0, 0, 0, 25, null, "fuel-mix", []),
            ("effect.newFuels.ef_tCO2_per_GJ", new ValueSource("GCCA CO2 Protocol v3.1 default, natural gas 56.1 kg/GJ", Confidence.Verified)),
            ("effect.newFuels.price_USD_per_GJ", A), ("effect.deltaThermal_GJ_per_tClinker", V), ("capex_USD_per_tCapacity", new ValueSource(MppCards + ": gas 3.0", Confidence.Verified))),
        Card(new Lever("AF43", "Alternative fuels 43 % (incl. 10 % hydrogen)", LeverCategory.ClinkerProduction,
                new FuelSwitchEffect([new RoadmapFuel("fossil waste", 0.29, 0.080, 0, 1.0), new RoadmapFuel("biomass", 0.14, 0.100, 1, 3.0), new RoadmapFuel("hydrogen", 0.10, 0, 0, 25.0)], 0.2),
                6.2, 0, 0, 25, null, "fuel-mix", []),
            ("effect.newFuels.share", new ValueSource(Gcca + ": 'AF 43% (GCCA)' box, fossil waste 29 %, biomass 14 %, hydrogen 10 %", Confidence.Verified)),
            ("effect.newFuels.ef_tCO2_per_GJ", new ValueSource("ECRA AF boxes: fossil waste 80 kg/GJ, biomass 100 kg/GJ biogenic", Confidence.Verified)),
            ("effect.newFuels.price_USD_per_GJ", A), ("effect.deltaThermal_GJ_per_tClinker", V), ("capex_USD_per_tCapacity", new ValueSource(MppCards + ": AF 43 % 6.2", Confidence.Verified))),
        Card(new Lever("AF90", "Alternative fuels 90 % (incl. 10 % hydrogen)", LeverCategory.ClinkerProduction,
                new FuelSwitchEffect([new RoadmapFuel("fossil waste", 0.50, 0.080, 0, -1.0), new RoadmapFuel("biomass", 0.30, 0.100, 1, 3.0), new RoadmapFuel("hydrogen", 0.10, 0, 0, 25.0)], 0.4),
                17.4, 0, 0, 25, 2025, "fuel-mix", []),
            ("effect.newFuels.share", new ValueSource("split of the 80 % non-hydrogen AF between fossil waste and biomass, " + Assumed, Confidence.Assumption)),
            ("effect.newFuels.price_USD_per_GJ", new ValueSource("gate fee for fossil waste (ECRA: fuel OPEX −2.1 €/t cement), " + Assumed, Confidence.Assumption)),
            ("effect.deltaThermal_GJ_per_tClinker", V), ("capex_USD_per_tCapacity", new ValueSource(MppCards + ": AF 90 % 17.4", Confidence.Verified)),
            ("earliestYear", new ValueSource("MPP market entry of AF 90 %: 2025", Confidence.Verified))),
        Card(new Lever("PPA50", "Renewable power purchase, 50 % of electricity", LeverCategory.Electricity, new LowCarbonElectricityEffect(0.5), 0, 0, 8, 25, null, null, []),
            ("effect.share", A), ("variableOpex_USD_per_unit", new ValueSource("PPA premium per MWh, " + Assumed, Confidence.Assumption))),
        Card(new Lever("WHR", "Waste heat recovery power (≈ 25 % of electricity)", LeverCategory.Electricity, new LowCarbonElectricityEffect(0.25), 7.5, 0.3, 0, 25, null, null, []),
            ("effect.share", new ValueSource("WHR yields 20–35 kWh/t clinker, ≈ 20–30 % of plant electricity (reference/roadmap.md §2.5)", Confidence.Recalled)),
            ("capex_USD_per_tCapacity", new ValueSource("USD 1.5–3 M per MWe (reference/roadmap.md §2.5 [R]) on ≈ 6.5 MWe for a 2 Mt kiln", Confidence.Recalled)), ("fixedOpex_USD_per_tCapacity_yr", A)),
        Card(new Lever("MEA", "Post-combustion capture (MEA) with storage", LeverCategory.Ccus, new CaptureEffect(0.95, 3.5, 0.129), 133, 0, 26.5, 25, 2030, "capture", []),
            ("effect.captureRate", V), ("effect.deltaThermal_GJ_per_tClinker", V), ("effect.deltaElectricity_MWh_per_tClinker", V),
            ("capex_USD_per_tCapacity", new ValueSource(MppCards + ": post-combustion 120–146, midpoint", Confidence.Verified)),
            ("variableOpex_USD_per_unit", new ValueSource("6.5 USD/t consumables + 20 USD/t transport and storage per t captured, " + Assumed, Confidence.Assumption)),
            ("earliestYear", new ValueSource("CO2 transport and storage availability, " + Assumed, Confidence.Assumption))),
        Card(new Lever("OXY", "Oxyfuel capture with storage", LeverCategory.Ccus, new CaptureEffect(0.95, 0.225, 0.225), 174, 0, 21, 25, 2030, "capture", []),
            ("effect.captureRate", V), ("effect.deltaThermal_GJ_per_tClinker", V), ("effect.deltaElectricity_MWh_per_tClinker", V),
            ("capex_USD_per_tCapacity", new ValueSource(MppCards + ": oxyfuel 183 → 165, midpoint", Confidence.Verified)),
            ("variableOpex_USD_per_unit", new ValueSource("1 USD/t consumables + 20 USD/t transport and storage, " + Assumed, Confidence.Assumption)),
            ("earliestYear", new ValueSource("TRL 6, mature 2025 (MPP cards); storage availability assumed 2030", Confidence.Assumption))),
        Card(new Lever("DSPC", "Indirect calcination (LEILAC-type) + post-combustion, with storage", LeverCategory.Ccus, new CaptureEffect(0.95, 1.652, 0.1025), 93.5, 0, 25, 25, 2030, "capture", []),
            ("effect.captureRate", V), ("effect.deltaThermal_GJ_per_tClinker", V), ("effect.deltaElectricity_MWh_per_tClinker", V),
            ("capex_USD_per_tCapacity", new ValueSource(MppCards + ": direct separation 95 → 92, midpoint", Confidence.Verified)),
            ("variableOpex_USD_per_unit", new ValueSource("5 USD/t consumables + 20 USD/t transport and storage, " + Assumed, Confidence.Assumption)),
            ("earliestYear", new ValueSource("TRL 7, mature 2025 (MPP cards); storage availability assumed 2030", Confidence.Assumption))),
    ];

    private static LeverCard Card(Lever lever, params (string Field, ValueSource Source)[] sources) =>
        new(lever, sources.ToDictionary(s => s.Field, s => s.Source, StringComparer.Ordinal));
}
