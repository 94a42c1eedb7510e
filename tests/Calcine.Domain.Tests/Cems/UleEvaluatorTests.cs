using Calcine.Domain.Cems;
using Calcine.Domain.Cems.China;
using Calcine.Domain.Cems.Limits;

namespace Calcine.Domain.Tests.Cems;

public class UleEvaluatorTests
{
    private static readonly DateTimeOffset T0 = MinuteData.Local(2025, 3, 1);

    private static UleEvaluation Evaluate(MinuteData data, LimitSet? ule = null, LimitSet? standard = null)
    {
        var result = UleEvaluator.Evaluate(data.Build(), UleRules.For(ule ?? LimitCatalog.CnUle2024Kiln), standard ?? LimitCatalog.Gb4915KilnTail);
        Assert.True(result.Success, string.Join("; ", result.Errors));
        return result.Value;
    }

    private static PollutantMonth Month(UleEvaluation e, Pollutant p, int month = 0) =>
        e.Months[month].Pollutants.Single(x => x.Pollutant == p);

    /// <summary><paramref name="validHours"/> valid hours, the first <paramref name="aboveUle"/> with NOx 60, the rest 40.</summary>
    private static MinuteData NoxHours(int validHours, int aboveUle)
    {
        var data = new MinuteData(T0);
        for (var h = 0; h < validHours; h++)
        {
            data.Hour(60, 3, 10, h < aboveUle ? 60 : 40);
        }

        return data;
    }

    [Theory]
    [InlineData(20, 1, 0.95, true)]
    [InlineData(20, 2, 0.90, false)]
    [InlineData(20, 0, 1.0, true)]
    public void Evaluate_UleRatio_PassesAtNinetyFivePercent(int validHours, int aboveUle, double ratio, bool pass)
    {
        var nox = Month(Evaluate(NoxHours(validHours, aboveUle)), Pollutant.Nox);

        Assert.Equal(validHours, nox.ValidHours);
        Assert.Equal(validHours - aboveUle, nox.HoursWithinUle);
        Assert.Equal(ratio, nox.UleRatio!.Value, 12);
        Assert.Equal(pass, nox.UlePass);
    }

    [Fact]
    public void Evaluate_HourExactlyAtUleLimit_CountsAsWithin()
    {
        var pm = Month(Evaluate(new MinuteData(T0).Hour(60, 10.0, 10, 40).Hour(60, 10.000001, 10, 40)), Pollutant.Pm);

        Assert.Equal(1, pm.HoursWithinUle);
        Assert.Equal(1, pm.HoursAboveUle);
    }

    [Fact]
    public void Evaluate_CaptureRate_ExcludesShutdownHours()
    {
        var data = new MinuteData(T0);
        for (var h = 0; h < 10; h++)
        {
            data.Hour(50, 3, 10, 40);
        }

        data.Hour(44, 3, 10, 40).Hour(20, 3, 10, 40).ShutdownHour().ShutdownHour().ShutdownHour();

        var so2 = Month(Evaluate(data), Pollutant.So2);

        Assert.Equal((10, 2, 3), (so2.ValidHours, so2.InvalidHours, so2.ShutdownHours));
        Assert.Equal(10.0 / 12.0, so2.CaptureRate!.Value, 15);
    }

    [Fact]
    public void Evaluate_MaxHourly_IsOverValidHoursOnly()
    {
        // The invalid hour's minutes (NOx 300) must not set the maximum.
        var nox = Month(Evaluate(new MinuteData(T0).Hour(60, 3, 10, 42).Hour(30, 3, 10, 300).Hour(60, 3, 10, 47)), Pollutant.Nox);

        Assert.Equal(47.0, nox.MaxHourly!.Value, 12);
    }

    [Fact]
    public void Evaluate_MonthWithoutValidHours_IsNotAssessable()
    {
        var pm = Month(Evaluate(new MinuteData(T0).ShutdownHour().Hour(10, 3, 10, 40)), Pollutant.Pm);

        Assert.Null(pm.UleRatio);
        Assert.Null(pm.UlePass);
        Assert.Null(pm.MaxHourly);
        Assert.Equal(0.0, pm.CaptureRate);
    }

