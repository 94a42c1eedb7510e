using Calcine.Domain.Accounting;
using Calcine.Domain.Accounting.China;
using Calcine.Domain.Results;
using static Calcine.Domain.Tests.Accounting.ExampleDocuments;

namespace Calcine.Domain.Tests.Accounting.China;

/// <summary>co2-accounting.md §9.4, 2013 guideline / GB/T 32151.8 column, and the §9.0 China vector.</summary>
public class China2013Tests
{
    [Fact]
    public void CarbonateEf_AtomicVector_Matches()
    {
        var r = China2013Calculator.Calculate(Load(ChinaLine));

        // (0.658 − 0.012) × 44/56 + (0.020 − 0.001) × 44/40
        Assert.Equal(0.528471m, Math.Round(r.CarbonateEf, 6));
    }

    [Fact]
    public void ReferenceLine_EveryItemMatches()
    {
        var r = China2013Calculator.Calculate(Load(ChinaLine));

        Assert.Equal(1_508_000m, r.CarbonateBasis);
        Near(796_934.91m, r.CarbonateCo2);
        Assert.Equal(2_400_000m, r.RawMeal);
        Assert.Equal(0.001m, r.NonFuelCarbon);
        Near(8_800.00m, r.NonFuelCarbonCo2);
        Near(433_913.87m, r.Fuels.FossilFuelCo2);
        Assert.Equal(13_200.00m, r.Fuels.AlternativeFuelCo2);
        Near(1_252_848.78m, r.DirectCo2);
        Assert.Equal(0.835233m, Math.Round(r.DirectCo2PerClinker!.Value, 6));
        Assert.Equal(68_436.00m, r.Indirect.ElectricityCo2);
        Near(1_321_284.78m, r.TotalCo2);
        Assert.Equal(0.880857m, Math.Round(r.TotalCo2PerClinker!.Value, 6));
    }

    [Fact]
    public void ReferenceLine_SpecificHeat_MatchesKgce()
    {
        var r = China2013Calculator.Calculate(Load(ChinaLine));

        Assert.Equal(4_852_500m, r.SpecificHeat.KilnFuelEnergyGj);
        Assert.Equal(3_235m, r.SpecificHeat.MegajoulesPerTonneClinker);
        Assert.Equal(110.38m, Math.Round(r.SpecificHeat.KgcePerTonneClinker!.Value, 2));
    }

    [Fact]
    public void AlternativeFuel_BiogenicPartIsAMemo()
    {
        var r = China2013Calculator.Calculate(Load(ChinaLine));

        // 20,000 × 12 × 0.100 = 24,000 t, 45 % biomass carbon.
        Assert.Equal(10_800m, r.Fuels.BiogenicCo2);
        Assert.Equal(ChinaFuelFormula.AlternativeFuel, r.Fuels.Lines[1].Formula);
        Assert.Equal(ChinaFuelFormula.CarbonContent, r.Fuels.Lines[0].Formula);
    }

    /// <summary>The reference's alternative grid factors (§9.4 electricity row).</summary>
    [Theory]
    [InlineData(0.5810, 69_720)]
    [InlineData(0.5366, 64_392)]
    [InlineData(0.5306, 63_672)]
    public void GridFactorGiven_ReplacesTheEtsDefault(double factor, int expected)
    {
        var py = Load(ChinaLine, d => d["china"]!["gridEf_tCO2_per_MWh"] = (decimal)factor);

        var r = China2013Calculator.Calculate(py);

        Assert.Equal(expected, r.Indirect.ElectricityCo2);
        Assert.Equal(FactorBasis.Given, r.Indirect.GridEfBasis);
    }

    [Fact]
    public void GridFactorAbsent_UsesEtsDefaultNotTheScope2Factor_AndSaysSo()
    {
        var trace = new CalculationTrace();

        var r = China2013Calculator.Calculate(Load(ChinaLine), trace);

        Assert.Equal(0.5703m, r.Indirect.GridEf);
        Assert.Equal(FactorBasis.Default, r.Indirect.GridEfBasis);
        Assert.Contains(r.Notes, n => n.Contains("0.5366", StringComparison.Ordinal) && n.Contains("china.gridEf_tCO2_per_MWh", StringComparison.Ordinal));
        Assert.Contains("0.5703", Input(Step(trace, "cn-2013.electricity"), "EF_grid").Source, StringComparison.Ordinal);
    }

