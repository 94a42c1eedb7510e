using Calcine.Domain.Accounting;
using Calcine.Domain.Accounting.Ipcc;
using Calcine.Domain.Results;
using static Calcine.Domain.Tests.Accounting.ExampleDocuments;

namespace Calcine.Domain.Tests.Accounting.Ipcc;

/// <summary>co2-accounting.md §9.2 Tier 1 and the §9.0 EF_clc vector.</summary>
public class IpccTier1Tests
{
    [Fact]
    public void Tier1_ReferenceExample_ClinkerAndCo2MatchExactly()
    {
        var r = IpccTier1Calculator.Calculate(Load(IpccTiers));

        // 1,000,000 × 0.95 + 500,000 × 0.65 − 50,000 + 20,000
        Assert.Equal(1_275_000m, r.ClinkerInCement);
        Assert.Equal(1_245_000m, r.Clinker);
        Assert.Equal(0.52m, r.EfClc);
        Assert.Equal(FactorBasis.Default, r.EfClcBasis);
        Assert.Equal(647_400m, r.ProcessCo2);
    }

    [Fact]
    public void Tier1Default_IsTier2DefaultTimesCkdCorrection_AsPublished()
    {
        // §9.0: 0.65 × 44.01/56.08 = 0.510102; × 1.02 = 0.520304, published as 0.52.
        var exact = 0.65m * Methodologies.IpccTier1.Chemistry.CaoToCo2 * IpccDefaults.CkdCorrectionFactor;

        Assert.Equal(0.520304m, Math.Round(exact, 6));
        Assert.Equal(IpccDefaults.Tier1ClinkerEf, Math.Round(exact, 2));
    }

    [Fact]
    public void Tier1_EfClcGiven_IsUsedAndMarkedGiven()
    {
        var py = Load(IpccTiers, d => d["ipcc"]!["tier1"]!["efClc_tCO2_per_t"] = 0.520304m);

        var r = IpccTier1Calculator.Calculate(py);

        Assert.Equal(FactorBasis.Given, r.EfClcBasis);
        Assert.Equal(1_245_000m * 0.520304m, r.ProcessCo2);
    }

    [Fact]
    public void Check_WithoutTier1Block_NamesThePath()
    {
        var py = Load(IpccTiers, d => d["ipcc"]!.AsObject().Remove("tier1"));

        var error = Assert.Single(IpccTier1Calculator.Check(py));

        Assert.Equal("$.ipcc.tier1", error.Path);
        Assert.Contains("is required for ipcc-t1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ImportsAboveClinkerInCement_IsAnError()
    {
        var py = Load(IpccTiers, d => d["ipcc"]!["tier1"]!["clinkerImports_t"] = 2_000_000);

        var error = Assert.Single(IpccTier1Calculator.Check(py));

        Assert.Equal("$.ipcc.tier1.clinkerImports_t", error.Path);
    }

    [Fact]
    public void Check_ReferenceExample_HasNoErrors() => Assert.Empty(IpccTier1Calculator.Check(Load(IpccTiers)));

    [Fact]
    public void Trace_NamesTheDocumentPathsAndTheDefault()
    {
        var trace = new CalculationTrace();

        IpccTier1Calculator.Calculate(Load(IpccTiers), trace);

        var cement = Step(trace, "ipcc-t1.cement[1]");
        Assert.Equal(325_000m, cement.Value);
        Assert.Equal("$.ipcc.tier1.cements[1].mass_t", Input(cement, "M_ci").Source);
        Assert.Equal("$.ipcc.tier1.cements[1].clinkerFraction", Input(cement, "C_cl,i").Source);
        var clinker = Step(trace, "ipcc-t1.clinker");
        Assert.Equal("$.ipcc.tier1.clinkerImports_t", Input(clinker, "Im").Source);
        Assert.Equal("$.ipcc.tier1.clinkerExports_t", Input(clinker, "Ex").Source);
        var process = Step(trace, "ipcc-t1.process");
        Assert.StartsWith("default: ipcc-t1, EF_clc 0.52", Input(process, "EF_clc").Source, StringComparison.Ordinal);
        Assert.Equal(647_400m, process.Value);
    }
}
