using Calcine.Domain.Accounting;
using Calcine.Domain.Accounting.Plausibility;

namespace Calcine.Domain.Tests.Plausibility;

public class RangeTableTests
{
    [Fact]
    public void CustomTable_WiderCaoRange_SilencesTheWarning()
    {
        var py = Plausible.Year().WithClinker(c => c with { Cao = 0.72m });
        var ranges = PlausibilityRangeTable.Default.With(RangeKeys.ClinkerCao,
            new PlausibilityRange(0.60m, 0.75m, "fraction", "white clinker plant, own lab statistics 2015–2024", RangeConfidence.Found));

        Assert.Contains(PlausibilityChecker.Check([py]), w => w.Id == "PY001");
        Assert.DoesNotContain(PlausibilityChecker.Check([py], ranges), w => w.Id == "PY001");
    }

    [Fact]
    public void CustomTable_TighterHeatRange_WarnsWithTheCustomSource()
    {
        var ranges = PlausibilityRangeTable.Default.With(RangeKeys.SpecificHeat(KilnProcess.Dry),
            new PlausibilityRange(2800m, 3100m, "MJ/t clinker", "company benchmark for 5-stage precalciner kilns", RangeConfidence.Found));

        var w = Assert.Single(PlausibilityChecker.Check([Plausible.Year()], ranges));

        Assert.Equal("PY004", w.Id);
        Assert.Equal("2800–3100 MJ/t clinker", w.ExpectedRange);
        Assert.Contains("company benchmark for 5-stage precalciner kilns [F]", w.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void CustomTable_UnknownKey_IsRefused() =>
        Assert.Throws<ArgumentException>(() => PlausibilityRangeTable.Default.With("clinker.coa",
            new PlausibilityRange(0m, 1m, "fraction", "typo", RangeConfidence.Found)));

    [Fact]
    public void CustomTable_DoesNotChangeTheDefault()
    {
        _ = PlausibilityRangeTable.Default.With(RangeKeys.ClinkerMgo, new PlausibilityRange(null, 0.01m, "fraction", "test", RangeConfidence.Found));

        Assert.Equal(0.05m, PlausibilityRangeTable.Default[RangeKeys.ClinkerMgo].Max);
    }

    [Fact]
    public void Range_InvertedBounds_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new PlausibilityRange(2m, 1m, "t", "source", RangeConfidence.Derived));

    [Fact]
    public void Range_NoBound_Throws() =>
        Assert.Throws<ArgumentException>(() => new PlausibilityRange(null, null, "t", "source", RangeConfidence.Derived));

    [Theory]
    [InlineData(0.6, 0.7, "0.6–0.7 fraction")]
    [InlineData(null, 0.05, "≤ 0.05 fraction")]
    [InlineData(0.9, null, "≥ 0.9 fraction")]
    public void Range_Describe_ShowsTheOpenBounds(double? min, double? max, string expected) =>
        Assert.Equal(expected, new PlausibilityRange((decimal?)min, (decimal?)max, "fraction", "s", RangeConfidence.Recalled).Describe());

    [Fact]
    public void Range_Contains_IncludesBothBounds()
    {
        var r = new PlausibilityRange(1m, 2m, "t", "s", RangeConfidence.Recalled);

        Assert.True(r.Contains(1m) && r.Contains(2m));
        Assert.False(r.Contains(0.999m) || r.Contains(2.001m));
    }

    [Fact]
    public void DefaultTable_EveryRangeHasASourceAndAUnit() =>
        Assert.All(PlausibilityRangeTable.Default.All, kv =>
        {
            Assert.False(string.IsNullOrWhiteSpace(kv.Value.Source), kv.Key);
            Assert.False(string.IsNullOrWhiteSpace(kv.Value.Unit), kv.Key);
        });

    [Fact]
    public void DefaultTable_HasAHeatAndGrossRangeForEveryKilnProcess() =>
        Assert.All(Enum.GetValues<KilnProcess>(), p =>
        {
            Assert.True(PlausibilityRangeTable.Default.All.ContainsKey(RangeKeys.SpecificHeat(p)));
            Assert.True(PlausibilityRangeTable.Default.All.ContainsKey(RangeKeys.GrossCo2PerClinker(p)));
        });

    [Fact]
    public void DefaultTable_HeatRangesRiseFromDryToWet()
    {
        var t = PlausibilityRangeTable.Default;
        var lows = new[] { KilnProcess.Dry, KilnProcess.SemiDry, KilnProcess.SemiWet, KilnProcess.Wet }.Select(p => t[RangeKeys.SpecificHeat(p)].Min!.Value).ToList();

        Assert.Equal(lows.Order(), lows);
        Assert.True(t[RangeKeys.SpecificHeat(KilnProcess.Dry)].Max < t[RangeKeys.SpecificHeat(KilnProcess.Wet)].Min);
    }
}