    [Fact]
    public void ExportsOfElectricityAndHeat_AreDeducted()
    {
        var py = Load(ChinaLine, d =>
        {
            d["china"]!["electricityExported_MWh"] = 20_000;
            d["china"]!["heatPurchased_GJ"] = 50_000;
            d["china"]!["heatExported_GJ"] = 10_000;
            d["china"]!["heatEf_tCO2_per_GJ"] = 0.11m;
        });

        var r = China2013Calculator.Calculate(py);

        Assert.Equal(100_000m * 0.5703m, r.Indirect.ElectricityCo2);
        Assert.Equal(40_000m * 0.11m, r.Indirect.HeatCo2);
        Assert.Equal(r.DirectCo2 + 57_030m + 4_400m, r.TotalCo2);
    }

    [Fact]
    public void CoalGangue_RaisesDefaultNonFuelCarbonTo03Percent()
    {
        var py = Load(ChinaLine, d => d["china"]!["coalGangueInRawMix"] = true);

        var r = China2013Calculator.Calculate(py);

        Assert.Equal(0.003m, r.NonFuelCarbon);
        Near(26_400m, r.NonFuelCarbonCo2);
    }

    [Fact]
    public void NonFuelCarbonGiven_WinsOverDefaults()
    {
        var py = Load(ChinaLine, d =>
        {
            d["china"]!["coalGangueInRawMix"] = true;
            d["china"]!["rawMealNonFuelCarbon"] = 0.002m;
        });

        Assert.Equal(0.002m, China2013Calculator.Calculate(py).NonFuelCarbon);
    }

    [Fact]
    public void RawMealAbsent_IsClinkerTimesRatio_WithTracedDefault155()
    {
        var py = Load(ChinaLine, d => d["calcination"]!["rawMeal"]!.AsObject().Remove("consumed_t"));
        var trace = new CalculationTrace();

        var r = China2013Calculator.Calculate(py, trace);

        Assert.Equal(2_325_000m, r.RawMeal);
        Near(8_525m, r.NonFuelCarbonCo2);
        Assert.Contains("default: cn-2013, raw meal:clinker 1.55", Step(trace, "cn-2013.nonFuelCarbon").Inputs[0].Source, StringComparison.Ordinal);
    }

    [Fact]
    public void NonCarbonateSharesAbsent_AreZeroAndTraced()
    {
        var py = Load(ChinaLine, d =>
        {
            d["clinker"]!.AsObject().Remove("caoNonCarbonate");
            d["clinker"]!.AsObject().Remove("mgoNonCarbonate");
        });
        var trace = new CalculationTrace();

        var r = China2013Calculator.Calculate(py, trace);

        Assert.Equal(0.658m * 44m / 56m + 0.020m * 44m / 40m, r.CarbonateEf);
        var ef = Step(trace, "cn-2013.carbonateEf");
        Assert.StartsWith("default: cn-2013", Input(ef, "FR1_0 (non-carbonate CaO)").Source, StringComparison.Ordinal);
        Assert.StartsWith("default: cn-2013", Input(ef, "FR2_0 (non-carbonate MgO)").Source, StringComparison.Ordinal);
    }

    [Fact]
    public void FossilFuelWithoutOxidationFactor_UsesOne_AndNotesIt()
    {
        var py = Load(ChinaLine, d => d["fuels"]![0]!.AsObject().Remove("oxidationFactor"));

        var r = China2013Calculator.Calculate(py);

        Assert.Equal(1m, r.Fuels.Lines[0].OxidationFactor);
        Near(433_913.87m / 0.98m, r.Fuels.FossilFuelCo2);
        Assert.Contains(r.Notes, n => n.StartsWith("fuels [0]: no oxidationFactor given", StringComparison.Ordinal));
    }

