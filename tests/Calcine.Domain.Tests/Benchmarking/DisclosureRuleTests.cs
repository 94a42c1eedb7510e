using Calcine.Domain.Benchmarking;

namespace Calcine.Domain.Tests.Benchmarking;

/// <summary>The disclosure rule's parts: windowed quartiles, the p % dominance rule, closeness to a
/// member's value, the viewer's own companies left out, and company-level means.</summary>
public class DisclosureRuleTests
{
    private static readonly BenchmarkKpi Kpi = BenchmarkKpi.SpecificHeat;

    private static List<BenchmarkValue> Distinct(params decimal[] values) =>
        [.. values.Select((v, i) => new BenchmarkValue(i + 1, 100 + i + 1, v))];

    private static PlantKpis Plant(int id, int company, decimal value, bool verified = true, decimal denominator = 1m) =>
        new(id, company, verified, new Dictionary<BenchmarkKpi, KpiRatio> { [Kpi] = new(value * denominator, denominator) });

    [Theory]
    [InlineData(5, 0.25, 0)]
    [InlineData(5, 0.5, 1)]
    [InlineData(5, 0.75, 2)]
    [InlineData(6, 0.25, 0)]
    [InlineData(6, 0.5, 2)]
    [InlineData(6, 0.75, 3)]
    [InlineData(9, 0.5, 3)]
    [InlineData(3, 0.75, 0)]
    public void WindowStart_AroundTheType7Position_StaysInsideTheSet(int n, double p, int expected) =>
        Assert.Equal(expected, WindowQuartiles.Start(n, (decimal)p, 3));

