using Calcine.Domain.Cems;
using Calcine.Domain.Cems.Quality;

namespace Calcine.Domain.Tests.Cems.Quality;

public class FlagRollupTests
{
    private static readonly DateTimeOffset T0 = MinuteData.Local(2025, 3, 1);

    [Theory]
    [InlineData(10, 12, DataFlag.N)]
    [InlineData(9, 12, DataFlag.D)]
    [InlineData(46, 60, DataFlag.N)]
    [InlineData(45, 60, DataFlag.D)]
    [InlineData(19, 24, DataFlag.N)]
    [InlineData(18, 24, DataFlag.D)]
    [InlineData(0, 0, DataFlag.D)]
    public void Aggregate_MoreThanThreeQuartersNormal_IsN(int normal, int lower, DataFlag expected) =>
        Assert.Equal(expected, FlagRollup.Aggregate(normal, lower));

    [Fact]
    public void Aggregate_RealTimeValuesOfOneMinute_CountsOnlyNAsNormal()
    {
        DataFlag[] tenNormal = [.. Enumerable.Repeat(DataFlag.N, 10), DataFlag.T, DataFlag.C];
        DataFlag[] nineNormal = [.. Enumerable.Repeat(DataFlag.N, 9), DataFlag.T, DataFlag.T, DataFlag.C];

        Assert.Equal(DataFlag.N, FlagRollup.Aggregate(tenNormal, 12));
        Assert.Equal(DataFlag.D, FlagRollup.Aggregate(nineNormal, 12));
    }

    [Fact]
    public void Aggregate_MissingRealTimeValues_CountAgainstTheMinute()
    {
        // Ten normal values received of twelve expected (5 s sampling): 10/12 > 75 %; nine of twelve is not.
        Assert.Equal(DataFlag.N, FlagRollup.Aggregate([.. Enumerable.Repeat(DataFlag.N, 10)], 12));
        Assert.Equal(DataFlag.D, FlagRollup.Aggregate([.. Enumerable.Repeat(DataFlag.N, 9)], 12));
    }

    [Fact]
    public void Aggregate_MoreNormalThanLower_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => FlagRollup.Aggregate(5, 4));

    [Theory]
    [InlineData(46, DataFlag.N)]
    [InlineData(45, DataFlag.D)]
    public void PeriodAggregator_HourFlag_FollowsTheSeventyFivePercentRule(int normalMinutes, DataFlag expected)
    {
        var hours = PeriodAggregator.Aggregate(new MinuteData(T0).Hour(normalMinutes, 3, 10, 40).Build(), AggregationRules.Hourly);

        Assert.Equal(expected, hours.Flags[0]);
        Assert.Equal(normalMinutes, hours.NormalMinutes[0]);
        Assert.Equal(PeriodStatus.Valid, hours.Statuses[0]);
    }

    [Fact]
    public void PeriodAggregator_HourOfOverRangeMinutes_IsValidButFlaggedD()
    {
        var hours = PeriodAggregator.Aggregate(new MinuteData(T0).Run(60, DataFlag.T, 10, 3, 10, 40).Build(), AggregationRules.Hourly);

        Assert.Equal(PeriodStatus.Valid, hours.Statuses[0]);
        Assert.Equal(DataFlag.D, hours.Flags[0]);
    }

    [Fact]
    public void PeriodAggregator_HourWithMissingMinutes_CountsThemAsNotNormal()
    {
        // 46 normal minutes received and nothing else: 46/60 > 75 %; 45 received: 45/60 is not.
        var with46 = PeriodAggregator.Aggregate(new MinuteData(T0).Run(46, DataFlag.N, 10, 3, 10, 40).Build(), AggregationRules.Hourly);
        var with45 = PeriodAggregator.Aggregate(new MinuteData(T0).Run(45, DataFlag.N, 10, 3, 10, 40).Build(), AggregationRules.Hourly);

        Assert.Equal(DataFlag.N, with46.Flags[0]);
        Assert.Equal(DataFlag.D, with45.Flags[0]);
    }

    [Fact]
    public void PeriodAggregator_EmptyHourInsideTheSpan_IsFlaggedD()
    {
        var data = new MinuteData(T0).Hour(60, 3, 10, 40).SkipTo(T0.AddHours(2)).Hour(60, 3, 10, 40);

        var hours = PeriodAggregator.Aggregate(data.Build(), AggregationRules.Hourly);

        Assert.Equal([DataFlag.N, DataFlag.D, DataFlag.N], hours.Flags.ToArray());
    }
}
