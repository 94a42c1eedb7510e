using Calcine.Domain.Accounting;
using Calcine.Domain.Accounting.Gcca;
using Calcine.Domain.Quantities;

namespace Calcine.Domain.Tests.Plausibility;

public class ClinkerRuleTests
{
    [Theory]
    [InlineData(0.72)]
    [InlineData(0.55)]
    public void ClinkerCao_OutsideRange_WarnsAtCaoPath(double cao)
    {
        var py = Plausible.Year().WithClinker(c => c with { Cao = (decimal)cao });

        var w = Plausible.Only("PY001", py);

        Assert.Equal("$.clinker.cao", w.Path);
        Assert.Equal((decimal)cao, w.Value);
        Assert.Equal("0.6–0.7 fraction", w.ExpectedRange);
    }

    [Fact]
    public void ClinkerCao_NearLowerBound_DoesNotWarn() =>
        Plausible.None("PY001", Plausible.Year().WithClinker(c => c with { Cao = 0.62m }));

    [Fact]
    public void ClinkerMgo_AboveEn197Limit_Warns()
    {
        var w = Plausible.Only("PY002", Plausible.Year().WithClinker(c => c with { Mgo = 0.062m }));

        Assert.Equal("$.clinker.mgo", w.Path);
        Assert.Equal(0.062m, w.Value);
        Assert.Equal("≤ 0.05 fraction", w.ExpectedRange);
        Assert.Contains("EN 197-1", w.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void ClinkerMgo_AtLimit_DoesNotWarn() =>
        Plausible.None("PY002", Plausible.Year().WithClinker(c => c with { Mgo = 0.05m }));

    [Fact]
    public void ClinkerEf_B1FactorOutsideRange_WarnsAtFactorPath()
    {
        var py = Plausible.Year().WithCalcination(c => c with { Method = CalcinationMethod.B1 }).WithClinker(c => c with { EmissionFactor = 0.62m });

        var w = Plausible.Only("PY003", py);

        Assert.Equal("$.clinker.emissionFactor_tCO2_per_t", w.Path);
        Assert.Equal(0.62m, w.Value);
    }

    [Fact]
    public void ClinkerEf_B1Default_DoesNotWarn() =>
        Plausible.None("PY003", Plausible.Year().WithCalcination(c => c with { Method = CalcinationMethod.B1 }));

    [Fact]
    public void ClinkerEf_B2WithLargeNonCarbonateCorrection_WarnsAtClinkerWithTheComputedFactor()
    {
        // 300 kt of carbide slag (60 % CaO) removes 0.141 t CO2/t from the 0.534 of the clinker oxides.
        var py = Plausible.Year().WithCalcination(c => c with { NonCarbonateInputs = [new NonCarbonateInput("carbide slag", new Mass(300_000m), 0.60m, 0m)] });

        var w = Plausible.Only("PY003", py);

        Assert.Equal("$.clinker", w.Path);
        Assert.Equal(GccaCalculator.Calculate(py).Calcination.ClinkerEf, w.Value);
        Assert.True(w.Value < 0.48m);
    }

    [Fact]
    public void ClinkerEf_B2Typical_DoesNotWarn() => Plausible.None("PY003", Plausible.Year());

    [Fact]
    public void ClinkerEf_A1FromRawMeal_WarnsAtRawMealWhenTheFeedIsWet()
    {
        // A wet slurry tonnage (2.4 t per t clinker) times LOI gives 0.84 t CO2/t clinker (no dust leaves the kiln).
        var py = Plausible.Year().WithCalcination(c => c with
        {
            Method = CalcinationMethod.A1,
            RawMealConsumed = new Mass(2_400_000m),
            BypassDust = new Mass(0m),
            CkdLeaving = new Mass(0m),
        });

        var w = Plausible.Only("PY003", py);

        Assert.Equal("$.calcination.rawMeal", w.Path);
        Assert.Equal(0.84m, w.Value);
    }
}
