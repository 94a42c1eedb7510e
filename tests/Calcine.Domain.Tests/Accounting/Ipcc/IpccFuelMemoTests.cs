using Calcine.Domain.Accounting.Ipcc;
using Calcine.Domain.Results;
using static Calcine.Domain.Tests.Accounting.ExampleDocuments;

namespace Calcine.Domain.Tests.Accounting.Ipcc;

/// <summary>Fuel combustion is reported in Energy (1.A.2.f) as a memo line and never enters 2.A.1.</summary>
public class IpccFuelMemoTests
{
    [Fact]
    public void FuelMemo_ExampleFuels_FossilAndBiogenicSplit()
    {
        var memo = IpccFuelCombustion.Compute(Load(IpccTiers), "ipcc-t2", null);

        // coal 100,000 × 25.8 × 94.6 / 1000; tyres 10,000 × 28 × 85 / 1000 = 23,800, 27 % biogenic.
        Assert.Equal(244_068m, memo.Lines[0].FossilCo2);
        Assert.Equal(17_374m, memo.Lines[1].FossilCo2);
        Assert.Equal(6_426m, memo.Lines[1].BiogenicCo2);
        Assert.Equal(261_442m, memo.FossilCo2);
        Assert.Equal(6_426m, memo.BiogenicCo2);
    }

    [Fact]
    public void FuelMemo_IsNotInTheProcessTotal()
    {
        var py = Load(IpccTiers);

        var t1 = IpccTier1Calculator.Calculate(py);
        var t2 = IpccTier2Calculator.Calculate(py);
        var t3 = IpccTier3Calculator.Calculate(py);

        Assert.Equal(261_442m, t1.FuelCombustion.FossilCo2);
        Assert.Equal(647_400m, t1.ProcessCo2);
        Assert.Equal(t1.FuelCombustion.FossilCo2, t2.FuelCombustion.FossilCo2);
        Near(617_540.35m, t2.ProcessCo2);
        Near(891_737.15m, t3.ProcessCo2);
    }

    [Fact]
    public void FuelMemo_OxidationFactorGiven_IsApplied()
    {
        var py = Load(IpccTiers, d => d["fuels"]![0]!["oxidationFactor"] = 0.98m);
        var trace = new CalculationTrace();

        var memo = IpccFuelCombustion.Compute(py, "ipcc-t1", trace);

        Assert.Equal(244_068m * 0.98m, memo.Lines[0].FossilCo2);
        Assert.Equal("$.fuels[0].oxidationFactor", Input(Step(trace, "ipcc-t1.fuel[0]"), "OF").Source);
        Assert.StartsWith("default: ipcc-t1, OF 1", Input(Step(trace, "ipcc-t1.fuel[1]"), "OF").Source, StringComparison.Ordinal);
    }
}