    [Fact]
    public void FossilFuelWithEmissionFactorOnly_UsesEfTimesOxidation()
    {
        var py = Load(ChinaLine, d =>
        {
            var coal = d["fuels"]![0]!.AsObject();
            coal.Remove("carbonContent_tC_per_GJ");
            coal["ef_kgCO2_per_GJ"] = 96m;
        });

        var r = China2013Calculator.Calculate(py);

        Assert.Equal(ChinaFuelFormula.EmissionFactor, r.Fuels.Lines[0].Formula);
        Assert.Equal(205_000m * 22.5m * 96m / 1000m * 0.98m, r.Fuels.FossilFuelCo2);
    }

    [Fact]
    public void AlternativeFuelOxidationFactor_IsNotApplied_AndNoted()
    {
        var py = Load(ChinaLine, d => d["fuels"]![1]!["oxidationFactor"] = 0.9m);

        var r = China2013Calculator.Calculate(py);

        Assert.Equal(13_200m, r.Fuels.AlternativeFuelCo2);
        Assert.Contains(r.Notes, n => n.StartsWith("$.fuels[1].oxidationFactor is not applied", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_ReferenceLine_HasNoErrors() => Assert.Empty(China2013Calculator.Check(Load(ChinaLine)));

    [Fact]
    public void Check_WithoutClinkerAnalysis_NamesBothPaths()
    {
        var py = Load(ChinaLine, d =>
        {
            var c = d["clinker"]!.AsObject();
            foreach (var k in new[] { "cao", "mgo", "caoNonCarbonate", "mgoNonCarbonate" })
            {
                c.Remove(k);
            }
        });

        var errors = China2013Calculator.Check(py);

        Assert.Equal(["$.clinker.cao", "$.clinker.mgo"], errors.Select(e => e.Path));
        Assert.Contains("is required for cn-2013", errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NonCarbonateAboveTotal_IsAnError()
    {
        var py = Load(ChinaLine, d => d["clinker"]!["mgoNonCarbonate"] = 0.03m);

        Assert.Equal("$.clinker.mgoNonCarbonate", Assert.Single(China2013Calculator.Check(py)).Path);
    }

    [Fact]
    public void WithoutChinaBlock_DustAndDefaultsAreZeroOrTraced()
    {
        var py = Load(ChinaLine, d => d.Remove("china"));
        var trace = new CalculationTrace();

        var r = China2013Calculator.Calculate(py, trace);

        Assert.Equal(1_503_000m, r.CarbonateBasis);
        Assert.Equal(0.5703m, r.Indirect.GridEf);
        Assert.StartsWith("default: cn-2013, FR0 0.1 %", Input(Step(trace, "cn-2013.nonFuelCarbon"), "FR0").Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Trace_NamesEveryInputSource()
    {
        var trace = new CalculationTrace();

        China2013Calculator.Calculate(Load(ChinaLine), trace);

        var carbonate = Step(trace, "cn-2013.carbonate");
        Assert.Equal("$.clinker.produced_t", Input(carbonate, "Q_cli").Source);
        Assert.StartsWith("$.china.kilnHeadDust_t", Input(carbonate, "Q_ckd (kiln-head dust)").Source, StringComparison.Ordinal);
        Assert.StartsWith("$.calcination.bypassDust_t", Input(carbonate, "Q_bp (bypass dust)").Source, StringComparison.Ordinal);
        var coal = Step(trace, "cn-2013.fuel[0]");
        Assert.Equal("FC × NCV × CC × OF × 44/12", coal.Formula);
        Assert.Equal("$.fuels[0].carbonContent_tC_per_GJ", Input(coal, "CC").Source);
        Assert.Equal("$.fuels[0].oxidationFactor", Input(coal, "OF").Source);
        Assert.Equal("$.fuels[1].biogenicShare", Input(Step(trace, "cn-2013.fuel[1]"), "α = 1 − biogenic share").Source);
        Near(1_321_284.78m, Step(trace, "cn-2013.total").Value);
    }
}
