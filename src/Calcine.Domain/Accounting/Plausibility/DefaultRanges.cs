namespace Calcine.Domain.Accounting.Plausibility;

/// <summary>The documented default ranges (docs/methods/plausibility.md). Section numbers (§) refer to
/// docs/reference/co2-accounting.md. A range is wide enough that a normal plant passes and a unit slip or a
/// misclassified input does not.</summary>
internal static partial class DefaultRanges
{
    private const string Fraction = "fraction";
    private const string PerClinker = "t/t clinker";
    private const string PerCement = "t/t cement";

    public static Dictionary<string, PlausibilityRange> Build()
    {
        var r = new Dictionary<string, PlausibilityRange>(StringComparer.Ordinal);
        AddClinker(r);
        AddKiln(r);
        AddCement(r);
        AddElectricity(r);
        AddYearOnYear(r);
        AddFuels(r);
        return r;
    }

    private static PlausibilityRange R(decimal? min, decimal? max, string unit, string source, RangeConfidence confidence) =>
        new(min, max, unit, source, confidence);

    private static void AddClinker(Dictionary<string, PlausibilityRange> r)
    {
        r[RangeKeys.ClinkerCao] = R(0.60m, 0.70m, Fraction,
            "Portland clinker CaO is typically 62–67 %; IPCC 2006 default 65 % (§3), worked examples 65.0–65.5 % (§9)", RangeConfidence.Recalled);
        r[RangeKeys.ClinkerMgo] = R(null, 0.05m, Fraction,
            "EN 197-1 §5.2.1: MgO of Portland cement clinker shall not exceed 5.0 % by mass", RangeConfidence.Recalled);
        r[RangeKeys.ClinkerEmissionFactor] = R(0.48m, 0.57m, "t CO2/t clinker",
            "IPCC Tier 2 0.510 (65 % CaO), GCCA B1 default 0.525, China 2024 Portland 0.535 and white 0.550 (§2.2, §3, §6.2); " +
            "CaO 0.60–0.70 and MgO up to 5 % bound it", RangeConfidence.Derived);
        r[RangeKeys.BoughtClinkerSeeDirect] = R(0.65m, 1.10m, "t CO2/t clinker",
            "GCCA default for bought clinker 0.862 (§2.5), CBAM transitional default 0.830 (§5.4), EU benchmark 0.693 (§4)", RangeConfidence.FoundThirdParty);
        r[RangeKeys.BoughtClinkerSeeIndirect] = R(0.005m, 0.15m, "t CO2/t clinker",
            "CBAM transitional default 0.040 (§5.4); 60–90 kWh/t clinker × 0.1–1.0 t CO2/MWh", RangeConfidence.Derived);
    }

