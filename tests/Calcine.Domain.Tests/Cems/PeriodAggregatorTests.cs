using Calcine.Domain.Cems;

namespace Calcine.Domain.Tests.Cems;

public class PeriodAggregatorTests
{
    private static readonly DateTimeOffset T0 = MinuteData.Local(2025, 3, 1);

    private static PeriodSeries Hours(MinuteData data) => PeriodAggregator.Aggregate(data.Build(), AggregationRules.Hourly);

    [Theory]
    [InlineData(45, PeriodStatus.Valid)]
    [InlineData(44, PeriodStatus.Invalid)]
    [InlineData(60, PeriodStatus.Valid)]
    [InlineData(0, PeriodStatus.Invalid)]
    public void Aggregate_ValidMinuteCount_DecidesHourValidity(int valid, PeriodStatus expected)
    {
        var hours = Hours(new MinuteData(T0).Hour(valid, 3, 10, 40));

        Assert.Equal(expected, hours.Statuses[0]);
        Assert.Equal(valid, hours.ValidMinutes[0]);
    }

    [Fact]
    public void Aggregate_OverRangeFlagT_CountsAsValid()
    {
        var hours = Hours(new MinuteData(T0).Run(45, DataFlag.T, 10, 3, 10, 40).Run(15, DataFlag.D, 10, 3, 10, 40));

        Assert.Equal(PeriodStatus.Valid, hours.Statuses[0]);
    }

    [Theory]
    [InlineData(31, 29, PeriodStatus.Shutdown)]
    [InlineData(30, 30, PeriodStatus.Invalid)]
    [InlineData(6, 4, PeriodStatus.Shutdown)]
    [InlineData(10, 50, PeriodStatus.Valid)]
    public void Aggregate_MoreThanHalfFlaggedF_IsAShutdownHour(int stopped, int running, PeriodStatus expected)
    {
        var hours = Hours(new MinuteData(T0).Run(stopped, DataFlag.F, 20.6, 0, 0, 0).Run(running, DataFlag.N, 11, 3, 10, 40));

        Assert.Equal(expected, hours.Statuses[0]);
        Assert.Equal(stopped, hours.ShutdownMinutes[0]);
        Assert.Equal(stopped + running, hours.RecordCounts[0]);
    }

    [Fact]
    public void Aggregate_HourlyValue_IsMeanOfValidMinutesEachCorrectedWithItsOwnO2()
    {
        var data = new MinuteData(T0);
        double sumPm = 0, sumNox = 0;
        for (var m = 0; m < 60; m++)
        {
            var o2 = 9.5 + (m % 7 * 0.5);
            var pm = 2 + (m % 5);
            var nox = 30 + m;
            var flag = m % 10 == 3 ? DataFlag.C : DataFlag.N;
            data.Add(T0.AddMinutes(m), flag, o2, pm, 10, flag == DataFlag.C ? 900 : nox);
            if (flag == DataFlag.N)
            {
                sumPm += pm * 11.0 / (21 - o2);
                sumNox += nox * 11.0 / (21 - o2);
            }
        }

        var hours = Hours(data);

        Assert.Equal(54, hours.ValidMinutes[0]);
        Assert.Equal(sumPm / 54, hours.Values(0)[0], 12);
        Assert.Equal(sumNox / 54, hours.Values(2)[0], 12);
    }

    [Fact]
    public void Aggregate_ChannelWithoutReferenceO2_AveragesMeasuredValues()
    {
        var hours = Hours(new MinuteData(T0, referenceO2: null, Pollutant.Pm).Run(30, DataFlag.N, 20.8, 4).Run(30, DataFlag.N, 20.9, 6));

        Assert.Equal(5.0, hours.Values(0)[0], 12);
    }

    [Fact]
    public void Aggregate_InvalidAndShutdownHours_HaveNoValue()
    {
        var hours = Hours(new MinuteData(T0).Hour(30, 3, 10, 40).ShutdownHour());

        Assert.True(double.IsNaN(hours.Values(0)[0]));
        Assert.True(double.IsNaN(hours.Values(0)[1]));
    }

    [Fact]
    public void Aggregate_HoursAreLocalClockHoursInTheRecordsOffset()
    {
        // 00:30 to 01:29 Beijing time: two clock hours, 00:00 and 01:00 +08:00.
        var hours = Hours(new MinuteData(T0.AddMinutes(30)).Run(60, DataFlag.N, 10, 3, 10, 40));

        Assert.Equal(2, hours.Count);
        Assert.Equal(T0, hours.Starts[0]);
        Assert.Equal(TimeSpan.FromHours(8), hours.Starts[0].Offset);
        Assert.Equal(T0.AddHours(1), hours.Starts[1]);
        Assert.Equal(30, hours.RecordCounts[0]);
    }

    [Fact]
    public void Aggregate_HoursWithoutRecords_AreInsertedAsInvalid()
    {
        var data = new MinuteData(T0).Hour(60, 3, 10, 40).SkipTo(T0.AddHours(3)).Hour(60, 3, 10, 40);

        var hours = Hours(data);

        Assert.Equal(4, hours.Count);
        Assert.Equal([PeriodStatus.Valid, PeriodStatus.Invalid, PeriodStatus.Invalid, PeriodStatus.Valid], hours.Statuses.ToArray());
        Assert.Equal(T0.AddHours(2), hours.Starts[2]);
        Assert.Equal(0, hours.RecordCounts[1]);
        Assert.Equal(2, hours.CountEmptyPeriods());
    }

    [Fact]
    public void Aggregate_OffsetChangeAtHourBoundary_GivesAdjacentHoursWithoutGap()
    {
        // EU summer time: 01:59+01:00 is followed by 03:00+02:00.
        var cet = TimeSpan.FromHours(1);
        var cest = TimeSpan.FromHours(2);
        var data = new MinuteData(new DateTimeOffset(2025, 3, 30, 1, 0, 0, cet)).Run(60, DataFlag.N, 10, 3, 10, 40)
            .SkipTo(new DateTimeOffset(2025, 3, 30, 3, 0, 0, cest)).Run(60, DataFlag.N, 10, 3, 10, 40);

        var hours = Hours(data);

        Assert.Equal(2, hours.Count);
        Assert.Equal(new DateTimeOffset(2025, 3, 30, 3, 0, 0, cest), hours.Starts[1]);
        Assert.Equal(PeriodStatus.Valid, hours.Statuses[1]);
    }

    [Theory]
    [InlineData(20, PeriodStatus.Valid)]
    [InlineData(19, PeriodStatus.Invalid)]
    public void Aggregate_HalfHours_NeedTwentyValidMinutes(int valid, PeriodStatus expected)
    {
        var data = new MinuteData(T0).Run(valid, DataFlag.N, 10, 3, 10, 40).Run(30 - valid, DataFlag.M, 10, 3, 10, 40)
            .Run(30, DataFlag.N, 10, 5, 10, 40);

        var halfHours = PeriodAggregator.Aggregate(data.Build(), AggregationRules.HalfHourly);

        Assert.Equal(2, halfHours.Count);
        Assert.Equal(expected, halfHours.Statuses[0]);
        Assert.Equal(T0.AddMinutes(30), halfHours.Starts[1]);
        Assert.Equal(5.0, halfHours.Values(0)[1], 12);
    }
}