    [Theory]
    [InlineData(LimitCatalog.Gb4915General, 0)]
    [InlineData(LimitCatalog.Gb4915Special, 1)]
    public void Evaluate_StandardExceedance_DependsOnGeneralOrSpecialLimits(string standardId, int expectedExceedances)
    {
        var e = Evaluate(new MinuteData(T0).Hour(60, 3, 10, 350), standard: LimitCatalog.Standard(standardId, SourceType.KilnTail));

        var nox = Month(e, Pollutant.Nox);
        Assert.Equal(expectedExceedances, nox.StandardExceedances.Count);
        if (expectedExceedances == 1)
        {
            Assert.Equal(new HourExceedance(T0, 350.0, 320.0), nox.StandardExceedances[0]);
        }
    }

    [Fact]
    public void Evaluate_StandardExceedance_IsStrictlyAboveTheLimit()
    {
        var pm = Month(Evaluate(new MinuteData(T0).Hour(60, 30.0, 10, 40).Hour(60, 31.2, 10, 40)), Pollutant.Pm);

        var x = Assert.Single(pm.StandardExceedances);
        Assert.Equal(T0.AddHours(1), x.Hour);
        Assert.Equal(31.2, x.Value, 12);
        Assert.Equal(30.0, x.Limit);
    }

    [Fact]
    public void Evaluate_MonthsAreLocalCalendarMonths()
    {
        // 2025-04-01T00:00+08:00 is still 31 March in UTC; it belongs to April.
        var data = new MinuteData(MinuteData.Local(2025, 3, 31, 23)).Hour(60, 3, 10, 40).Hour(60, 3, 10, 60).Hour(60, 3, 10, 40);

        var e = Evaluate(data);

        Assert.Equal(["2025-03", "2025-04"], e.Months.Select(m => m.Key));
        Assert.Equal(1, Month(e, Pollutant.Nox, 0).ValidHours);
        Assert.Equal(2, Month(e, Pollutant.Nox, 1).ValidHours);
        Assert.Equal(0.5, Month(e, Pollutant.Nox, 1).UleRatio);
    }

    [Fact]
    public void Evaluate_MonthsInUtcOffset_FollowTheUtcCalendar()
    {
        var utc = new DateTimeOffset(2025, 3, 31, 23, 0, 0, TimeSpan.Zero);
        var data = new MinuteData(utc).Run(120, DataFlag.N, 10, 3, 10, 40);

        Assert.Equal(["2025-03", "2025-04"], Evaluate(data).Months.Select(m => m.Key));
    }

    [Fact]
    public void Evaluate_ConsecutiveExceedingHours_MergeIntoOneEvent()
    {
        // NOx hours: 60, 70, 45, 80, invalid, 65 -> ULE events [0,1], [3], [5].
        var data = new MinuteData(T0).Hour(60, 3, 10, 60).Hour(60, 3, 10, 70).Hour(60, 3, 10, 45).Hour(60, 3, 10, 80).Hour(20, 3, 10, 90).Hour(60, 3, 10, 65);

        var events = Evaluate(data).Events.Where(x => x.Pollutant == Pollutant.Nox && x.Against == LimitKind.Target).ToList();

        Assert.Equal(3, events.Count);
        Assert.Equal(T0, events[0].Start);
        Assert.Equal(T0.AddHours(2), events[0].End);
        Assert.Equal(2, events[0].Periods);
        Assert.Equal(TimeSpan.FromHours(2), events[0].Duration);
        Assert.Equal(T0.AddHours(1), events[0].PeakPeriod);
        Assert.Equal(70.0, events[0].Peak, 12);
        Assert.Equal(0.4, events[0].PeakExceedanceMultiple, 12);
        Assert.Equal((T0.AddHours(3), 1), (events[1].Start, events[1].Periods));
        Assert.Equal((T0.AddHours(5), 65.0), (events[2].Start, events[2].Peak));
    }

    [Fact]
    public void Evaluate_Event_HasTheMeanOfItsHours()
    {
        // NOx hours 60, 70, 80 above the 50 target, then 45: one event whose hours average 70.
        var data = new MinuteData(T0).Hour(60, 3, 10, 60).Hour(60, 3, 10, 70).Hour(60, 3, 10, 80).Hour(60, 3, 10, 45);

        var e = Assert.Single(Evaluate(data).Events, x => x.Pollutant == Pollutant.Nox && x.Against == LimitKind.Target);

        Assert.Equal(3, e.Periods);
        Assert.Equal(70.0, e.Mean, 12);
    }

