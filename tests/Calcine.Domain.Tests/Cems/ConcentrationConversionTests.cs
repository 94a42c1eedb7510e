using Calcine.Domain.Cems;

namespace Calcine.Domain.Tests.Cems;

public class ConcentrationConversionTests
{
    // Factors at 10 % reference O2 from the reference's verified table (§2.2 item 5): (21 − 10) / (21 − O2).
    [Theory]
    [InlineData(9.0, 0.917)]
    [InlineData(11.0, 1.100)]
    [InlineData(12.0, 1.222)]
    [InlineData(13.0, 1.375)]
    [InlineData(15.0, 1.833)]
    [InlineData(19.0, 5.5)]
    [InlineData(20.0, 11.0)]
    public void CorrectToReferenceO2_KilnReference_MatchesPublishedFactors(double o2, double factor)
    {
        var corrected = ConcentrationConversion.CorrectToReferenceO2(100.0, o2, 10.0);

        Assert.Equal(100.0 * factor, corrected, 0.05);
    }

    [Fact]
    public void CorrectToReferenceO2_AtReferenceO2_LeavesValueUnchanged()
    {
        Assert.Equal(37.25, ConcentrationConversion.CorrectToReferenceO2(37.25, 10.0, 10.0));
    }

    [Fact]
    public void CorrectToReferenceO2_ContractFormula_IsBitIdentical()
    {
        const double c = 31.73, o2 = 11.24;

        Assert.Equal(c * (21 - 10) / (21 - o2), ConcentrationConversion.CorrectToReferenceO2(c, o2, 10));
    }

    [Theory]
    [InlineData(Pollutant.So2, 2.86)]
    [InlineData(Pollutant.Nox, 2.05)]
    [InlineData(Pollutant.Nh3, 0.760)]
    public void PpmToMgPerM3_AnnexDFactors_MatchReference(Pollutant pollutant, double factor)
    {
        var mg = ConcentrationConversion.PpmToMgPerM3(1.0, pollutant.MolarMass()!.Value);

        Assert.Equal(factor, mg, 0.005);
    }

    [Fact]
    public void WetToDry_TenPercentMoisture_DividesByNinetyPercent()
    {
        Assert.Equal(100.0, ConcentrationConversion.WetToDry(90.0, 0.10), 12);
    }
}