    private static void AddKiln(Dictionary<string, PlausibilityRange> r)
    {
        r[RangeKeys.SpecificHeat(KilnProcess.Dry)] = R(2700m, 4200m, "MJ/t clinker",
            "EU BREF CLM 2013: 2,900–3,300 for new precalciner kilns (BAT), long dry kilns up to 5,000; GNR world average 3,519 (2016, §8.1); " +
            "typical precalciner 3,100–3,800 (§8.1)", RangeConfidence.Recalled);
        r[RangeKeys.SpecificHeat(KilnProcess.SemiDry)] = R(3100m, 5400m, "MJ/t clinker",
            "EU BREF CLM 2013: semi-dry and semi-wet (Lepol grate) kilns 3,300–5,400", RangeConfidence.Recalled);
        r[RangeKeys.SpecificHeat(KilnProcess.SemiWet)] = R(3300m, 5400m, "MJ/t clinker",
            "EU BREF CLM 2013: semi-dry and semi-wet (Lepol grate) kilns 3,300–5,400", RangeConfidence.Recalled);
        r[RangeKeys.SpecificHeat(KilnProcess.Wet)] = R(5000m, 6400m, "MJ/t clinker",
            "EU BREF CLM 2013: wet-process kilns 5,000–6,400", RangeConfidence.Recalled);

        r[RangeKeys.GrossCo2PerClinker(KilnProcess.Dry)] = R(650m, 950m, "kg CO2/t clinker",
            "typical 800–880 (§8.1); widened for high biomass use and for long dry kilns: " +
            "EF_cli 0.48–0.57 + TOC ≈ 0.01 + heat × 60–100 kg CO2/GJ", RangeConfidence.Derived);
        r[RangeKeys.GrossCo2PerClinker(KilnProcess.SemiDry)] = R(700m, 1100m, "kg CO2/t clinker",
            "EF_cli 0.48–0.57 + TOC ≈ 0.01 + 3,100–5,400 MJ/t × 60–100 kg CO2/GJ, less biomass", RangeConfidence.Derived);
        r[RangeKeys.GrossCo2PerClinker(KilnProcess.SemiWet)] = R(700m, 1100m, "kg CO2/t clinker",
            "EF_cli 0.48–0.57 + TOC ≈ 0.01 + 3,300–5,400 MJ/t × 60–100 kg CO2/GJ, less biomass", RangeConfidence.Derived);
        r[RangeKeys.GrossCo2PerClinker(KilnProcess.Wet)] = R(850m, 1250m, "kg CO2/t clinker",
            "EF_cli 0.48–0.57 + TOC ≈ 0.01 + 5,000–6,400 MJ/t × 60–100 kg CO2/GJ, less biomass", RangeConfidence.Derived);

        r[RangeKeys.RawMealToClinker] = R(1.40m, 1.80m, "t/t clinker",
            "GCCA default 1.55 (§2.3); EU average 1.57 t raw material per t clinker (BREF 2001); 1/(1 − LOI) = 1.43–1.61 for LOI 0.30–0.38 plus dust losses",
            RangeConfidence.Recalled);
        r[RangeKeys.RawMealLoi] = R(0.30m, 0.38m, Fraction,
            "limestone–clay raw meal loses 34–36 % on ignition; worked example 0.35 (§9.0)", RangeConfidence.Recalled);
        r[RangeKeys.RawMealToc] = R(0.0005m, 0.005m, Fraction,
            "literature 0.1–0.3 % (§2.3), China FR0 0.1–0.3 % (§6.1), GCCA default 0.2 %; widened to 0.05–0.5 % so only outliers and unit slips warn",
            RangeConfidence.Recalled);
        r[RangeKeys.CkdShare] = R(0m, 0.08m, PerClinker,
            "CKD leaving the kiln system is usually below 5 % of clinker; wet kilns and high-alkali raw materials reach more; worked example 1.3 % (§9.1)",
            RangeConfidence.Recalled);
        r[RangeKeys.BypassShare] = R(0m, 0.05m, PerClinker,
            "a 3–10 % gas bypass removes about 1–3 % of clinker as dust; worked examples 1 % (§9.1, §9.3)", RangeConfidence.Recalled);
        r[RangeKeys.CkdLoiBelowRawMeal] = R(0m, 1m, "ratio LOI_CKD/LOI_RM",
            "GCCA eq. 9: d = 1 − LOI_CKD (1 − LOI_RM) / ((1 − LOI_CKD) LOI_RM) lies in 0–1 only when LOI_CKD ≤ LOI_RM (§2.2)", RangeConfidence.Derived);
        r[RangeKeys.CkdRateVersusLoi] = R(null, 0.15m, "absolute difference",
            "agreement expected between a stated d and d from LOI (GCCA eq. 9, §2.2); 0.15 allows for sampling", RangeConfidence.Recalled);
        r[RangeKeys.DefaultCkdRate] = R(0m, 1m, Fraction,
            "GCCA protocol: d plant-specific preferred; default 0 for dry and 1 for semi-dry, semi-wet and wet kilns (§2.2)", RangeConfidence.Found);
        r[RangeKeys.KilnFuelWithoutClinker] = R(null, 0m, "GJ",
            "kiln fuels (GCCA lines 101–126a) burn only where clinker is made (§2.4)", RangeConfidence.Found);
        r[RangeKeys.AlternativeFuelRate] = R(0m, 0.80m, Fraction,
            "GNR world average 16.7 % (2016, §8.1), GCCA 2050 roadmap 43 % (roadmap.md); only leading plants exceed 80 %", RangeConfidence.Recalled);
    }

