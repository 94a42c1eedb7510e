using Calcine.Domain.Cems;
using Calcine.Domain.Cems.Eu;
using Calcine.Domain.Cems.Limits;

namespace Calcine.Domain.Tests.Cems;

public class LimitCatalogTests
{
    private static readonly DateOnly Mid2025 = new(2025, 6, 1);

    private static double Value(LimitSet set, Pollutant p, DateOnly? date = null) => set.LimitAt(p, date ?? Mid2025)!.Value;

    [Fact]
    public void CnUle2024Kiln_Is_10_35_50_HourlyAtTenPercentO2()
    {
        var s = LimitCatalog.CnUle2024Kiln;

        Assert.Equal("cn-ule-2024-kiln", s.Id);
        Assert.Equal((10.0, 35.0, 50.0), (Value(s, Pollutant.Pm), Value(s, Pollutant.So2), Value(s, Pollutant.Nox)));
        Assert.Equal(10.0, s.ReferenceO2Percent);
        Assert.Equal(Averaging.Hour, s.Averaging);
        Assert.Equal(Confidence.VerifiedSecondary, s.LimitAt(Pollutant.Nox, Mid2025)!.Confidence);
    }

    [Theory]
    [InlineData("cn-ule-2024-kiln-head", SourceType.KilnHead)]
    [InlineData("cn-ule-2024-other", SourceType.OtherVentilated)]
    public void CnUle2024OtherSources_AreDustTenOnMeasuredConcentration_Unverified(string id, SourceType source)
    {
        var s = LimitCatalog.Ule(id)!;

        Assert.Equal(source, s.Source);
        Assert.Null(s.ReferenceO2Percent);
        Assert.Equal(10.0, Value(s, Pollutant.Pm));
        Assert.Null(s.LimitAt(Pollutant.Nox, Mid2025));
        Assert.Equal(Confidence.Unverified, s.LimitAt(Pollutant.Pm, Mid2025)!.Confidence);
    }

    [Fact]
    public void Gb4915KilnTail_GeneralAndSpecialLimits()
    {
        var general = LimitCatalog.Standard("gb4915-2013", SourceType.KilnTail)!;
        var special = LimitCatalog.Standard("gb4915-2013-special", SourceType.KilnTail)!;

        Assert.Equal((30.0, 200.0, 400.0), (Value(general, Pollutant.Pm), Value(general, Pollutant.So2), Value(general, Pollutant.Nox)));
        Assert.Equal((20.0, 100.0, 320.0), (Value(special, Pollutant.Pm), Value(special, Pollutant.So2), Value(special, Pollutant.Nox)));
        Assert.Equal(10.0, general.ReferenceO2Percent);
    }

    [Fact]
    public void Gb4915Amendment2026_ChangesDryerLimitsFromAprilFirst()
    {
        var dryer = LimitCatalog.Gb4915Dryer;
        var before = new DateOnly(2026, 3, 31);
        var after = new DateOnly(2026, 4, 1);

        Assert.Equal(8.0, dryer.ReferenceO2Percent);
        Assert.Equal((30.0, 600.0, 400.0), (Value(dryer, Pollutant.Pm, before), Value(dryer, Pollutant.So2, before), Value(dryer, Pollutant.Nox, before)));
        Assert.Equal((10.0, 50.0, 80.0), (Value(dryer, Pollutant.Pm, after), Value(dryer, Pollutant.So2, after), Value(dryer, Pollutant.Nox, after)));
        Assert.Equal(8.0, Value(dryer, Pollutant.Nh3, after));
        Assert.Null(dryer.LimitAt(Pollutant.Nh3, before));
    }

    [Fact]
    public void Gb4915Amendment2026_KeepsKilnTailDustSo2NoxButMarksThemUnverified()
    {
        var kiln = LimitCatalog.Gb4915KilnTail;
        var after = new DateOnly(2026, 4, 1);

        Assert.Equal(400.0, Value(kiln, Pollutant.Nox, after));
        Assert.Equal(Confidence.Unverified, kiln.LimitAt(Pollutant.Nox, after)!.Confidence);
        Assert.Equal(Confidence.VerifiedSecondary, kiln.LimitAt(Pollutant.Nox, Mid2025)!.Confidence);
    }

