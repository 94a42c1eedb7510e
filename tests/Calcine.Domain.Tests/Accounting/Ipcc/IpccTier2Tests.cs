using System.Text.Json.Nodes;
using Calcine.Domain.Accounting;
using Calcine.Domain.Accounting.Ipcc;
using Calcine.Domain.Results;
using static Calcine.Domain.Tests.Accounting.ExampleDocuments;

namespace Calcine.Domain.Tests.Accounting.Ipcc;

/// <summary>co2-accounting.md §9.2 Tier 2 (all three variants) and the §9.0 EF_cl vector.</summary>
public class IpccTier2Tests
{
    [Fact]
    public void EfClinker_FromCaO65_MatchesAtomicVector()
    {
        var py = Load(IpccTiers, d => d["clinker"]!["cao"] = 0.65m);

        var (ef, basis) = IpccTier2Calculator.ClinkerEf(py, null);

        Assert.Equal(0.510102m, Math.Round(ef, 6));
        Assert.Equal(FactorBasis.Computed, basis);
    }

    [Fact]
    public void Tier2_DefaultEfWithCkdData_MatchesReference()
    {
        var r = IpccTier2Calculator.Calculate(Load(IpccTiers));

        Assert.Equal(0.51m, r.EfClinker);
        Assert.Equal(FactorBasis.Default, r.EfClinkerBasis);
        Assert.Equal(1.009053m, Math.Round(r.CkdCorrectionFactor, 6));
        Assert.Equal(FactorBasis.Computed, r.CkdCorrectionBasis);
        Near(617_540.35m, r.ProcessCo2);
    }

    [Fact]
    public void Tier2_GivenEf051_GivesTheSameResultMarkedGiven()
    {
        var r = IpccTier2Calculator.Calculate(Load(IpccTiers, d => d["ipcc"]!["tier2"]!["efClinker_tCO2_per_t"] = 0.51m));

        Assert.Equal(FactorBasis.Given, r.EfClinkerBasis);
        Near(617_540.35m, r.ProcessCo2);
    }

    [Fact]
    public void Tier2_ExactEfFromCaO_MatchesReference()
    {
        var r = IpccTier2Calculator.Calculate(Load(IpccTiers, d => d["clinker"]!["cao"] = 0.65m));

        Assert.Equal(1.009051m, Math.Round(r.CkdCorrectionFactor, 6));
        Near(617_662.31m, r.ProcessCo2);
    }

    [Fact]
    public void Tier2_NoCkdData_UsesDefaultCorrection102()
    {
        var r = IpccTier2Calculator.Calculate(Load(IpccTiers, d => d["ipcc"]!["tier2"] = new JsonObject()));

        Assert.Equal(1.02m, r.CkdCorrectionFactor);
        Assert.Equal(FactorBasis.Default, r.CkdCorrectionBasis);
        Assert.Equal(624_240m, r.ProcessCo2);
    }

    [Fact]
    public void Tier2_WithoutIpccBlock_NeedsOnlyTheClinker()
    {
        var py = Load(IpccTiers, d => d.Remove("ipcc"));

        Assert.Empty(IpccTier2Calculator.Check(py));
        Assert.Equal(1_200_000m * 0.51m * 1.02m, IpccTier2Calculator.Calculate(py).ProcessCo2);
    }

    [Fact]
    public void EfClinker_NonCarbonateCaO_IsSubtracted()
    {
        var py = Load(IpccTiers, d =>
        {
            d["clinker"]!["cao"] = 0.66m;
            d["clinker"]!["caoNonCarbonate"] = 0.01m;
        });

        Assert.Equal(0.65m * 44.01m / 56.08m, IpccTier2Calculator.ClinkerEf(py, null).Value);
    }

    [Fact]
    public void Tier2_CorrectionFactorGiven_WinsOverCkdData()
    {
        var r = IpccTier2Calculator.Calculate(Load(IpccTiers, d => d["ipcc"]!["tier2"]!["ckdCorrectionFactor"] = 1m));

        Assert.Equal(FactorBasis.Given, r.CkdCorrectionBasis);
        Assert.Equal(1_200_000m * 0.51m, r.ProcessCo2);
    }

    [Fact]
    public void Check_CkdCorrectionWithZeroClinker_NamesClinkerProduced()
    {
        var py = Load(IpccTiers, d => d["clinker"]!["produced_t"] = 0);

        var error = Assert.Single(IpccTier2Calculator.Check(py));

        Assert.Equal("$.clinker.produced_t", error.Path);
    }

    [Fact]
    public void Check_CkdCorrectionWithZeroEf_NamesTheFactor()
    {
        var py = Load(IpccTiers, d => d["ipcc"]!["tier2"]!["efClinker_tCO2_per_t"] = 0);

        Assert.Equal("$.ipcc.tier2.efClinker_tCO2_per_t", Assert.Single(IpccTier2Calculator.Check(py)).Path);
    }

    [Fact]
    public void Check_NonCarbonateCaOAboveCaO_IsAnError()
    {
        var py = Load(IpccTiers, d =>
        {
            d["clinker"]!["cao"] = 0.01m;
            d["clinker"]!["caoNonCarbonate"] = 0.02m;
        });

        Assert.Contains(IpccTier2Calculator.Check(py), e => e.Path == "$.clinker.caoNonCarbonate");
    }

    [Fact]
    public void Trace_NamesCkdInputsAndDefaultEf()
    {
        var trace = new CalculationTrace();

        IpccTier2Calculator.Calculate(Load(IpccTiers), trace);

        Assert.StartsWith("default: ipcc-t2, EF_cl 0.51", Input(Step(trace, "ipcc-t2.efClinker"), "EF_cl").Source, StringComparison.Ordinal);
        var cf = Step(trace, "ipcc-t2.cfCkd");
        Assert.Equal("$.ipcc.tier2.ckdNotRecycled_t", Input(cf, "M_d").Source);
        Assert.Equal("$.clinker.produced_t", Input(cf, "M_cl").Source);
        Assert.Equal("$.ipcc.tier2.ckdCarbonateFraction", Input(cf, "C_d").Source);
        Assert.Equal("$.ipcc.tier2.ckdCalcinationFraction", Input(cf, "F_d").Source);
        Assert.StartsWith("default: ipcc-t2", Input(cf, "EF_c").Source, StringComparison.Ordinal);
        Assert.Equal(0.43971m, Input(cf, "EF_c").Value);
    }

    [Fact]
    public void Trace_EfFromCaO_NamesCaOAndDefaultNonCarbonateShare()
    {
        var trace = new CalculationTrace();

        IpccTier2Calculator.Calculate(Load(IpccTiers, d => d["clinker"]!["cao"] = 0.65m), trace);

        var ef = Step(trace, "ipcc-t2.efClinker");
        Assert.Equal("$.clinker.cao", Input(ef, "CaO").Source);
        Assert.StartsWith("default: ipcc-t2", Input(ef, "CaO_non-carbonate").Source, StringComparison.Ordinal);
    }
}
