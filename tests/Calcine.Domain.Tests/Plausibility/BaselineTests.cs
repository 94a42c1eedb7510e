using Calcine.Domain.Accounting;
using Calcine.Domain.Accounting.Gcca;

namespace Calcine.Domain.Tests.Plausibility;

/// <summary>The baseline the rule tests vary must itself be clean, or "does not warn" tests prove nothing.</summary>
public class BaselineTests
{
    [Fact]
    public void Baseline_PlausiblePlant_HasNoWarnings() => Assert.Empty(Plausible.Check(Plausible.Year()));

    [Fact]
    public void Baseline_Kpis_AreTheDocumentedOnes()
    {
        var kpis = GccaCalculator.Calculate(Plausible.Year()).Kpis;

        Assert.Equal(3150m, kpis.SpecificHeatMjPerTonneClinker);
        Assert.Equal(0.8m, kpis.ClinkerFactor);
        Assert.Equal(96m, kpis.ElectricityKwhPerTonneCement);
    }

    [Theory]
    [InlineData(KilnProcess.Dry)]
    [InlineData(KilnProcess.SemiDry)]
    public void Baseline_ProcessesWhoseRangesInclude3150_HaveNoWarnings(KilnProcess process) =>
        Assert.Empty(Plausible.Check(Plausible.Year(process: process)));
}
