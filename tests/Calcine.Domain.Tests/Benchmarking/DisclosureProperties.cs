using Calcine.Domain.Benchmarking;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Calcine.Domain.Tests.Benchmarking;

/// <summary>Contributors of one KPI, as the rule sees them; values drawn from rates (0–1, many zeros),
/// intensities (500–4000) or a small pool of tied values, companies from a few ids so that some hold
/// several plants.</summary>
public sealed record ContributorSet(IReadOnlyList<BenchmarkValue> Values)
{
    public override string ToString() => string.Join(" ", Values.Select(v => $"{v.CompanyId}:{v.Value}"));
}

/// <summary>Plant-years of one KPI, with a viewer company among them and its plants' values to swap in.</summary>
public sealed record ViewerCase(IReadOnlyList<PlantKpis> Plants, int Viewer, IReadOnlyList<decimal> OtherOwnValues)
{
    public override string ToString() =>
        $"viewer {Viewer}: " + string.Join(" ", Plants.Select(p => $"{p.CompanyId}/{p.PlantId}{(p.Verified ? "" : "u")}:{p.Ratios[DisclosureGenerators.Kpi].Value}"));
}

public static class DisclosureGenerators
{
    public const BenchmarkKpi Kpi = BenchmarkKpi.NetCo2PerCementitious;

    private static Gen<decimal> Dec(decimal min, decimal max, int decimals)
    {
        var unit = 1m;
        for (var i = 0; i < decimals; i++)
        {
            unit *= 10m;
        }

        return Gen.Choose(0, (int)((max - min) * unit)).Select(i => min + (i / unit));
    }

    private static Gen<decimal> Value(IReadOnlyList<decimal> ties) =>
        Gen.Frequency(
            (3, Dec(500m, 4000m, 1)),
            (2, Gen.OneOf(Gen.Constant(0m), Dec(0m, 1m, 4))),
            (1, Gen.Elements<decimal>(ties)));

    private static Gen<IReadOnlyList<decimal>> Ties =>
        Gen.ArrayOf(Dec(500m, 900m, 0), 3).Select(a => (IReadOnlyList<decimal>)a);

    public static Arbitrary<ContributorSet> Sets() =>
        (from ties in Ties
         from companies in Gen.Choose(1, 9)
         from n in Gen.Choose(0, 20)
         from items in Gen.ArrayOf(from c in Gen.Choose(1, companies) from v in Value(ties) select (c, v), n)
         select new ContributorSet([.. items.Select((x, i) => new BenchmarkValue(i + 1, x.c, x.v))]))
        .ToArbitrary();

    public static Arbitrary<ViewerCase> Viewers() =>
        (from ties in Ties
         from companies in Gen.Choose(3, 9)
         from n in Gen.Choose(3, 20)
         from items in Gen.ArrayOf(
             from c in Gen.Choose(1, companies)
             from v in Value(ties)
             from d in Dec(0.2m, 3m, 2)
             from verified in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
             select (c, v, d, verified), n)
         from viewer in Gen.Choose(1, companies)
         from swapped in Gen.ArrayOf(Dec(0m, 5000m, 1), n)
         select new ViewerCase(
             [.. items.Select((x, i) => new PlantKpis(i + 1, x.c, x.verified,
                 new Dictionary<BenchmarkKpi, KpiRatio> { [Kpi] = new(x.v * x.d, x.d) }))],
             viewer,
             swapped))
        .ToArbitrary();
}

/// <summary>The rule as docs/methods/benchmarking.md states it, checked over random sets: written out
/// again here from the statement, not read from the code under test.</summary>
public class DisclosureProperties
{
    private const int Cases = 400;
    private static readonly BenchmarkPolicy Policy = BenchmarkPolicy.Default;

    private static IEnumerable<decimal> Figures(Distribution d) => new[] { d.Mean, d.Q1, d.Median, d.Q3 }.OfType<decimal>();

    [Property(Arbitrary = [typeof(DisclosureGenerators)], MaxTest = Cases)]
    public void Describe_AnySet_NoPublishedFigureEqualsAContributorsValue(ContributorSet set)
    {
        var d = Benchmark.Describe([.. set.Values], Policy);

        foreach (var figure in Figures(d))
        {
            foreach (var v in set.Values)
            {
                Assert.NotEqual(v.Value, figure);
                Assert.True(Math.Abs(figure - v.Value) > Policy.Closeness * Math.Max(Math.Abs(v.Value), Math.Abs(figure)),
                    $"figure {figure} lies within {Policy.Closeness} of member value {v.Value}");
            }
        }
    }

