using Calcine.Domain.Cems;
using Calcine.Domain.Cems.Processing;

namespace Calcine.Domain.Tests.Cems.Processing;

public class LevelAggregatorTests
{
    [Theory]
    [InlineData(60, 46, 0, DataFlag.N)] // 76.7 % normal
    [InlineData(60, 45, 0, DataFlag.D)] // exactly 75 % is not "more than"
    [InlineData(60, 10, 31, DataFlag.F)] // mostly stopped
    [InlineData(60, 10, 30, DataFlag.D)] // half stopped is not "mostly"
    [InlineData(0, 0, 0, DataFlag.D)]
    public void FlagRule_SharesOfNormal_GiveTheAggregateFlag(int total, int normal, int stopped, DataFlag expected) =>
        Assert.Equal(expected, FlagRule.Aggregate(total, normal, stopped));

    [Fact]
    public void Aggregate_MeanOfValidOnly_OverRangeIsValidButNotNormal()
    {
        double[] values = [1, 2, 100, 3];
        DataFlag[] flags = [DataFlag.N, DataFlag.T, DataFlag.C, DataFlag.N];

        var a = LevelAggregator.Aggregate(values, flags, minimumValid: 3, expected: 4);

        Assert.Equal((2.0, 3, 4), (a.Mean, a.ValidCount, a.Count));
        Assert.Equal(DataFlag.D, a.Flag); // 2 of 4 normal

        var allOverRange = LevelAggregator.Aggregate([1.0, 2.0], [DataFlag.T, DataFlag.T], minimumValid: 1, expected: 2);
        Assert.Equal((1.5, DataFlag.D), (allOverRange.Mean, allOverRange.Flag));
    }

    [Fact]
    public void Aggregate_TooFewValid_HasNoMean()
    {
        var a = LevelAggregator.Aggregate([1.0, 2.0], [DataFlag.N, DataFlag.N], minimumValid: 3, expected: 2);

        Assert.False(a.HasValue);
        Assert.Equal(DataFlag.N, a.Flag);
    }

    [Fact]
    public void Aggregate_MissingLowerLevelValues_CountAgainstTheFlag()
    {
        var values = Enumerable.Repeat(5.0, 40).ToArray();
        var flags = Enumerable.Repeat(DataFlag.N, 40).ToArray();

        var a = LevelAggregator.Aggregate(values, flags, minimumValid: 1, expected: 60);

        Assert.Equal(DataFlag.D, a.Flag);
        Assert.Equal(5.0, a.Mean);
    }

    [Fact]
    public void Aggregate_NonFiniteValueFlaggedValid_IsNotCounted()
    {
        var a = LevelAggregator.Aggregate([double.NaN, 4.0], [DataFlag.N, DataFlag.N], minimumValid: 1, expected: 2);

        Assert.Equal((4.0, 1), (a.Mean, a.ValidCount));
    }
}
