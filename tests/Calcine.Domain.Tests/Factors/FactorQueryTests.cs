using Calcine.Domain.Factors;

namespace Calcine.Domain.Tests.Factors;

public class FactorQueryTests
{
    private static readonly FactorLibrary Library = new("test", [
        new EmissionFactor("ipcc2006-co2-petroleum-coke", FactorKinds.FuelCo2, "Petroleum coke, CO2 emission factor", 97.5m, "kg CO2/GJ", "IPCC 2006 Vol. 2", "test", null, null, FactorConfidence.Found),
        new EmissionFactor("grid-cn-2022-ets", FactorKinds.Grid, "China grid for ETS", 0.5703m, "t CO2/MWh", "MEE notice", "test", 2023, 2025, FactorConfidence.Found, "CN"),
        new EmissionFactor("grid-az-2021-ifi-om", FactorKinds.Grid, "Azerbaijan operating margin", 0.534m, "t CO2/MWh", "IFI dataset", "test", 2021, null, FactorConfidence.ThirdParty, "AZ", "copy in co2.js"),
        new EmissionFactor("eu-ets-benchmark-old", FactorKinds.Benchmark, "Old benchmark", 0.766m, "t CO2/t clinker", "Decision", "test", null, 2020, FactorConfidence.Recalled, "EU", "check"),
    ]);

    private static IEnumerable<string> Ids(FactorQuery q) => Library.Search(q).Select(f => f.Id);

    [Fact]
    public void Search_NoCriteria_ReturnsEverythingInLibraryOrder()
    {
        Assert.Equal(Library.Factors.Select(f => f.Id), Ids(new FactorQuery()));
    }

    [Theory]
    [InlineData("PETROLEUM coke", "ipcc2006-co2-petroleum-coke")]
    [InlineData("petroleum-coke", "ipcc2006-co2-petroleum-coke")]
    [InlineData("mee", "grid-cn-2022-ets")]
    [InlineData("CO2.JS", "grid-az-2021-ifi-om")]
    [InlineData("  grid   china ", "grid-cn-2022-ets")]
    public void Search_Text_MatchesEveryWordCaseInsensitively(string text, string expected)
    {
        Assert.Equal([expected], Ids(new FactorQuery { Text = text }));
    }

    [Fact]
    public void Search_TextWithOneMissingWord_FindsNothing()
    {
        Assert.Empty(Ids(new FactorQuery { Text = "petroleum gas" }));
    }

    [Theory]
    [InlineData(2019, new[] { "ipcc2006-co2-petroleum-coke", "eu-ets-benchmark-old" })]
    [InlineData(2020, new[] { "ipcc2006-co2-petroleum-coke", "eu-ets-benchmark-old" })]
    [InlineData(2021, new[] { "ipcc2006-co2-petroleum-coke", "grid-az-2021-ifi-om" })]
    [InlineData(2023, new[] { "ipcc2006-co2-petroleum-coke", "grid-cn-2022-ets", "grid-az-2021-ifi-om" })]
    [InlineData(2026, new[] { "ipcc2006-co2-petroleum-coke", "grid-az-2021-ifi-om" })]
    public void Search_Year_KeepsFactorsValidThatYear_WithOpenBounds(int year, string[] expected)
    {
        Assert.Equal(expected, Ids(new FactorQuery { Year = year }));
    }

    [Fact]
    public void Search_CountryIsCaseInsensitive_AndKindAndConfidenceCombine()
    {
        Assert.Equal(["grid-cn-2022-ets"], Ids(new FactorQuery { Country = "cn" }));
        Assert.Equal(["grid-cn-2022-ets", "grid-az-2021-ifi-om"], Ids(new FactorQuery { Kind = FactorKinds.Grid }));
        Assert.Equal(["grid-az-2021-ifi-om"], Ids(new FactorQuery { Kind = FactorKinds.Grid, Confidence = FactorConfidence.ThirdParty }));
        Assert.Empty(Ids(new FactorQuery { Kind = FactorKinds.Grid, Country = "EU" }));
    }
}
