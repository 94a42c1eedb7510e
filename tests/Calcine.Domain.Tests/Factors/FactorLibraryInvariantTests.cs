using System.Text.Json;
using Calcine.Application.Co2.Factors;
using Calcine.Domain.Factors;

namespace Calcine.Domain.Tests.Factors;

/// <summary>Invariants of the shipped library: what every entry must carry, plausible magnitudes,
/// and a handful of values checked against the methodology reference.</summary>
public class FactorLibraryInvariantTests
{
    private static FactorLibrary Library => FactorLibraryLoader.Default;

    /// <summary>Plausible range for every unit the library uses. A new unit must be added here,
    /// which forces a look at what magnitudes make sense for it.</summary>
    private static readonly Dictionary<string, (decimal Min, decimal Max)> RangeByUnit = new(StringComparer.Ordinal)
    {
        ["GJ/t"] = (5m, 55m),
        ["kg CO2/GJ"] = (50m, 150m),
        ["t CO2/t clinker"] = (0.4m, 1.0m),
        ["t CO2/t dust"] = (0.3m, 0.7m),
        ["t CO2/MWh"] = (0.1m, 1.2m),
        ["t CO2e/MWh"] = (0.1m, 1.2m),
        ["t CO2e/t clinker"] = (0.4m, 1.0m),
        ["t CO2e/t cement"] = (0.3m, 1.0m),
        ["t CO2e/t good"] = (0.01m, 2.5m),
        ["t/t clinker"] = (1.3m, 1.8m),
        ["ratio"] = (1m, 1.1m),
        ["fraction"] = (0m, 1m),
        ["kg CO2/t cementitious"] = (400m, 900m),
        ["MJ/t clinker"] = (2800m, 5000m),
        ["kWh/t cement"] = (60m, 150m),
        ["kWh/t clinker"] = (40m, 120m),
    };

    /// <summary>The units each kind may use, so a factor in the wrong unit (kg vs t, GJ vs MWh) is caught.</summary>
    private static readonly Dictionary<string, string[]> UnitsByKind = new(StringComparer.Ordinal)
    {
        [FactorKinds.FuelNcv] = ["GJ/t"],
        [FactorKinds.FuelCo2] = ["kg CO2/GJ"],
        [FactorKinds.Clinker] = ["t CO2/t clinker"],
        [FactorKinds.ClinkerFraction] = ["fraction"],
        [FactorKinds.Ckd] = ["fraction", "ratio", "t CO2/t dust"],
        [FactorKinds.RawMaterial] = ["fraction", "t/t clinker"],
        [FactorKinds.Grid] = ["t CO2/MWh", "t CO2e/MWh"],
        [FactorKinds.Benchmark] = ["t CO2/t clinker"],
        [FactorKinds.TaxonomyThreshold] = ["t CO2e/t clinker", "t CO2e/t cement"],
        [FactorKinds.CbamDefault] = ["t CO2e/t good"],
        [FactorKinds.CbamMarkup] = ["fraction"],
        [FactorKinds.CbamFactor] = ["fraction"],
        [FactorKinds.GnrBenchmark] = ["kg CO2/t cementitious", "MJ/t clinker", "kWh/t cement", "kWh/t clinker", "fraction"],
    };

