using Calcine.Domain.Benchmarking;
using Calcine.Domain.Roadmaps.Association;

namespace Calcine.Domain.Tests.Roadmaps.Association;

public class FigureDisclosureTests
{
    private static readonly BenchmarkPolicy Policy = BenchmarkPolicy.Default;

    private static Contribution C(int company, string plant, double value) => new(company, plant, value);

    [Fact]
    public void Sum_ThreeCompaniesFourPlantsAlike_IsShownAsTheirSum()
    {
        var figure = FigureDisclosure.Sum([C(1, "a", 100), C(1, "b", 90), C(2, "c", 120), C(3, "d", 80)], Policy);

        Assert.Equal(390, figure.Value);
    }

    [Fact]
    public void Sum_MembersWithNothing_AreNoContributors()
    {
        // Three companies, but only one invests: the sum would be that one's investment.
        var figure = FigureDisclosure.Sum([C(1, "a", 5e6), C(2, "b", 0), C(3, "c", 0), C(3, "d", 0)], Policy);

        Assert.Equal(SuppressionReason.TooFewContributors, figure.Reason);
        Assert.Null(figure.Value);
    }

    [Fact]
    public void Sum_ThreePlantsOfTwoCompanies_IsWithheldForTooFewCompanies()
    {
        var figure = FigureDisclosure.Sum([C(1, "a", 100), C(1, "b", 100), C(2, "c", 100)], Policy);

        Assert.Equal(SuppressionReason.TooFewCompanies, figure.Reason);
    }

    [Fact]
    public void Sum_OneCompanyAlmostAll_IsWithheldAsDominated()
    {
        // T − x1 − x2 = 5 < 10 % of 1,000.
        var figure = FigureDisclosure.Sum([C(1, "a", 1_000), C(2, "b", 50), C(3, "c", 5)], Policy);

        Assert.Equal(SuppressionReason.Dominated, figure.Reason);
    }

    [Fact]
    public void Sum_EqualToOnePlantsValue_IsWithheld()
    {
        // Parts of both signs (abatement can be negative): the sum equals plant a's value.
        var figure = FigureDisclosure.Sum([C(1, "a", 300), C(2, "b", 200), C(3, "c", -200), C(4, "d", 150), C(4, "e", -150)], Policy);

        Assert.Equal(SuppressionReason.EqualsMemberValue, figure.Reason);
    }

    [Fact]
    public void Ratio_EqualToAMembersOwnRatio_IsWithheld()
    {
        var parts = new[] { C(1, "a", 10), C(2, "b", 20), C(3, "c", 30) };

        Assert.Equal(SuppressionReason.EqualsMemberValue, FigureDisclosure.Ratio(25, parts, [22.857, 25.0, 30], Policy).Reason);
        Assert.Equal(26, FigureDisclosure.Ratio(26, parts, [22.857, 25.0, 30], Policy).Value);
    }
}