    [Theory]
    [InlineData(SourceType.KilnHead, 30.0, 20.0)]
    [InlineData(SourceType.OtherVentilated, 20.0, 10.0)]
    public void Gb4915OtherSources_DustOnly(SourceType source, double general, double special)
    {
        Assert.Equal(general, Value(LimitCatalog.Standard(LimitCatalog.Gb4915General, source)!, Pollutant.Pm));
        Assert.Equal(special, Value(LimitCatalog.Standard(LimitCatalog.Gb4915Special, source)!, Pollutant.Pm));
    }

    [Fact]
    public void EuIedCementKiln_IsDailyThirtyFiftyFiveHundred_WithConfidenceIntervals()
    {
        var rules = EuIedRules.CementKilnCoIncineration;
        var s = rules.DailyLimits;

        Assert.Equal(Averaging.Day, s.Averaging);
        Assert.Equal(10.0, s.ReferenceO2Percent);
        Assert.Equal((30.0, 50.0, 500.0), (Value(s, Pollutant.Pm), Value(s, Pollutant.So2), Value(s, Pollutant.Nox)));
        Assert.Equal((9.0, 10.0, 100.0), (rules.ConfidenceInterval(Pollutant.Pm, 30), rules.ConfidenceInterval(Pollutant.So2, 50), rules.ConfidenceInterval(Pollutant.Nox, 500)));
        Assert.Equal((5, 10), (rules.MaxDiscardedHalfHoursPerDay, rules.MaxDiscardedDaysPerYear));
    }

    [Fact]
    public void EveryUleSet_HasBothGb4915VariantsForItsSource_AtTheSameReferenceO2()
    {
        foreach (var ule in LimitCatalog.UleSets)
        {
            foreach (var id in LimitCatalog.StandardIds)
            {
                var standard = LimitCatalog.Standard(id, ule.Source);
                Assert.NotNull(standard);
                Assert.Equal(ule.ReferenceO2Percent, standard.ReferenceO2Percent);
            }
        }
    }

    [Fact]
    public void VersionAt_BeforeTheFirstVersion_UsesItRetrospectively()
    {
        var s = LimitCatalog.CnUle2024Kiln;
        var old = new DateOnly(2020, 1, 1);

        Assert.Same(s.Versions[0], s.VersionAt(old));
        Assert.True(s.IsRetrospective(old));
        Assert.False(s.IsRetrospective(Mid2025));
    }

    [Fact]
    public void LimitSet_VersionsOutOfOrder_AreRejected()
    {
        var v1 = new LimitVersion(new DateOnly(2026, 1, 1), [new EmissionLimit(Pollutant.Pm, 10, Confidence.Unverified)], "a");
        var v2 = new LimitVersion(new DateOnly(2025, 1, 1), [new EmissionLimit(Pollutant.Pm, 20, Confidence.Unverified)], "b");

        Assert.Throws<ArgumentException>(() => new LimitSet("x", "x", SourceType.KilnTail, 10, Averaging.Hour, [v1, v2]));
    }

    [Fact]
    public void SiteSpecificLimitSet_IsUsedByTheEvaluator()
    {
        // A provincial standard stricter than GB 4915 (e.g. NOx 100) is data, not code.
        var anhui = new LimitSet("anhui-2020", "provincial", SourceType.KilnTail, 10, Averaging.Hour,
            [new LimitVersion(new DateOnly(2020, 1, 1), [new EmissionLimit(Pollutant.Nox, 100, Confidence.VerifiedSecondary)], "DB34")]);
        var data = new MinuteData(MinuteData.Local(2025, 3, 1)).Hour(60, 3, 10, 150);

        var e = Calcine.Domain.Cems.China.UleEvaluator.Evaluate(data.Build(), Calcine.Domain.Cems.China.UleRules.For(LimitCatalog.CnUle2024Kiln), anhui).Value;

        var nox = e.Months[0].Pollutants.Single(p => p.Pollutant == Pollutant.Nox);
        Assert.Equal(100.0, Assert.Single(nox.StandardExceedances).Limit);
        Assert.Empty(e.Months[0].Pollutants.Single(p => p.Pollutant == Pollutant.Pm).StandardExceedances);
    }
}
