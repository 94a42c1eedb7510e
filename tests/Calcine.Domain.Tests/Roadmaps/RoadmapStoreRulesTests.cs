using System.Text;
using Calcine.Application.Co2.Document;
using Calcine.Application.Roadmaps;
using Calcine.Application.Roadmaps.Baselines;
using Calcine.Application.Roadmaps.Library;
using Calcine.Application.Roadmaps.Scenarios;
using Calcine.Domain.Accounting.Gcca;
using Calcine.Domain.Roadmaps;
using Calcine.Domain.Roadmaps.Baselines;
using Calcine.Domain.Roadmaps.Library;
using Calcine.TestKit;

namespace Calcine.Domain.Tests.Roadmaps;

/// <summary>Baselines derived from an inventory, the presets and composition, the library's
/// versions and the CBAM exposure, each against figures computed by hand or given by the shared
/// examples.</summary>
public class RoadmapStoreRulesTests
{
    private static DerivedBaseline GccaExampleBaseline()
    {
        var py = PlantYearReader.Read(Encoding.UTF8.GetBytes(Examples.Read("gcca-integrated-plant.json"))).Value;
        return BaselineDerivation.Derive(py, GccaCalculator.Calculate(py), new RoadmapFuelPriceOptions().PriceOf, 0.913);
    }

    [Fact]
    public void Derive_GccaWorkedExample_ValuesAreTheInventorysQuotients()
    {
        var d = GccaExampleBaseline();

        // gcca-integrated-plant.expected.json: raw materials 826,815.970120613 t, kiln fuels 408,295 t,
        // specific heat 3,530.666… MJ/t, cement 1,885,000 t, 87.533… kWh/t, non-kiln fuels 4,779.45 t.
        Assert.Equal(1_500_000, d.Baseline.Clinker_t);
        Assert.Equal(1_885_000, d.Baseline.Cement_t);
        Assert.Equal(826_815.970120613 / 1_500_000, d.Baseline.ProcessCo2_tCO2_per_tClinker, 12);
        Assert.Equal(3.5306666666666665, d.Baseline.ThermalEnergy_GJ_per_tClinker, 12);
        Assert.Equal(87.53315649867373 / 1000, d.Baseline.Electricity_MWh_per_tCement, 12);
        Assert.Equal(1.0, d.Baseline.Fuels.Sum(f => f.Share), 12);
        Assert.Equal(826_815.970120613 + 408_295.0, d.Reconciliation.RoadmapScope1_tCO2, 6);
        Assert.Equal(4_779.45, d.Reconciliation.NotModelled_tCO2, 6);
        Assert.Equal(1_500_000 / 0.913, d.KilnCapacity_t, 6);
        Assert.Contains(d.Warnings, w => w.Contains("non-kiln fuels", StringComparison.Ordinal));
        Assert.Contains(d.Warnings, w => w.Contains("clinker traded", StringComparison.Ordinal));
    }

    [Fact]
    public void Derive_GccaWorkedExample_RoadmapBauOfTheBaseYearIsTheInventorysKilnCo2()
    {
        var d = GccaExampleBaseline();

        // The contract's BAU state: scope 1 = K·(pc + h·Σ share·ef·(1 − bio)), no grid here (0).
        var bau = ScenarioComposer.BaseCo2(d.Baseline, 0);

        Assert.Equal(d.Reconciliation.RoadmapScope1_tCO2, bau, 6);
        Assert.Equal(d.Reconciliation.InventoryGross_tCO2 - 4_779.45, bau, 6);
    }

    [Fact]
    public void Derive_EveryValue_TracedToAnInventoryStepOrAnAssumption()
    {
        var d = GccaExampleBaseline();

        Assert.All(d.Traces, t => Assert.True(t.InventorySteps.Count > 0 || t.Assumption is not null, t.Field));
        Assert.Contains(d.Traces, t => t.Field == "baseline.fuels[1].ef_tCO2_per_GJ" && t.InventorySteps.Contains("fuel[1]") && Math.Abs(t.Value - 0.096) < 1e-12);
        Assert.Contains(d.Traces, t => t.Field == "baseline.fuels[1].price_USD_per_GJ" && t.Value == 4.5 && t.Assumption!.Confidence == Confidence.Verified);
    }

    [Fact]
    public void CbamExposure_HandComputedYears_FactorBenchmarkAndOriginPrice()
    {
        var settings = new CbamExposureOptions().ToSettings() with { CertificatePrice_USD_per_tCO2 = YearPath.Constant(100) };
        var row = new RoadmapRow(1000, 700, 750, 0, 0, 50, 800, 0, 0, 0, 0);

        var in2030 = CbamExposureCalculator.Point(row, settings.FactorAt(2030), 100, 10, settings);
        var in2025 = CbamExposureCalculator.Point(row, settings.FactorAt(2025), 100, 10, settings);
        var in2040 = CbamExposureCalculator.Point(row, settings.FactorAt(2040), 100, 0, settings);

        // 2030: free = 0.515 × 0.693 × 0.7 = 0.2498265; certificates 0.5501735; 55.01735 − 10 × 0.8.
        Assert.Equal(0.2498265, in2030.FreeAllocation_tCO2_per_tCement, 12);
        Assert.Equal(47.01735, in2030.Liability_USD_per_tCement, 9);
        Assert.Null(settings.FactorAt(2025));
        Assert.Equal(0, in2025.Liability_USD_per_tCement);
        Assert.Equal(0.8, in2040.Certificates_tCO2_per_tCement, 12);
        Assert.Equal(80, in2040.Liability_USD_per_tCement, 9);
    }

