using Calcine.Domain.Accounting;
using Calcine.Domain.Accounting.Plausibility;

namespace Calcine.Domain.Tests.Plausibility;

public class FuelTypesTests
{
    [Theory]
    [InlineData("coal", "coal")]
    [InlineData("Bituminous coal, imported", "coal")]
    [InlineData("charcoal", "charcoal")]
    [InlineData("brown coal", "lignite")]
    [InlineData("petcoke", "petcoke")]
    [InlineData("Petroleum coke", "petcoke")]
    [InlineData("pet-coke", "petcoke")]
    [InlineData("natural gas (mill dryer)", "natural-gas")]
    [InlineData("LNG", "natural-gas")]
    [InlineData("diesel", "diesel")]
    [InlineData("gas oil", "diesel")]
    [InlineData("light fuel oil", "diesel")]
    [InlineData("heavy fuel oil", "heavy-fuel-oil")]
    [InlineData("HFO 380", "heavy-fuel-oil")]
    [InlineData("mazut", "heavy-fuel-oil")]
    [InlineData("waste oil", "waste-oil")]
    [InlineData("used oil and solvents", "waste-oil")]
    [InlineData("tyres", "tyres")]
    [InlineData("shredded tires", "tyres")]
    [InlineData("RDF", "rdf")]
    [InlineData("SRF fluff", "rdf")]
    [InlineData("refuse-derived fuel", "rdf")]
    [InlineData("waste plastics", "plastics")]
    [InlineData("dried sewage sludge", "sewage-sludge")]
    [InlineData("meat and bone meal", "animal-meal")]
    [InlineData("wood chips", "wood-biomass")]
    [InlineData("rice husk", "wood-biomass")]
    public void Match_KnownNames_FindTheirType(string name, string typeId)
    {
        var match = FuelTypes.Match(name, FuelCategory.Mixed);

        Assert.Equal(typeId, match.Type?.Id);
        Assert.Equal($"fuel.{typeId}.lhv", match.LhvKey);
    }

    [Theory]
    [InlineData("fuels[3]")]
    [InlineData("oil sludge")]
    [InlineData("coalescer residue")]
    public void Match_UnknownNames_FallBackToCategory(string name)
    {
        var match = FuelTypes.Match(name, FuelCategory.AlternativeFossil);

        Assert.Null(match.Type);
        Assert.Equal("fuel.category.alternative-fossil.ef", match.EfKey);
        Assert.Contains("not recognised", match.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultTable_HasLhvAndEfForEveryTypeAndCategory()
    {
        var table = PlausibilityRangeTable.Default.All;

        Assert.All(FuelTypes.All, t => Assert.True(table.ContainsKey(RangeKeys.FuelLhv(t)) && table.ContainsKey(RangeKeys.FuelEf(t)), t.Id));
        Assert.All(Enum.GetValues<FuelCategory>(), c => Assert.True(table.ContainsKey(RangeKeys.FuelCategoryLhv(c)) && table.ContainsKey(RangeKeys.FuelCategoryEf(c))));
    }

    [Fact]
    public void DefaultTable_IpccAndGccaDefaultsOfEachType_AreInsideItsRanges()
    {
        // §7.1 / §7.2 defaults: a range that excluded its own source value would warn on every careful plant.
        (FuelType Type, decimal Lhv, decimal Ef)[] defaults =
        [
            (FuelTypes.Coal, 25.8m, 96.0m), (FuelTypes.Lignite, 11.9m, 101.0m), (FuelTypes.PetroleumCoke, 32.5m, 92.8m),
            (FuelTypes.NaturalGas, 48.0m, 56.1m), (FuelTypes.Diesel, 43.0m, 74.1m), (FuelTypes.HeavyFuelOil, 40.4m, 77.4m),
            (FuelTypes.WasteOil, 40.2m, 73.3m), (FuelTypes.Tyres, 28.0m, 85.0m), (FuelTypes.RefuseDerivedFuel, 18.0m, 75.0m),
            (FuelTypes.Biomass, 15.6m, 112.0m), (FuelTypes.SewageSludge, 10.0m, 110m), (FuelTypes.AnimalMeal, 18m, 89m),
            (FuelTypes.Charcoal, 29.5m, 112.0m), (FuelTypes.Plastics, 30m, 75m),
        ];
        var table = PlausibilityRangeTable.Default;

        Assert.Equal(FuelTypes.All.Count, defaults.Length);
        Assert.All(defaults, d =>
        {
            Assert.True(table[RangeKeys.FuelLhv(d.Type)].Contains(d.Lhv), d.Type.Id);
            Assert.True(table[RangeKeys.FuelEf(d.Type)].Contains(d.Ef), d.Type.Id);
            Assert.True(table[RangeKeys.FuelCategoryEf(d.Type.UsualCategory)].Contains(d.Ef), d.Type.Id);
        });
    }
}
