using Calcine.Domain.Accounting;
using Calcine.Domain.Accounting.Gcca;
using Calcine.Domain.Quantities;

namespace Calcine.Domain.Tests.Plausibility;

public class KilnRuleTests
{
    [Theory]
    [InlineData(KilnProcess.SemiWet, "3300–5400 MJ/t clinker")]
    [InlineData(KilnProcess.Wet, "5000–6400 MJ/t clinker")]
    public void SpecificHeat_PrecalcinerLevelForWetterProcess_WarnsWithThatProcessRange(KilnProcess process, string expected)
    {
        var w = Plausible.Only("PY004", Plausible.Year(process: process));

        Assert.Equal("$.fuels", w.Path);
        Assert.Equal(3150m, w.Value);
        Assert.Equal(expected, w.ExpectedRange);
    }

    [Fact]
    public void SpecificHeat_LongDryKilnLevel_WarnsForDry()
    {
        var py = Plausible.Year().WithFuel(0, f => f with { Mass = new Mass(130_000m) });

        var w = Plausible.Only("PY004", py);

        Assert.Equal(4440m, w.Value);
        Assert.Contains("dry kiln", w.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void SpecificHeat_WetKilnAt5500_DoesNotWarn()
    {
        // coal 80 kt → 174 kt: + 2,425,200 GJ, so 5,575 MJ/t.
        var py = Plausible.Year(process: KilnProcess.Wet).WithFuel(0, f => f with { Mass = new Mass(174_000m) });

        Plausible.None("PY004", py);
    }

    [Fact]
    public void GrossCo2PerClinker_LargeNonKilnFuel_WarnsWithTheKpi()
    {
        var py = Plausible.Year().WithFuel(4, f => f with { Mass = new Mass(60_000m) });

        var w = Plausible.Only("PY016", py);

        Assert.Equal("$.clinker.produced_t", w.Path);
        Assert.Equal(GccaCalculator.Calculate(py).Kpis.GrossCo2PerClinkerKg, w.Value);
        Assert.True(w.Value > 950m);
    }

    [Fact]
    public void GrossCo2PerClinker_TypicalDryKiln_DoesNotWarn() => Plausible.None("PY016", Plausible.Year());

    [Fact]
    public void GrossCo2PerClinker_SameGrossInWetKiln_WarnsBelowWetRange()
    {
        var w = Plausible.Only("PY016", Plausible.Year(process: KilnProcess.Wet));

        Assert.Equal("850–1250 kg CO2/t clinker", w.ExpectedRange);
    }

    [Fact]
    public void AlternativeFuelRate_AlmostAllWaste_Warns()
    {
        // Coal cut to 5 kt, no petcoke, tyres 100 kt: tyres and wood give 96 % of the kiln energy.
        var py = Plausible.Year().WithFuel(0, f => f with { Mass = new Mass(5_000m) }).WithFuel(1, f => f with { Mass = new Mass(0m) })
            .WithFuel(2, f => f with { Mass = new Mass(100_000m) });

        var w = Plausible.Only("PY017", py);

        Assert.Equal("$.fuels", w.Path);
        Assert.Equal(GccaCalculator.Calculate(py).Kpis.AlternativeFuelRate, w.Value);
        Assert.True(w.Value > 0.8m);
    }

    [Fact]
    public void AlternativeFuelRate_HalfWaste_DoesNotWarn() =>
        Plausible.None("PY017", Plausible.Year().WithFuel(2, f => f with { Mass = new Mass(50_000m) }));

    [Fact]
    public void KilnFuelWithoutClinker_GrindingPlantWithKilnFuel_WarnsWithTheEnergy()
    {
        var py = Plausible.Year().WithClinker(c => c with { Produced = Mass.Zero, Bought = new Mass(1_000_000m), Cao = null, Mgo = null })
            .WithCalcination(_ => new CalcinationData());

        var w = Plausible.Only("PY022", py);

        Assert.Equal("$.fuels", w.Path);
        Assert.Equal(3_150_000m, w.Value);
    }

    [Fact]
    public void KilnFuelWithoutClinker_GrindingPlantWithMillFuelOnly_DoesNotWarn()
    {
        var py = Plausible.Year().WithClinker(c => c with { Produced = Mass.Zero, Bought = new Mass(1_000_000m), Cao = null, Mgo = null })
            .WithCalcination(_ => new CalcinationData()) with
        { Fuels = [Plausible.Fuel("natural gas", FuelCategory.ConventionalFossil, 1_000m, 48m, 56.1m, 0m, FuelUse.CementMill)] };

        Plausible.None("PY022", py);
    }
}
