using Calcine.Domain.Benchmarking;

namespace Calcine.Domain.Tests.Benchmarking;

/// <summary>Issue 11: a member with k of n plants gathers every view it may request and tries to solve
/// for the others' values. Under the disclosure rule it finds none; against the benchmark as it was
/// (type-7 quartiles, own plants counted) the same adversary finds competitors' values, so the attacks are real.</summary>
public class BenchmarkAdversaryTests
{
    /// <summary>Recovered means within 0.05 %: what the page's rounding cannot tell apart.</summary>
    private const decimal Tolerance = 0.0005m;

    public static TheoryData<int, int> Associations()
    {
        var data = new TheoryData<int, int>();
        foreach (var (seed, companies) in new[] { (1, 4), (2, 5), (3, 6), (4, 7), (5, 8), (6, 9), (7, 10), (8, 12) })
        {
            data.Add(seed, companies);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Associations))]
    public void Adversary_EveryMemberOfASeededAssociation_RecoversNoOtherMembersValue(int seed, int companies)
    {
        var association = SeededAssociation.Generate(seed, companies);

        foreach (var member in association.Companies)
        {
            var outcome = BenchmarkAdversary.Attack(association, member, BenchmarkPublishers.Rule(BenchmarkPolicy.Default), Tolerance);

            Assert.True(outcome.Findings.Count == 0,
                $"{association}, member company {member}: {string.Join("; ", outcome.Findings.Take(5))}");
        }
    }

    [Fact]
    public void Adversary_SeededAssociations_StillSeeFiguresOfBothShapes()
    {
        // The rule must leave something to attack, or the test above proves nothing.
        var figures = 0;
        foreach (var seed in Enumerable.Range(1, 8))
        {
            var association = SeededAssociation.Generate(seed, 3 + seed);
            figures += association.Companies.Sum(m => BenchmarkAdversary.Attack(association, m, BenchmarkPublishers.Rule(BenchmarkPolicy.Default), Tolerance).FiguresSeen);
        }

        var type7 = Enumerable.Range(1, 8).Sum(seed =>
        {
            var association = SeededAssociation.Generate(seed, 3 + seed);
            return association.Companies.Sum(m => BenchmarkAdversary.Attack(association, m, BenchmarkPublishers.Type7, Tolerance).FiguresSeen);
        });
        Assert.True(figures > type7 / 4, $"the rule shows {figures} figures where type 7 showed {type7}");
    }

    [Fact]
    public void Adversary_IssueCase_Type7GivesCompetitorsValuesAndTheRuleNone()
    {
        var association = SeededAssociation.IssueCase();

        var before = BenchmarkAdversary.Attack(association, 1, BenchmarkPublishers.Type7, Tolerance);
        var after = BenchmarkAdversary.Attack(association, 1, BenchmarkPublishers.Rule(BenchmarkPolicy.Default), Tolerance);

        Assert.Contains(before.Findings, f => f.Attack == "figure is a member's value" && f.Member is "p3" or "p4" or "p5");
        Assert.Contains(before.Findings, f => f.Attack == "solved from the views' linear system");
        Assert.Empty(after.Findings);
        Assert.True(after.FiguresSeen > 0, "the member sees the others' mean");
    }

    [Theory]
    [MemberData(nameof(Associations))]
    public void Adversary_AgainstType7Publishing_RecoversValues(int seed, int companies)
    {
        var association = SeededAssociation.Generate(seed, companies);

        var findings = association.Companies.SelectMany(m => BenchmarkAdversary.Attack(association, m, BenchmarkPublishers.Type7, Tolerance).Findings).ToList();

        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.True(Math.Abs(f.Claimed - f.Actual) <= Tolerance * Math.Abs(f.Actual)));
    }

    [Fact]
    public void Adversary_StricterConfiguredRule_RecoversNothingEither()
    {
        var policy = new BenchmarkPolicy(minimumContributors: 4, minimumForQuartiles: 7, minimumCompanies: 4, window: 5, dominancePercent: 20m, closeness: 0.001m);

        foreach (var seed in new[] { 11, 12, 13 })
        {
            var association = SeededAssociation.Generate(seed, 10);
            foreach (var member in association.Companies)
            {
                Assert.Empty(BenchmarkAdversary.Attack(association, member, BenchmarkPublishers.Rule(policy), Tolerance).Findings);
            }
        }
    }
}