    [Fact]
    public void WindowStart_FewerValuesThanTheWindow_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => WindowQuartiles.Start(2, 0.5m, 3));

    [Theory]
    [InlineData(new[] { 0.0, 0.0, 0.3 }, true)]
    [InlineData(new[] { 1.0, 2.0, 1000.0 }, true)]
    [InlineData(new[] { 10.0, 23.0, 31.0 }, false)]
    [InlineData(new[] { 0.9, 5.0, 10.0 }, true)]
    [InlineData(new[] { 1.0, 5.0, 10.0 }, false)]
    public void Dominated_RestOfTheGroupAgainstTenPercentOfTheLargest_IsSensitiveBelowIt(double[] group, bool expected) =>
        Assert.Equal(expected, Disclosure.Dominated([.. group.Select(v => (decimal)v)], 10m));

    [Fact]
    public void Describe_WindowOfZerosAndOneRate_IsSuppressed()
    {
        // Alternative fuel rates: most plants burn none; the low window (0, 0, 0.05) is one plant's rate.
        var d = Benchmark.Describe(Distinct(0m, 0m, 0.05m, 0.31m, 0.42m), BenchmarkPolicy.Default);

        Assert.Equal(Distribution.Suppressed, d);
    }

    [Fact]
    public void Describe_MeanEqualToAMembersValue_IsSuppressed()
    {
        var equal = Benchmark.Describe(Distinct(600m, 700m, 800m), BenchmarkPolicy.Default);
        var near = Benchmark.Describe(Distinct(600m, 700.2m, 800m), BenchmarkPolicy.Default);
        var apart = Benchmark.Describe(Distinct(600m, 703m, 800m), BenchmarkPolicy.Default);

        Assert.Equal(Distribution.Suppressed, equal);
        Assert.Equal(Distribution.Suppressed, near);
        Assert.Equal(DistributionShape.Mean, apart.Shape);
    }

    [Fact]
    public void Describe_QuartileEqualToAMembersValue_IsSuppressed()
    {
        // Evenly spaced: every window's mean is its middle value.
        var d = Benchmark.Describe(Distinct(10m, 20m, 30m, 40m, 50m), BenchmarkPolicy.Default);

        Assert.Equal(Distribution.Suppressed, d);
    }

    [Fact]
    public void Describe_IssueCase_CompanyWithTwoOfFivePlantsSeesOnlyAMeanOfTheThreeOthers()
    {
        // Five plants of four companies; company 1 holds plants 1 and 2.
        List<PlantKpis> plants = [Plant(1, 1, 3310m), Plant(2, 1, 3525m), Plant(3, 2, 3402m), Plant(4, 3, 3660m), Plant(5, 4, 3187m)];

        var mine = BenchmarkSet.Describe(plants, Kpi, BenchmarkLevel.Plant, false, BenchmarkPolicy.Default, new HashSet<int> { 1 });
        var analysts = BenchmarkSet.Describe(plants, Kpi, BenchmarkLevel.Plant, false, BenchmarkPolicy.Default);

        Assert.Equal(DistributionShape.Mean, mine.Shape);
        Assert.Equal(3, mine.Count);
        Assert.Equal((3402m + 3660m + 3187m) / 3m, mine.Mean);
        Assert.Equal(DistributionShape.Quartiles, analysts.Shape);
        var others = new[] { 3402m, 3660m, 3187m };
        Assert.DoesNotContain(mine.Mean!.Value, others);
        Assert.DoesNotContain(analysts.Q1!.Value, others);
        Assert.DoesNotContain(analysts.Median!.Value, others);
        Assert.DoesNotContain(analysts.Q3!.Value, others);
    }

    [Fact]
    public void Describe_ViewerWhoseCompanyLeavesTooFew_IsSuppressed()
    {
        // Three companies: a member of one of them would be left with two others.
        List<PlantKpis> plants = [Plant(1, 1, 810m), Plant(2, 2, 845m), Plant(3, 3, 872m)];

        var member = BenchmarkSet.Describe(plants, Kpi, BenchmarkLevel.Plant, false, BenchmarkPolicy.Default, new HashSet<int> { 2 });
        var analyst = BenchmarkSet.Describe(plants, Kpi, BenchmarkLevel.Plant, false, BenchmarkPolicy.Default);

        Assert.Equal(Distribution.Suppressed, member);
        Assert.Equal(DistributionShape.Mean, analyst.Shape);
    }

    [Fact]
    public void Describe_ViewersOwnValues_DoNotMoveWhatTheViewerSees()
    {
        List<PlantKpis> others = [Plant(3, 2, 3402m), Plant(4, 3, 3660m), Plant(5, 4, 3187m), Plant(6, 5, 3549m), Plant(7, 6, 3270m)];
        List<PlantKpis> low = [.. others, Plant(1, 1, 2900m), Plant(2, 1, 3000m)];
        List<PlantKpis> high = [.. others, Plant(1, 1, 4100m), Plant(2, 1, 4500m)];
        var viewer = new HashSet<int> { 1 };

        var a = BenchmarkSet.Describe(low, Kpi, BenchmarkLevel.Plant, false, BenchmarkPolicy.Default, viewer);
        var b = BenchmarkSet.Describe(high, Kpi, BenchmarkLevel.Plant, false, BenchmarkPolicy.Default, viewer);

        Assert.Equal(DistributionShape.Quartiles, a.Shape);
        Assert.Equal(a, b);
    }

    [Fact]
    public void Describe_CompanyLevelMeanWithATwoPlantCompany_IsSuppressedWhilePlantLevelIsShown()
    {
        // Plant mean − company mean would be 3400 + 3420 − blend, a value between that company's plants.
        List<PlantKpis> plants = [Plant(1, 1, 3400m, denominator: 2m), Plant(2, 1, 3420m), Plant(3, 2, 3187m), Plant(4, 3, 3660m)];

        var plantLevel = BenchmarkSet.Describe(plants, Kpi, BenchmarkLevel.Plant, false, BenchmarkPolicy.Default);
        var companyLevel = BenchmarkSet.Describe(plants, Kpi, BenchmarkLevel.Company, false, BenchmarkPolicy.Default);

        Assert.Equal(DistributionShape.Mean, plantLevel.Shape);
        Assert.Equal(Distribution.Suppressed, companyLevel);
    }

    [Fact]
    public void Describe_CompanyLevelMeanOfOnePlantCompanies_EqualsThePlantLevel()
    {
        List<PlantKpis> plants = [Plant(1, 1, 3400m, denominator: 2m), Plant(2, 2, 3187m), Plant(3, 3, 3660m)];

        var plantLevel = BenchmarkSet.Describe(plants, Kpi, BenchmarkLevel.Plant, false, BenchmarkPolicy.Default);
        var companyLevel = BenchmarkSet.Describe(plants, Kpi, BenchmarkLevel.Company, false, BenchmarkPolicy.Default);

        Assert.Equal(DistributionShape.Mean, companyLevel.Shape);
        Assert.Equal(plantLevel, companyLevel);
    }

    [Fact]
    public void Describe_VerifiedViewDroppingTheViewersOwnPlantOnly_IsShown()
    {
        // The viewer's own unverified plant is gone before the status filter, so it is not "left out" by it.
        List<PlantKpis> plants = [Plant(1, 1, 3300m, verified: false), Plant(3, 2, 3402m), Plant(4, 3, 3660m), Plant(5, 4, 3187m)];

        var d = BenchmarkSet.Describe(plants, Kpi, BenchmarkLevel.Plant, true, BenchmarkPolicy.Default, new HashSet<int> { 1 });

        Assert.Equal(DistributionShape.Mean, d.Shape);
        Assert.Equal(3, d.Count);
    }

    [Fact]
    public void Describe_FewerCompaniesThanConfigured_IsSuppressed()
    {
        var values = Distinct(600m, 713m, 830m, 905m);

        var strict = Benchmark.Describe(values, new BenchmarkPolicy(minimumCompanies: 5));

        Assert.Equal(Distribution.Suppressed, strict);
        Assert.Equal(DistributionShape.Mean, Benchmark.Describe(values, BenchmarkPolicy.Default).Shape);
    }

    [Theory]
    [InlineData(2, 3, 10, 0.0005)]
    [InlineData(3, 2, 10, 0.0005)]
    [InlineData(3, 6, 10, 0.0005)]
    [InlineData(3, 3, 0, 0.0005)]
    [InlineData(3, 3, 10, -0.1)]
    public void Policy_DisclosureParametersBelowTheirFloors_AreRefused(int companies, int window, double dominance, double closeness) =>
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new BenchmarkPolicy(minimumCompanies: companies, window: window, dominancePercent: (decimal)dominance, closeness: (decimal)closeness));
}