    [Fact]
    public void ShippedFile_Ids_AreUniqueAndKebabCase()
    {
        // Read the raw file, independently of the loader, so a loader bug cannot hide a duplicate.
        using var stream = typeof(FactorLibraryLoader).Assembly.GetManifestResourceStream($"Calcine.Factors.library-{Library.Version}.json")!;
        using var doc = JsonDocument.Parse(stream);
        var ids = doc.RootElement.GetProperty("factors").EnumerateArray().Select(f => f.GetProperty("id").GetString()!).ToList();

        Assert.True(ids.Count > 100, $"only {ids.Count} factors in the shipped file");
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(ids.Count, Library.Factors.Count);
        Assert.All(ids, id => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", id));
    }

    [Fact]
    public void EveryEntry_HasSourceVersionAndConfidence()
    {
        var libraryVersion = Version.Parse(Library.Version);
        Assert.All(Library.Factors, f =>
        {
            Assert.False(string.IsNullOrWhiteSpace(f.Name), f.Id);
            Assert.False(string.IsNullOrWhiteSpace(f.Source), f.Id);
            Assert.True(f.Source.Length >= 20, $"{f.Id}: a source must be a citation, not a word");
            Assert.True(Version.Parse(f.Version) <= libraryVersion, f.Id);
            Assert.True(Enum.IsDefined(f.Confidence), f.Id);
        });
    }

    [Fact]
    public void EveryUnverifiedOrDerivedEntry_SaysWhyInItsNotes()
    {
        Assert.All(Library.Factors.Where(f => f.Confidence != FactorConfidence.Found), f =>
            Assert.False(string.IsNullOrWhiteSpace(f.Notes), $"{f.Id} is {f.Confidence} and has no notes"));
        Assert.All(Library.Factors.Where(f => f.Confidence == FactorConfidence.Derived), f =>
            Assert.Contains("Derived", f.Notes!, StringComparison.Ordinal));
    }

    [Fact]
    public void EntryCitingARecalledSource_IsTaggedRecalled()
    {
        // The reference's [R] tag travels into the citation; it must never end up labelled Found.
        var recalled = Library.Factors.Where(f => f.Source.Contains("recalled", StringComparison.OrdinalIgnoreCase)).ToList();

        Assert.NotEmpty(recalled);
        Assert.All(recalled, f => Assert.Equal(FactorConfidence.Recalled, f.Confidence));
    }

    [Fact]
    public void EveryEntry_UsesAUnitAllowedForItsKind_AndAPlausibleValue()
    {
        Assert.All(Library.Factors, f =>
        {
            Assert.True(UnitsByKind.TryGetValue(f.Kind, out var units), $"{f.Id}: kind {f.Kind} has no unit rule");
            Assert.Contains(f.Unit, units!);
            var (min, max) = RangeByUnit[f.Unit];
            Assert.InRange(f.Value, min, max);
        });
    }

    [Fact]
    public void EveryKind_IsUsed()
    {
        var used = Library.Factors.Select(f => f.Kind).ToHashSet(StringComparer.Ordinal);

        Assert.All(FactorKinds.All, k => Assert.Contains(k, used));
        Assert.Equal(FactorKinds.All.Order(StringComparer.Ordinal), UnitsByKind.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ValidityRanges_AreOrdered()
    {
        Assert.All(Library.Factors, f => Assert.True(f.ValidFromYear is null || f.ValidToYear is null || f.ValidFromYear <= f.ValidToYear, f.Id));
    }

    [Theory]
    [InlineData("ipcc2006-ncv-petroleum-coke", "32.5")]
    [InlineData("ipcc2006-co2-petroleum-coke", "97.5")]
    [InlineData("ipcc2006-ncv-natural-gas", "48.0")]
    [InlineData("ipcc2006-co2-natural-gas", "56.1")]
    [InlineData("ipcc2006-ncv-lignite", "11.9")]
    [InlineData("ipcc2006-co2-lignite", "101.0")]
    [InlineData("ipcc2006-ncv-gas-diesel-oil", "43.0")]
    [InlineData("ipcc2006-co2-gas-diesel-oil", "74.1")]
    [InlineData("ipcc2006-co2-other-bituminous-coal", "94.6")]
    [InlineData("ipcc2006-co2-industrial-wastes", "143.0")]
    [InlineData("gcca31-ef-coal", "96.0")]
    [InlineData("gcca31-ef-petcoke", "92.8")]
    [InlineData("gcca31-ef-tyres", "85.0")]
    [InlineData("gcca31-clinker-b1-default", "0.525")]
    [InlineData("ipcc2006-clc-tier1", "0.52")]
    [InlineData("cbam-factor-2026", "0.975")]
    [InlineData("cbam-factor-2034", "0")]
    public void ReferenceFigure_IsInTheLibrary(string id, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Library.Get(id).Value);
    }

    [Fact]
    public void IpccFuelTable_IsComplete_WithAnNcvForEveryFuelButIndustrialWastes()
    {
        var co2 = Library.Factors.Where(f => f.Id.StartsWith("ipcc2006-co2-", StringComparison.Ordinal)).Select(f => f.Id["ipcc2006-co2-".Length..]).ToList();
        var ncv = Library.Factors.Where(f => f.Id.StartsWith("ipcc2006-ncv-", StringComparison.Ordinal)).Select(f => f.Id["ipcc2006-ncv-".Length..]).ToList();

        Assert.Equal(18, co2.Count);
        Assert.Equal(co2.Where(fuel => fuel != "industrial-wastes"), ncv);
        Assert.Equal(20, Library.Factors.Count(f => f.Id.StartsWith("gcca31-ef-", StringComparison.Ordinal)));
    }

    [Fact]
    public void ChinaEtsGridFactor_Is0_5703_ForReporting2023To2025()
    {
        var ets = Library.Get("grid-cn-2022-ets");

        Assert.Equal(0.5703m, ets.Value);
        Assert.Equal((2023, 2025), (ets.ValidFromYear, ets.ValidToYear));
        Assert.Equal("CN", ets.Country);
        Assert.Equal(FactorConfidence.Found, ets.Confidence);
        Assert.Equal("t CO2/MWh", ets.Unit);
    }

    [Theory]
    [InlineData(2023)]
    [InlineData(2024)]
    [InlineData(2025)]
    public void ChinaGrid_InAnEtsReportingYear_HasExactlyOneEtsFactor(int year)
    {
        var ets = Library.Search(new FactorQuery { Kind = FactorKinds.Grid, Country = "CN", Year = year })
            .Where(f => f.Id.Contains("-ets", StringComparison.Ordinal));

        Assert.Equal("grid-cn-2022-ets", Assert.Single(ets).Id);
    }

    [Theory]
    [InlineData("AZ")]
    [InlineData("CN")]
    [InlineData("TR")]
    [InlineData("EU")]
    public void Country_HasAGridFactor_ValidIn2024(string country)
    {
        var grid = Library.Search(new FactorQuery { Kind = FactorKinds.Grid, Country = country, Year = 2024 });

        Assert.NotEmpty(grid);
        Assert.All(grid, f => Assert.Contains(f.Unit, new[] { "t CO2/MWh", "t CO2e/MWh" }));
    }

    [Fact]
    public void ChinaDefaultTables_AreNotDuplicatedHere()
    {
        // The 2013 guideline and CETS 2024 tables live in the Domain with their methods; a second copy
        // here could drift from them.
        Assert.DoesNotContain(Library.Factors, f => f.Country == "CN" && f.Kind != FactorKinds.Grid);
    }
}
