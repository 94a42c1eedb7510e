using Calcine.Domain.Benchmarking;

namespace Calcine.Domain.Tests.Benchmarking;

/// <summary>Suppression, the shapes a distribution may take, and the quartile method.</summary>
public class DistributionTests
{
    /// <summary>Values of plants of distinct companies (plant i belongs to company 100 + i).</summary>
    private static List<BenchmarkValue> Distinct(params decimal[] values) =>
        [.. values.Select((v, i) => new BenchmarkValue(i + 1, 100 + i + 1, v))];

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Describe_FewerThanThreeContributors_IsSuppressedWithNoFigureAtAll(int n)
    {
        var d = Benchmark.Describe(Distinct([.. Enumerable.Range(0, n).Select(i => 700m + i)]), BenchmarkPolicy.Default);

        Assert.Equal(DistributionShape.Suppressed, d.Shape);
        Assert.False(d.IsShown);
        Assert.Equal(Distribution.Suppressed, d);
        Assert.Null(d.Count);
        Assert.Null(d.Mean);
        Assert.Null(d.Median);
    }

    [Fact]
    public void Describe_ThreeContributors_ShowsCountAndMeanButNoOrderStatistic()
    {
        var d = Benchmark.Describe(Distinct(600m, 700m, 830m), BenchmarkPolicy.Default);

        Assert.Equal(DistributionShape.Mean, d.Shape);
        Assert.Equal(3, d.Count);
        Assert.Equal((600m + 700m + 830m) / 3m, d.Mean);
        Assert.Null(d.Q1);
        Assert.Null(d.Median);
        Assert.Null(d.Q3);
    }

    [Fact]
    public void Describe_ThreePlantsOfTwoCompanies_IsSuppressed()
    {
        // Company 1 owns two of the three: it would read the third plant's value off the mean.
        List<BenchmarkValue> values = [new(1, 1, 600m), new(2, 1, 700m), new(3, 2, 830m)];

        var d = Benchmark.Describe(values, BenchmarkPolicy.Default);

        Assert.Equal(DistributionShape.Suppressed, d.Shape);
    }

    [Fact]
    public void Describe_FiveContributors_ShowsWindowQuartilesAndNoMean()
    {
        var d = Benchmark.Describe(Distinct(10m, 44m, 23m, 55m, 31m), BenchmarkPolicy.Default);

        Assert.Equal(DistributionShape.Quartiles, d.Shape);
        Assert.Equal(5, d.Count);
        Assert.Null(d.Mean);
        // Sorted 10, 23, 31, 44, 55: type 7 would give 23, 31 and 44, three members' values; each
        // quartile is instead the mean of the three order statistics around that position.
        Assert.Equal((10m + 23m + 31m) / 3m, d.Q1);
        Assert.Equal((23m + 31m + 44m) / 3m, d.Median);
        Assert.Equal((31m + 44m + 55m) / 3m, d.Q3);
    }

    [Fact]
    public void Describe_AllValuesTied_IsSuppressed()
    {
        // Any figure of a tied set is every member's value.
        var d = Benchmark.Describe(Distinct(7.5m, 7.5m, 7.5m, 7.5m, 7.5m, 7.5m), BenchmarkPolicy.Default);

        Assert.Equal(Distribution.Suppressed, d);
    }

    [Fact]
    public void Describe_HigherConfiguredMinimum_SuppressesWhatTheDefaultShows()
    {
        var values = Distinct(600m, 700m, 830m, 900m);

        var strict = Benchmark.Describe(values, new BenchmarkPolicy(minimumContributors: 5));
        var normal = Benchmark.Describe(values, BenchmarkPolicy.Default);

        Assert.Equal(DistributionShape.Suppressed, strict.Shape);
        Assert.Equal(DistributionShape.Mean, normal.Shape);
    }

    [Theory]
    [InlineData(2, 5)]
    [InlineData(0, 5)]
    [InlineData(3, 4)]
    [InlineData(6, 5)]
    public void Policy_BelowTheFloors_IsRefused(int minimum, int quartiles) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new BenchmarkPolicy(minimum, quartiles));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Describe_FilterLeavingOneOrTwoOut_IsSuppressed(int leftOut)
    {
        var kept = Distinct(10m, 20m, 30m, 40m, 50m);
        List<BenchmarkValue> dropped = [.. Enumerable.Range(0, leftOut).Select(i => new BenchmarkValue(50 + i, 500 + i, 99m))];

        var d = Benchmark.Describe(kept, BenchmarkPolicy.Default, dropped);

        Assert.Equal(DistributionShape.Suppressed, d.Shape);
    }

    [Fact]
    public void Describe_FilterLeavingThreeCompaniesOut_IsShown()
    {
        var kept = Distinct(10m, 23m, 31m, 44m, 55m);
        List<BenchmarkValue> dropped = [new(50, 500, 99m), new(51, 501, 98m), new(52, 502, 97m)];

        var d = Benchmark.Describe(kept, BenchmarkPolicy.Default, dropped);

        Assert.Equal(DistributionShape.Quartiles, d.Shape);
        Assert.Equal((23m + 31m + 44m) / 3m, d.Median);
    }

    [Theory]
    [InlineData(0.25, 1.75)]
    [InlineData(0.5, 2.5)]
    [InlineData(0.75, 3.25)]
    [InlineData(0, 1)]
    [InlineData(1, 4)]
    public void Quantile_FourValues_InterpolatesBetweenRanks(double p, double expected) =>
        Assert.Equal((decimal)expected, Quartiles.Quantile([1m, 2m, 3m, 4m], (decimal)p));

    [Fact]
    public void Quantile_EmptySet_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Quartiles.Quantile([], 0.5m));
}
