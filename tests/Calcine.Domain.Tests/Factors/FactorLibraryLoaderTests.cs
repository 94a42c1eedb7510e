using System.Text;
using Calcine.Application.Co2.Factors;
using Calcine.Domain.Factors;

namespace Calcine.Domain.Tests.Factors;

/// <summary>The loader is strict: shipped data with a mistake must fail loudly, naming where.</summary>
public class FactorLibraryLoaderTests
{
    private const string ValidEntry = """
        {"id":"test-grid","kind":"grid","name":"Test grid","value":0.5,"unit":"t CO2/MWh","source":"a test citation of some length","version":"2026.1","validFromYear":2020,"validToYear":2021,"confidence":"Found","country":"CN"}
        """;

    private static string Document(params string[] entries) =>
        $$"""{"format":"calcine-factor-library/1","version":"2026.1","factors":[{{string.Join(",", entries)}}]}""";

    private static FactorLibrary Parse(string json) => FactorLibraryLoader.Parse(Encoding.UTF8.GetBytes(json), "test.json");

    [Fact]
    public void Parse_ValidDocument_ReadsEveryField()
    {
        var f = Assert.Single(Parse(Document(ValidEntry)).Factors);

        Assert.Equal(new EmissionFactor("test-grid", "grid", "Test grid", 0.5m, "t CO2/MWh", "a test citation of some length", "2026.1", 2020, 2021, FactorConfidence.Found, "CN"), f);
    }

    [Theory]
    [InlineData("\"value\":0.5", "\"value\":\"0.5\"", "'value'")]
    [InlineData("\"value\":0.5", "\"value\":-0.5", "'value'")]
    [InlineData("\"kind\":\"grid\"", "\"kind\":\"grid-factor\"", "'kind'")]
    [InlineData("\"confidence\":\"Found\"", "\"confidence\":\"found\"", "'confidence'")]
    [InlineData("\"confidence\":\"Found\"", "\"confidence\":\"Recalled\"", "'notes'")]
    [InlineData("\"country\":\"CN\"", "\"country\":\"cn\"", "'country'")]
    [InlineData("\"country\":\"CN\"", "\"country\":\"CHN\"", "'country'")]
    [InlineData("\"validToYear\":2021", "\"validToYear\":2019", "'validToYear'")]
    [InlineData("\"validToYear\":2021", "\"validToYear\":\"2021\"", "'validToYear'")]
    [InlineData("\"version\":\"2026.1\"", "\"version\":\"2027.1\"", "'version'")]
    [InlineData("\"version\":\"2026.1\"", "\"version\":\"v1\"", "'version'")]
    [InlineData("\"unit\":\"t CO2/MWh\"", "\"unit\":\"\"", "'unit'")]
    [InlineData("\"source\":\"a test citation of some length\"", "\"source\":\" padded \"", "'source'")]
    [InlineData(",\"validFromYear\":2020", "", "'validFromYear' is missing")]
    [InlineData("\"country\":\"CN\"", "\"country\":\"CN\",\"comment\":\"x\"", "'comment'")]
    [InlineData("\"country\":\"CN\"", "\"country\":\"CN\",\"country\":\"TR\"", "'country' appears twice")]
    public void Parse_BrokenEntry_ThrowsNamingTheEntryAndField(string find, string replace, string expectedInMessage)
    {
        var broken = ValidEntry.Replace(find, replace, StringComparison.Ordinal);
        Assert.NotEqual(ValidEntry, broken);

        var ex = Assert.Throws<InvalidDataException>(() => Parse(Document(broken)));

        Assert.Contains("test.json: factors[0] (test-grid)", ex.Message, StringComparison.Ordinal);
        Assert.Contains(expectedInMessage, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Test-Grid")]
    [InlineData("test_grid")]
    [InlineData("test--grid")]
    public void Parse_IdNotKebabCase_Throws(string id)
    {
        var ex = Assert.Throws<InvalidDataException>(() => Parse(Document(ValidEntry.Replace("test-grid", id, StringComparison.Ordinal))));

        Assert.Contains("'id'", ex.Message, StringComparison.Ordinal);
        Assert.Contains(id, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DuplicateId_Throws()
    {
        var ex = Assert.Throws<InvalidDataException>(() => Parse(Document(ValidEntry, ValidEntry)));

        Assert.Contains("factors[1] (test-grid)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("appears twice", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"format\":\"calcine-factor-library/1\"", "\"format\":\"calcine-factor-library/2\"", "'format'")]
    [InlineData("\"version\":\"2026.1\",\"factors\"", "\"version\":\"2026\",\"factors\"", "'version'")]
    [InlineData("\"factors\":[", "\"extra\":1,\"factors\":[", "'extra'")]
    public void Parse_BrokenHeader_Throws(string find, string replace, string expectedInMessage)
    {
        var broken = Document(ValidEntry).Replace(find, replace, StringComparison.Ordinal);

        var ex = Assert.Throws<InvalidDataException>(() => Parse(broken));

        Assert.Contains(expectedInMessage, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NotJson_Throws()
    {
        Assert.Throws<InvalidDataException>(() => Parse("{\"format\":"));
    }

    [Fact]
    public void Default_IsTheNewestShippedVersion_AndIsCached()
    {
        Assert.NotEmpty(FactorLibraryLoader.Versions);
        Assert.Equal(FactorLibraryLoader.Versions[^1], FactorLibraryLoader.Default.Version);
        Assert.Same(FactorLibraryLoader.Default, FactorLibraryLoader.Load(FactorLibraryLoader.Versions[^1]));
        Assert.Equal(FactorLibraryLoader.Versions.OrderBy(Version.Parse), FactorLibraryLoader.Versions);
    }

    [Fact]
    public void Load_UnknownVersion_Throws()
    {
        Assert.Throws<KeyNotFoundException>(() => FactorLibraryLoader.Load("1999.1"));
    }

    [Fact]
    public void ShippedVersions_AllLoad_AndAChangedValueCarriesANewerEntryVersion()
    {
        // Old libraries stay shipped so past results can be recomputed. When a value changes between
        // two libraries, the entry's own version must move on, so a result that cites (id, version)
        // names exactly one value.
        var libraries = FactorLibraryLoader.Versions.Select(FactorLibraryLoader.Load).ToList();
        Assert.All(libraries, l => Assert.NotEmpty(l.Factors));

        foreach (var (older, newer) in libraries.Zip(libraries.Skip(1)))
        {
            foreach (var before in older.Factors)
            {
                if (newer.Find(before.Id) is { } after && after.Value != before.Value)
                {
                    Assert.True(Version.Parse(after.Version) > Version.Parse(before.Version), $"{before.Id} changed value in {newer.Version} without a new entry version");
                }
            }
        }
    }

    [Fact]
    public void WriteLibrary_ThenParse_GivesBackTheShippedEntries()
    {
        var library = FactorLibraryLoader.Default;
        using var buffer = new MemoryStream();

        FactorJsonWriter.WriteLibrary(buffer, library.Version, library.Factors);
        var reread = FactorLibraryLoader.Parse(buffer.ToArray(), "round-trip");

        Assert.Equal(library.Version, reread.Version);
        Assert.Equal(library.Factors, reread.Factors);
    }
}
