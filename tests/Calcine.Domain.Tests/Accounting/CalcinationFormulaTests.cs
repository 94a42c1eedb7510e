using Calcine.Domain.Accounting;
using Calcine.Domain.Accounting.Gcca;

namespace Calcine.Domain.Tests.Accounting;

/// <summary>The atomic vectors of co2-accounting.md §9.0 (GCCA and EU parts).</summary>
public class CalcinationFormulaTests
{
    [Fact]
    public void CkdCalcinationRate_Loi25And35_Is0_380952()
    {
        var d = CalcinationFormulas.CkdCalcinationRate(0.25m, 0.35m);

        Assert.Equal(0.380952m, Math.Round(d, 6));
        Assert.Equal(1m - (0.25m * 0.65m) / (0.75m * 0.35m), d);
    }

    [Theory]
    [InlineData(0.525, 0.380952, 0.150943)]
    [InlineData(0.525, 1.0, 0.525000)]
    [InlineData(0.525, 0.5, 0.207921)]
    [InlineData(0.525, 0.0, 0.0)]
    [InlineData(0.61, 0.0, 0.0)]
    public void CkdEmissionFactorOutput_ReferenceVectors(double ef, double d, double expected)
    {
        var actual = CalcinationFormulas.CkdEmissionFactorOutput((decimal)ef, (decimal)d);

        Assert.Equal((decimal)expected, Math.Round(actual, 6));
    }

    [Fact]
    public void CkdEmissionFactorOutput_FullyCalcined_EqualsClinkerFactor()
    {
        Assert.Equal(0.533831m, Math.Round(CalcinationFormulas.CkdEmissionFactorOutput(0.533831m, 1m), 12));
    }

    [Fact]
    public void CkdEmissionFactorInput_Loi35AndD0_380952_Is0_153846()
    {
        Assert.Equal(0.153846m, Math.Round(CalcinationFormulas.CkdEmissionFactorInput(0.35m, 0.380952m), 6));
    }

    [Fact]
    public void OxideCo2_GccaB2Cao655Mgo018_Is533_831KgPerTonne()
    {
        Assert.Equal(0.533831m, CalcinationFormulas.OxideCo2(0.655m, 0.018m, Methodologies.Gcca.Chemistry));
    }

    [Fact]
    public void TocCo2_Defaults_Is0_0113584PerTonneClinker()
    {
        Assert.Equal(0.0113584m, CalcinationFormulas.TocCo2(1m, 1.55m, 0.002m, Methodologies.Gcca.Chemistry));
    }

    [Fact]
    public void Methodologies_HaveTheirOwnCaoFactors()
    {
        Assert.Equal(0.785m, Methodologies.Gcca.Chemistry.CaoToCo2);
        Assert.Equal(44m / 56m, Methodologies.China2013.Chemistry.CaoToCo2);
        Assert.Equal(0.510102m, Math.Round(0.65m * Methodologies.IpccTier2.Chemistry.CaoToCo2, 6));
        Assert.Equal(Methodologies.All.Count, Methodologies.All.Select(m => m.Id).Distinct().Count());
    }
}
