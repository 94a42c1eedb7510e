using Calcine.Domain.Cems;
using Calcine.Domain.Cems.Quality;

namespace Calcine.Domain.Tests.Cems.Quality;

public class QualityRatesTests
{
    private static readonly DateTimeOffset T0 = MinuteData.Local(2025, 3, 1);

    private static (IReadOnlyList<DailyQuality> Days, PeriodSeries Hours) Daily(MinuteData data, bool[]? anomalous = null)
    {
        var minutes = data.Build();
        var hours = PeriodAggregator.Aggregate(minutes, AggregationRules.Hourly);
        return (QualityRates.Daily(minutes, hours, anomalous ?? new bool[minutes.Count]), hours);
    }

    [Fact]
    public void Daily_FullDayOfNormalMinutes_HasRatesOfOneAndFlagN()
    {
        var data = new MinuteData(T0);
        for (var h = 0; h < 24; h++)
        {
            data.Hour(60, 3, 10, 40);
        }

        var day = Assert.Single(Daily(data).Days);

        Assert.Equal((24, 24, 24 * 60, 24 * 60), (day.Hours, day.ValidHours, day.ExpectedRecords, day.ReceivedRecords));
        Assert.Equal(1.0, day.TransmissionRate);
        Assert.Equal(1.0, day.ValidRate);
        Assert.Equal(DataFlag.N, day.Flag);
        Assert.True(day.Valid);
    }

    [Fact]
    public void Daily_ShutdownHours_AreLeftOutOfExpectedAndReceived()
    {
        // 20 running hours, then a 4-hour stop sending F records, with 6 running minutes missing.
        var minutes = Enumerable.Range(0, 24 * 60).Where(m => m is not (>= 100 and < 106)).ToHashSet();
        var thinned = new MinuteData(T0);
        for (var m = 0; m < 24 * 60; m++)
        {
            if (minutes.Contains(m))
            {
                var stopped = m >= 20 * 60;
                thinned.Add(T0.AddMinutes(m), stopped ? DataFlag.F : DataFlag.N, stopped ? 20.6 : 10, stopped ? new double[] { 0, 0, 0 } : new double[] { 3, 10, 40 });
            }
        }

        var day = Assert.Single(Daily(thinned).Days);

        Assert.Equal(4, day.ShutdownHours);
        Assert.Equal(20 * 60, day.ExpectedRecords);
        Assert.Equal((20 * 60) - 6, day.ReceivedRecords);
        Assert.Equal(((20 * 60) - 6) / (20.0 * 60), day.TransmissionRate!.Value, 12);
        Assert.Equal(1.0, day.ValidRate);
        Assert.True(day.Valid);
        Assert.Equal(DataFlag.N, day.Flag);
    }

    [Fact]
    public void Daily_AnomalousAndNonNormalMinutes_LowerTheValidRateOnly()
    {
        var data = new MinuteData(T0).Hour(50, 3, 10, 40).Run(60, DataFlag.T, 10, 3, 10, 40);
        var anomalous = new bool[120];
        anomalous[0] = anomalous[1] = true;

        var day = Assert.Single(Daily(data, anomalous).Days);

        Assert.Equal(1.0, day.TransmissionRate);
        Assert.Equal((50 - 2) / 120.0, day.ValidRate!.Value, 12);
        Assert.Equal(day.TransmissionRate!.Value * day.ValidRate!.Value, day.TransmissionValidRate!.Value, 12);
        Assert.Equal(1, day.NormalHours);
    }

    [Fact]
    public void Daily_DayOfOnlyShutdownHours_HasNoRates()
    {
        var day = Assert.Single(Daily(new MinuteData(T0).ShutdownHour().ShutdownHour()).Days);

        Assert.Null(day.TransmissionRate);
        Assert.Null(day.ValidRate);
        Assert.Null(day.TransmissionValidRate);
        Assert.Equal(DataFlag.D, day.Flag);
    }

    [Fact]
    public void Daily_HoursAcrossMidnight_SplitIntoLocalDays()
    {
        var data = new MinuteData(T0.AddHours(22)).Hour(60, 3, 10, 40).Hour(60, 3, 10, 40).Hour(60, 3, 10, 40);

        var days = Daily(data).Days;

        Assert.Equal([new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 2)], days.Select(d => d.Date));
        Assert.Equal([2, 1], days.Select(d => d.Hours));
        Assert.False(days[0].Valid);
    }

    [Fact]
    public void Quarterly_CaptureRate_ExcludesShutdownFromBothSides()
    {
        // Q1 ends 2025-03-31 24:00 local: 3 valid, 1 invalid, 2 shutdown hours; then 1 valid hour in Q2.
        var start = MinuteData.Local(2025, 3, 31, 18);
        var data = new MinuteData(start).Hour(60, 3, 10, 40).Hour(60, 3, 10, 40).Hour(10, 3, 10, 40).ShutdownHour().ShutdownHour().Hour(60, 3, 10, 40)
            .Hour(60, 3, 10, 40);
        var hours = PeriodAggregator.Aggregate(data.Build(), AggregationRules.Hourly);

        var quarters = QualityRates.Quarterly(hours);

        Assert.Equal(["2025-Q1", "2025-Q2"], quarters.Select(q => q.Key));
        Assert.Equal((6, 2, 1, 3), (quarters[0].Hours, quarters[0].ShutdownHours, quarters[0].InvalidHours, quarters[0].ValidHours));
        Assert.Equal((6.0 - 2 - 1) / (6 - 2), quarters[0].CaptureRate!.Value, 12);
        Assert.Equal(1.0, quarters[1].CaptureRate);
    }

    [Fact]
    public void Quarterly_OnlyShutdownHours_HasNoCaptureRate()
    {
        var hours = PeriodAggregator.Aggregate(new MinuteData(T0).ShutdownHour().Build(), AggregationRules.Hourly);

        Assert.Null(Assert.Single(QualityRates.Quarterly(hours)).CaptureRate);
    }
}