    [Property(Arbitrary = [typeof(DisclosureGenerators)], MaxTest = Cases)]
    public void Describe_AnySet_ShownExactlyWhenTheStatedRuleAllowsIt(ContributorSet set)
    {
        var d = Benchmark.Describe([.. set.Values], Policy);

        var sorted = set.Values.Select(v => v.Value).Order().ToList();
        var n = sorted.Count;
        var companies = set.Values.Select(v => v.CompanyId).Distinct().Count();
        List<List<decimal>> groups = n >= 5
            ? [.. new[] { 0.25m, 0.5m, 0.75m }.Select(p => sorted.Skip(Math.Clamp((int)Math.Floor(((n - 1) * p) + 0.5m) - 1, 0, n - 3)).Take(3).ToList())]
            : [sorted];
        var means = groups.Where(g => g.Count > 0).Select(g => g.Average()).ToList();
        var allowed = n >= 3 && companies >= 3
            && groups.All(g => g.OrderDescending().Skip(2).Sum() >= 0.10m * g.Max())
            && means.All(m => sorted.All(v => Math.Abs(m - v) > 0.0005m * Math.Max(Math.Abs(v), Math.Abs(m))));

        Assert.Equal(allowed, d.IsShown);
        if (!allowed)
        {
            Assert.Equal(Distribution.Suppressed, d);
            return;
        }

        Assert.Equal(n, d.Count);
        if (n < 5)
        {
            Assert.Equal(DistributionShape.Mean, d.Shape);
            Assert.Equal(means[0], d.Mean);
            Assert.Null(d.Median);
        }
        else
        {
            Assert.Equal(DistributionShape.Quartiles, d.Shape);
            Assert.Null(d.Mean);
            Assert.Equal(means, [d.Q1!.Value, d.Median!.Value, d.Q3!.Value]);
            Assert.True(d.Q1 <= d.Median && d.Median <= d.Q3);
        }
    }

    [Property(Arbitrary = [typeof(DisclosureGenerators)], MaxTest = Cases)]
    public void Describe_ViewersOwnPlants_NeverMoveAnyFigureTheViewerSees(ViewerCase c)
    {
        var viewer = new HashSet<int> { c.Viewer };
        var swapped = c.Plants.Select((p, i) => p.CompanyId != c.Viewer ? p
            : p with { Ratios = new Dictionary<BenchmarkKpi, KpiRatio> { [DisclosureGenerators.Kpi] = new(c.OtherOwnValues[i], 1m) }, Verified = !p.Verified })
            .ToList();

        foreach (var level in Enum.GetValues<BenchmarkLevel>())
        {
            foreach (var verifiedOnly in new[] { false, true })
            {
                var seen = BenchmarkSet.Describe([.. c.Plants], DisclosureGenerators.Kpi, level, verifiedOnly, Policy, viewer);
                var seenAfterSwap = BenchmarkSet.Describe(swapped, DisclosureGenerators.Kpi, level, verifiedOnly, Policy, viewer);
                var others = BenchmarkSet.Describe([.. c.Plants.Where(p => p.CompanyId != c.Viewer)], DisclosureGenerators.Kpi, level, verifiedOnly, Policy);

                Assert.Equal(seen, seenAfterSwap);
                Assert.Equal(others, seen);
            }
        }
    }

    [Property(Arbitrary = [typeof(DisclosureGenerators)], MaxTest = Cases)]
    public void Describe_VerifiedView_ShownOnlyWhenWhatItDropsPassesTheMinimums(ViewerCase c)
    {
        var viewer = new HashSet<int> { c.Viewer };
        var others = c.Plants.Where(p => p.CompanyId != c.Viewer).ToList();
        var dropped = others.Where(p => !p.Verified).ToList();

        foreach (var level in Enum.GetValues<BenchmarkLevel>())
        {
            var verified = BenchmarkSet.Describe([.. c.Plants], DisclosureGenerators.Kpi, level, true, Policy, viewer);

            if (verified.IsShown && dropped.Count > 0)
            {
                Assert.True(dropped.Count >= 3 && dropped.Select(p => p.CompanyId).Distinct().Count() >= 3,
                    $"verified view shown while it drops {dropped.Count} plants");
            }
        }
    }

    [Property(Arbitrary = [typeof(DisclosureGenerators)], MaxTest = Cases)]
    public void LinkedViews_AnyView_IsTheRulesOwnAnswerOrSuppressed(ViewerCase c)
    {
        var viewer = new HashSet<int> { c.Viewer };

        foreach (var (level, verifiedOnly) in LinkedViews.Order)
        {
            var alone = BenchmarkSet.Describe([.. c.Plants], DisclosureGenerators.Kpi, level, verifiedOnly, Policy, viewer);
            var linked = LinkedViews.Describe([.. c.Plants], DisclosureGenerators.Kpi, level, verifiedOnly, Policy, viewer);

            Assert.True(linked == alone || linked == Distribution.Suppressed, $"{level} {verifiedOnly}: {linked} against {alone}");
            if (level == BenchmarkLevel.Plant && !verifiedOnly)
            {
                Assert.Equal(alone, linked);
            }
        }
    }

    [Property(Arbitrary = [typeof(DisclosureGenerators)], MaxTest = Cases)]
    public void Describe_CompanyLevelMean_OnlyWhereEveryCompanyHasOnePlant(ViewerCase c)
    {
        foreach (var verifiedOnly in new[] { false, true })
        {
            var d = BenchmarkSet.Describe([.. c.Plants], DisclosureGenerators.Kpi, BenchmarkLevel.Company, verifiedOnly, Policy);
            var counted = c.Plants.Where(p => !verifiedOnly || p.Verified).ToList();

            if (d.Shape == DistributionShape.Mean)
            {
                Assert.All(counted.GroupBy(p => p.CompanyId), g => Assert.Single(g));
                Assert.Equal(BenchmarkSet.Describe([.. c.Plants], DisclosureGenerators.Kpi, BenchmarkLevel.Plant, verifiedOnly, Policy), d);
            }
        }
    }
}