    private static void AddCement(Dictionary<string, PlausibilityRange> r)
    {
        r[RangeKeys.ClinkerFactor] = R(0.50m, 0.97m, "t clinker/t cement",
            "GNR world 0.75 (2016, §8.1); CEM I ≥ 0.95 of main constituents plus 3–5 % gypsum; CEM II/C-M and LC3 ≈ 0.50 (roadmap.md §2.5)",
            RangeConfidence.Recalled);
        r[RangeKeys.GypsumShare] = R(0.02m, 0.07m, PerCement,
            "set regulator (gypsum, anhydrite) is typically 3–5 % of cement; EN 197-1 limits SO3 to 3.5–4.0 %", RangeConfidence.Recalled);
        r[RangeKeys.LimestoneShare] = R(0m, 0.35m, PerCement,
            "EN 197-1: at most 35 % limestone (CEM II/B-L, II/B-LL)", RangeConfidence.Recalled);
        r[RangeKeys.SlagShare] = R(0m, 0.95m, PerCement,
            "EN 197-1: at most 95 % slag (CEM III/C)", RangeConfidence.Recalled);
        r[RangeKeys.FlyAshShare] = R(0m, 0.55m, PerCement,
            "EN 197-1: at most 35 % fly ash in CEM II/B-V, 55 % pozzolanic constituents in CEM IV/B", RangeConfidence.Recalled);
        r[RangeKeys.PozzolanaShare] = R(0m, 0.55m, PerCement,
            "EN 197-1: at most 55 % pozzolanic constituents (CEM IV/B)", RangeConfidence.Recalled);
    }

    private static void AddElectricity(Dictionary<string, PlausibilityRange> r)
    {
        r[RangeKeys.ElectricityIntegrated] = R(60m, 160m, "kWh/t cement",
            "GNR world 103–117 (1990–2016, §8.1), typical 90–120 (§8.1), GCCA roadmap 102 (2020, roadmap.md); plants selling much clinker show more",
            RangeConfidence.Recalled);
        r[RangeKeys.ElectricityGrindingOnly] = R(20m, 110m, "kWh/t cement",
            "cement grinding takes up to about 110 kWh/t (recp-and-peers.md); a grinding station without a kiln needs no kiln-line power",
            RangeConfidence.Recalled);
        r[RangeKeys.GridEmissionFactor] = R(0.01m, 1.2m, "t CO2/MWh",
            "national grids run from about 0.01 (hydro, nuclear) to about 1.0 (coal); China 0.53–0.58 (§6.3)", RangeConfidence.Recalled);
    }

    private static void AddYearOnYear(Dictionary<string, PlausibilityRange> r)
    {
        r[RangeKeys.PlantsPerCheck] = R(null, 1m, "plants",
            "year-on-year checks compare one plant (plant.id) with itself; co2 validate takes several years of one plant", RangeConfidence.Found);
        r[RangeKeys.DocumentsPerYear] = R(null, 1m, "documents per year",
            "a plant has one reporting year per calendar year; a second document is a duplicate or a revision", RangeConfidence.Found);
        r[RangeKeys.YearOnYearClinkerProduced] = R(null, 0.30m, "relative change",
            "a kiln line rarely changes output by more than 30 % a year without a long stop, a new line or a closure", RangeConfidence.Recalled);
        r[RangeKeys.YearOnYearSpecificHeat] = R(null, 0.10m, "relative change",
            "efficiency projects move heat by a few % a year (roadmap: −10 % over 30 years); more points to a changed boundary or meter", RangeConfidence.Recalled);
        r[RangeKeys.YearOnYearClinkerFactor] = R(null, 0.05m, "absolute change",
            "the clinker factor moves by about 1 point a year at industry level (GNR 0.83 → 0.75 over 26 years, §8.1)", RangeConfidence.Recalled);
        r[RangeKeys.YearOnYearGrossCo2PerClinker] = R(null, 0.10m, "relative change",
            "calcination dominates gross CO2 per t clinker and barely moves; fuel switches change it by a few % a year", RangeConfidence.Recalled);
    }
}
