using Calcine.Domain.Accounting;
using Calcine.Domain.Accounting.Cbam;
using Calcine.Domain.Accounting.EuEts;
using Calcine.Domain.Accounting.Gcca;
using Calcine.Domain.Results;

namespace Calcine.Domain.Tests.Accounting.Review;

/// <summary>EU MRR and CBAM: CKD whose calcination rate is not determined takes the MRR tier 1
/// dust factor, not GCCA's d = 0 for dry kilns; traces name the methodology actually used.</summary>
public class EuCkdDefaultTests
{
    private const decimal Ckd = 8000m;

    private static PlantYear DryKilnWithUndeterminedCkd() =>
        PlantYears.Example("cbam-kiln-and-mill", d => d["calcination"]!["ckd"]!["leaving_t"] = Ckd);

    [Fact]
    public void EuMrr_CkdWithoutCalcinationRate_UsesTier1DustFactor()
    {
        var r = EuMrrCalculator.Calculate(DryKilnWithUndeterminedCkd());

        Assert.Equal(Ckd * Methodologies.EuMrr.UndeterminedCkdEf, r.Process.CkdCo2);
        Assert.Null(r.Process.CkdCalcinationRate);
        Assert.Equal(0.525m, Methodologies.MrrTier1CkdEf);
    }

    [Fact]
    public void Gcca_SameDocument_KeepsProtocolDefaultDZero()
    {
        var r = GccaCalculator.Calculate(DryKilnWithUndeterminedCkd());

        Assert.Equal(0m, r.Calcination.CkdCalcinationRate);
        Assert.Equal(0m, r.Calcination.CkdCo2);
    }

    [Fact]
    public void EuMrr_DustFactorOnTheMethodology_IsConfigurable()
    {
        var custom = Methodologies.EuMrr with { UndeterminedCkdEf = 0.6m };

        var r = EuMrrCalculator.Calculate(DryKilnWithUndeterminedCkd(), null, custom);

        Assert.Equal(Ckd * 0.6m, r.Process.CkdCo2);
    }

    [Fact]
    public void EuMrr_MeasuredLoi_StillUsesTheCalcinationRate()
    {
        var py = PlantYears.Example("cbam-kiln-and-mill", d =>
        {
            d["calcination"]!["ckd"]!["leaving_t"] = Ckd;
            d["calcination"]!["ckd"]!["calcinationRate"] = 0.5;
        });

        var r = EuMrrCalculator.Calculate(py);

        Assert.Equal(Ckd * CalcinationFormulas.CkdEmissionFactorOutput(r.Process.ClinkerEf, 0.5m), r.Process.CkdCo2);
    }

    [Fact]
    public void Cbam_CkdWithoutCalcinationRate_CountsTheDustInClinkerSee()
    {
        var baseline = CbamCalculator.Calculate(PlantYears.Example("cbam-kiln-and-mill"));

        var r = CbamCalculator.Calculate(DryKilnWithUndeterminedCkd());

        Assert.Equal(baseline.AttributedClinkerCo2 + Ckd * 0.525m, r.AttributedClinkerCo2);
    }

    [Theory]
    [InlineData("eu-mrr")]
    [InlineData("cbam")]
    public void EuTraces_NameTheirOwnMethodology_NeverGcca(string methodId)
    {
        var trace = new CalculationTrace();
        var py = DryKilnWithUndeterminedCkd();

        if (methodId == "cbam")
        {
            CbamCalculator.Calculate(py, trace);
        }
        else
        {
            EuMrrCalculator.Calculate(py, trace);
        }

        var sources = trace.Steps.SelectMany(s => s.Inputs).Select(i => i.Source).ToList();
        Assert.DoesNotContain(sources, s => s.StartsWith("default: gcca", StringComparison.Ordinal));
        Assert.DoesNotContain(trace.Steps, s => s.Description.Contains("line039", StringComparison.Ordinal));
        var d = Assert.Single(trace.Steps, s => s.Id == "calcination.d");
        Assert.StartsWith($"default: {methodId}", d.Inputs[0].Source, StringComparison.Ordinal);
    }
}
