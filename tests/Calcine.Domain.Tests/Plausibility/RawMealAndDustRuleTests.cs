using Calcine.Domain.Accounting;
using Calcine.Domain.Accounting.Gcca;
using Calcine.Domain.Quantities;

namespace Calcine.Domain.Tests.Plausibility;

public class RawMealAndDustRuleTests
{
    [Fact]
    public void RawMealToClinker_Inverted_Warns()
    {
        var w = Plausible.Only("PY008", Plausible.Year().WithCalcination(c => c with { RawMealToClinker = 0.65m }));

        Assert.Equal("$.calcination.rawMeal.rawMealToClinker", w.Path);
        Assert.Equal(0.65m, w.Value);
        Assert.Equal("1.4–1.8 t/t clinker", w.ExpectedRange);
    }

    [Fact]
    public void RawMealToClinker_EuAverage_DoesNotWarn() =>
        Plausible.None("PY008", Plausible.Year().WithCalcination(c => c with { RawMealToClinker = 1.57m }));

    [Fact]
    public void RawMealToClinker_A1FeedNotNetOfReturnedDust_WarnsAtConsumedWithTheImpliedRatio()
    {
        var py = Plausible.Year().WithCalcination(c => c with { Method = CalcinationMethod.A1, RawMealConsumed = new Mass(1_950_000m) });

        var w = Plausible.Only("PY008", py);

        Assert.Equal("$.calcination.rawMeal.consumed_t", w.Path);
        Assert.Equal(1.95m, w.Value);
    }

    [Fact]
    public void RawMealToClinker_A1NetFeed_DoesNotWarn() =>
        Plausible.None("PY008", Plausible.Year().WithCalcination(c => c with { Method = CalcinationMethod.A1, RawMealConsumed = new Mass(1_540_000m) }));

    [Fact]
    public void RawMealToc_PercentEnteredAsFraction_Warns()
    {
        var w = Plausible.Only("PY013", Plausible.Year().WithCalcination(c => c with { RawMealToc = 0.2m }));

        Assert.Equal("$.calcination.rawMeal.toc", w.Path);
        Assert.Equal(0.2m, w.Value);
        Assert.Equal("0.0005–0.005 fraction", w.ExpectedRange);
    }

    [Fact]
    public void RawMealToc_ChinaHighDefault_DoesNotWarn() =>
        Plausible.None("PY013", Plausible.Year().WithCalcination(c => c with { RawMealToc = 0.003m }));

    [Fact]
    public void RawMealLoi_LimestoneInsteadOfRawMeal_Warns()
    {
        var w = Plausible.Only("PY014", Plausible.Year().WithCalcination(c => c with { RawMealLoi = 0.43m }));

        Assert.Equal("$.calcination.rawMeal.loi", w.Path);
        Assert.Equal(0.43m, w.Value);
    }

    [Fact]
    public void RawMealLoi_Typical_DoesNotWarn() =>
        Plausible.None("PY014", Plausible.Year().WithCalcination(c => c with { RawMealLoi = 0.36m }));

    [Fact]
    public void CkdShare_CkdAboveEightPercentOfClinker_WarnsWithTheShare()
    {
        var w = Plausible.Only("PY011", Plausible.Year().WithCalcination(c => c with { CkdLeaving = new Mass(150_000m) }));

        Assert.Equal("$.calcination.ckd.leaving_t", w.Path);
        Assert.Equal(0.15m, w.Value);
        Assert.Equal("0–0.08 t/t clinker", w.ExpectedRange);
    }

    [Fact]
    public void CkdShare_ThreePercent_DoesNotWarn() =>
        Plausible.None("PY011", Plausible.Year().WithCalcination(c => c with { CkdLeaving = new Mass(30_000m) }));

    [Fact]
    public void BypassShare_EightPercent_Warns()
    {
        var w = Plausible.Only("PY012", Plausible.Year().WithCalcination(c => c with { BypassDust = new Mass(80_000m) }));

        Assert.Equal("$.calcination.bypassDust_t", w.Path);
        Assert.Equal(0.08m, w.Value);
    }

    [Fact]
    public void BypassShare_TwoPercent_DoesNotWarn() =>
        Plausible.None("PY012", Plausible.Year().WithCalcination(c => c with { BypassDust = new Mass(20_000m) }));

    [Fact]
    public void CkdLoi_AboveRawMealLoiWithStatedRate_WarnsAtCkdLoi()
    {
        // Without a stated d this is a document error; with one it is only implausible.
        var py = Plausible.Year().WithCalcination(c => c with { CkdLoi = 0.40m, CkdCalcinationRate = 0.5m });

        var w = Plausible.Only("PY015", py);

        Assert.Equal("$.calcination.ckd.loi", w.Path);
        Assert.Equal(0.40m, w.Value);
        Assert.Equal("≤ LOI of raw meal (0.35)", w.ExpectedRange);
    }

    [Fact]
    public void CkdLoi_StatedRateFarFromLoiRate_WarnsAtCalcinationRate()
    {
        var w = Plausible.Only("PY015", Plausible.Year().WithCalcination(c => c with { CkdCalcinationRate = 0.9m }));

        Assert.Equal("$.calcination.ckd.calcinationRate", w.Path);
        Assert.Equal(0.9m, w.Value);
        Assert.Equal("0.381 ± 0.15 (d from LOI)", w.ExpectedRange);
    }

    [Fact]
    public void CkdLoi_StatedRateCloseToLoiRate_DoesNotWarn() =>
        Plausible.None("PY015", Plausible.Year().WithCalcination(c => c with { CkdCalcinationRate = 0.45m }));

    [Fact]
    public void DefaultCkdRate_SemiDryKilnWithoutLoi_WarnsThatDOneIsConservative()
    {
        var py = Plausible.Year(process: KilnProcess.SemiDry).WithCalcination(c => c with { CkdLoi = null });

        var w = Plausible.Only("PY021", py);

        Assert.Equal("$.calcination.ckd.calcinationRate", w.Path);
        Assert.Equal(1m, w.Value);
        Assert.Contains("conservative", w.Why, StringComparison.Ordinal);
        Assert.Contains("measure LOI", w.Why, StringComparison.Ordinal);
        Assert.Contains($"({GccaCalculator.Calculate(py).Calcination.CkdCo2:0} t CO2)", w.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultCkdRate_DryKilnWithoutLoi_WarnsThatTheCkdCountsNoCo2()
    {
        var w = Plausible.Only("PY021", Plausible.Year().WithCalcination(c => c with { RawMealLoi = null }));

        Assert.Equal(0m, w.Value);
        Assert.Contains("uncalcined", w.Why, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, false)]   // LOI of CKD and raw meal given
    [InlineData(false, true)]   // d stated
    public void DefaultCkdRate_MeasuredRate_DoesNotWarn(bool withLoi, bool withRate)
    {
        var py = Plausible.Year(process: KilnProcess.Wet).WithCalcination(c => c with
        {
            CkdLoi = withLoi ? 0.25m : null,
            CkdCalcinationRate = withRate ? 0.6m : null,
        });

        Plausible.None("PY021", py);
    }

    [Fact]
    public void DefaultCkdRate_NoCkdLeaving_DoesNotWarn() =>
        Plausible.None("PY021", Plausible.Year(process: KilnProcess.Wet).WithCalcination(c => c with { CkdLeaving = Mass.Zero, CkdLoi = null }));
}