    [Fact]
    public void Evaluate_StandardEvents_AreSeparateFromUleEvents()
    {
        var data = new MinuteData(T0).Hour(60, 3, 10, 450).Hour(60, 3, 10, 420).Hour(60, 3, 10, 60);

        var events = Evaluate(data).Events.Where(x => x.Pollutant == Pollutant.Nox).ToList();

        var legal = Assert.Single(events, x => x.Against == LimitKind.Standard);
        Assert.Equal((2, 450.0, 400.0), (legal.Periods, legal.Peak, legal.Limit));
        Assert.Equal(0.125, legal.PeakExceedanceMultiple, 12);
        Assert.Equal(3, Assert.Single(events, x => x.Against == LimitKind.Target).Periods);
    }

    [Fact]
    public void Evaluate_LimitsAreEffectiveDated_AndAChangeSplitsAnEvent()
    {
        // Independent-heat dryer: GB 4915 NOx 400 until 2026-03-31, 80 from the 2026 amendment (2026-04-01).
        var start = MinuteData.Local(2026, 3, 31, 22);
        var data = new MinuteData(start, 8).Hour(60, 3, 10, 300).Hour(60, 3, 10, 300).Hour(60, 3, 10, 300);

        var e = Evaluate(data, LimitCatalog.CnUle2024Dryer, LimitCatalog.Gb4915Dryer);

        Assert.Empty(Month(e, Pollutant.Nox, 0).StandardExceedances);
        Assert.Equal(80.0, Assert.Single(Month(e, Pollutant.Nox, 1).StandardExceedances).Limit);
        var legal = Assert.Single(e.Events, x => x.Pollutant == Pollutant.Nox && x.Against == LimitKind.Standard);
        Assert.Equal(MinuteData.Local(2026, 4, 1), legal.Start);
        Assert.Single(e.Events, x => x.Pollutant == Pollutant.Nox && x.Against == LimitKind.Target);
    }

    [Fact]
    public void Evaluate_KilnHead_EvaluatesDustOnMeasuredConcentration()
    {
        // Cooler exhaust at 20.8 % O2: corrected it would be 55 times higher.
        var data = new MinuteData(T0, null).Run(60, DataFlag.N, 20.8, 8, 0, 0).Run(60, DataFlag.N, 20.8, 12, 0, 0);

        var e = Evaluate(data, LimitCatalog.CnUle2024KilnHead, LimitCatalog.Gb4915KilnHead);

        Assert.Equal([Pollutant.Pm], e.Pollutants);
        var pm = Month(e, Pollutant.Pm);
        Assert.Equal(12.0, pm.MaxHourly!.Value, 12);
        Assert.Equal(1, pm.HoursWithinUle);
    }

    [Fact]
    public void Evaluate_ChannelsNotCorrectedToTheRuleSetsReferenceO2_AreRefused()
    {
        var series = new MinuteData(T0, null).Hour(60, 3, 10, 40).Build();

        var result = UleEvaluator.Evaluate(series, UleRules.For(LimitCatalog.CnUle2024Kiln), LimitCatalog.Gb4915KilnTail);

        Assert.False(result.Success);
        Assert.Contains(result.Errors, e => e.Path == "channels.pm.referenceO2");
    }

    [Fact]
    public void Evaluate_StandardForAnotherSource_IsRefused()
    {
        var series = new MinuteData(T0).Hour(60, 3, 10, 40).Build();

        var result = UleEvaluator.Evaluate(series, UleRules.For(LimitCatalog.CnUle2024Kiln), LimitCatalog.Gb4915KilnHead);

        Assert.Equal("standard", Assert.Single(result.Errors).Path);
    }

    [Fact]
    public void Evaluate_GapHours_CountAsInvalid()
    {
        var data = new MinuteData(T0).Hour(60, 3, 10, 40).SkipTo(T0.AddHours(5)).Hour(60, 3, 10, 40);

        var pm = Month(Evaluate(data), Pollutant.Pm);

        Assert.Equal((2, 4), (pm.ValidHours, pm.InvalidHours));
        Assert.Equal(2.0 / 6.0, pm.CaptureRate!.Value, 15);
    }
}