    [Fact]
    public void SdaPathway_CompanyAboveTheSector_ConvergesToTheSectorsEnd()
    {
        var sector = new YearPath(RoadmapPresets.SbtiSector);

        var limits = SdaPathway.Limits(0.8, 2020, sector, [2020, 2030, 2050]);

        // p(2030) = (0.47 − 0.06) / (0.60 − 0.06); limit = (0.8 − 0.6)·p + 0.47.
        Assert.Equal(0.8, limits[2020], 12);
        Assert.Equal((0.2 * (0.41 / 0.54)) + 0.47, limits[2030], 12);
        Assert.Equal(0.06, limits[2050], 12);
    }

    [Fact]
    public void LibraryMerge_OverrideAndNewLever_ReplacesInPlaceAndAppends()
    {
        var seed = LeverLibrarySeed.Cards;
        var mea = seed.Single(c => c.Id == "MEA");
        var cheaper = mea with { Lever = mea.Lever with { Capex_USD_per_tCapacity = 100 } };
        var own = new LeverCard(new Lever("KILN2", null, LeverCategory.ClinkerProduction, new ThermalEfficiencyEffect(0.05), 5, 0, 0, 20, null, null, ["TE10"]), new Dictionary<string, ValueSource>());

        var merged = LeverLibraryMerge.Apply(seed, [cheaper, own]);

        Assert.Equal(seed.Count + 1, merged.Count);
        Assert.Equal(100, merged.Single(c => c.Id == "MEA").Lever.Capex_USD_per_tCapacity);
        Assert.Equal(seed.ToList().FindIndex(c => c.Id == "MEA"), merged.ToList().FindIndex(c => c.Id == "MEA"));
        Assert.Equal("KILN2", merged[^1].Id);
        Assert.Equal(Confidence.Assumption, merged[^1].Weakest);
    }

    [Fact]
    public void SeedLibrary_WrittenAndReadBack_SameLeversAndSources()
    {
        var bytes = RoadmapScenarioReader.WriteLeverCards(LeverLibrarySeed.Cards);

        var read = RoadmapScenarioReader.ReadLeverCards(bytes, []);

        Assert.True(read.Success, string.Join("; ", read.Errors));
        Assert.Equal(LeverLibrarySeed.Cards.Select(c => c.Lever.Id), read.Value.Cards.Select(c => c.Id));
        Assert.Equal(LeverLibrarySeed.Cards.Select(c => c.Sources.Count), read.Value.Cards.Select(c => c.Sources.Count));
        Assert.Equal(LeverLibrarySeed.Cards.Single(c => c.Id == "OXY").Lever.Effect, read.Value.Cards.Single(c => c.Id == "OXY").Lever.Effect);
        Assert.All(LeverLibrarySeed.Cards, c => Assert.NotEmpty(c.Sources));
    }

    [Fact]
    public void Compose_NationalCap_CapsAreTheNdcSharesOfBaseYearCo2AndTheDocumentReadsBack()
    {
        var d = GccaExampleBaseline();
        var plants = new[] { new ComposePlant("P1", "Co", "Plant", 2024, d) };

        var (scenario, errors) = ScenarioComposer.Compose(new ComposeSpec("s", "S", Grid: "azerbaijan"), plants, LeverLibrarySeed.Cards);
        var read = RoadmapScenarioReader.Read(RoadmapScenarioWriter.Write(scenario!));

        Assert.Empty(errors);
        var baseCo2 = ScenarioComposer.BaseCo2(d.Baseline, 0.45);
        var cap = Assert.IsType<AnnualCapTarget>(scenario!.Target);
        Assert.Equal(0.65 * baseCo2, cap.Cap_tCO2[2030], 6);
        Assert.Equal(0.60 * baseCo2, cap.Cap_tCO2[2035], 6);
        Assert.True(read.Success, string.Join("; ", read.Errors));
        Assert.Equal(scenario.Levers.Count, read.Value.Levers.Count);
        Assert.Equal(scenario.Plants[0].Baseline.Fuels, read.Value.Plants[0].Baseline.Fuels);
        Assert.Equal([2025, 2030, 2035, 2040], read.Value.DecisionYears);
    }

    [Fact]
    public void Compose_UnknownPreset_ErrorNamesTheField()
    {
        var plants = new[] { new ComposePlant("P1", "Co", "Plant", 2024, GccaExampleBaseline()) };

        var (scenario, errors) = ScenarioComposer.Compose(new ComposeSpec("s", null, Target: "paris", CarbonPrice: "moon"), plants, LeverLibrarySeed.Cards);

        Assert.Null(scenario);
        Assert.Contains("target", errors.Keys);
        Assert.Contains("carbonPrice", errors.Keys);
    }
}
