using System.Text.Json;
using System.Text.Json.Nodes;
using Calcine.Application.Co2;
using static Calcine.Domain.Tests.Accounting.ExampleDocuments;

namespace Calcine.Domain.Tests.Accounting.Review;

/// <summary>co2 calc output: consistent EU key names, a calculationMethod in every method's object,
/// the CBAM data set's notes, and the note on a negative China total.</summary>
public class MethodOutputTests
{
    private static readonly string[] EuProcessKeys = ["clinkerCo2_t", "bypassDustCo2_t", "ckdCo2_t", "nonCarbonateCarbonCo2_t"];

    [Fact]
    public void EuMrrOutput_UsesCo2KeyNames()
    {
        var json = Calc(PlantYears.Example("cbam-kiln-and-mill"), "eu-mrr");

        var process = json.GetProperty("process");
        Assert.All(EuProcessKeys, k => Assert.True(process.TryGetProperty(k, out _), k));
        Assert.Equal(525688.00m, process.GetProperty("clinkerCo2_t").GetDecimal());
        Assert.Equal(json.GetProperty("totalCo2_t").GetDecimal() / 1000000m, json.GetProperty("totalCo2_tCO2_per_tClinker").GetDecimal());
        Assert.False(process.TryGetProperty("clinker_t", out _));
        Assert.False(json.TryGetProperty("totalCo2PerClinker_t", out _));
    }

    [Theory]
    [InlineData(ChinaLine)]
    [InlineData(IpccTiers)]
    public void EveryApplicableMethod_WritesItsCalculationMethod(string example)
    {
        var json = Calc(Load(example), Co2Report.AllMethods);

        Assert.False(string.IsNullOrWhiteSpace(json.GetProperty("calculationMethod").GetString()));
        var applicable = json.GetProperty("methods").EnumerateObject().Where(m => !m.Value.TryGetProperty("applicable", out _)).ToList();
        Assert.True(applicable.Count >= 4, $"only {applicable.Count} methods apply to {example}");
        foreach (var method in applicable)
        {
            Assert.True(method.Value.TryGetProperty("calculationMethod", out var cm) && cm.ValueKind == JsonValueKind.String
                && cm.GetString()!.Length > 0, $"{method.Name} has no calculationMethod");
        }
    }

    [Fact]
    public void CbamNotes_NameOtherAndOnSitePowerFuelsAndOnSiteElectricityAtGridFactor()
    {
        var py = PlantYears.Example("cbam-kiln-and-mill", d =>
        {
            d["fuels"]!.AsArray().Add(JsonNode.Parse(
                """{ "name": "diesel", "category": "conventional-fossil", "use": "other", "mass_t": 100, "lhv_GJ_per_t": 43, "ef_kgCO2_per_GJ": 74.1 }"""));
            d["fuels"]!.AsArray().Add(JsonNode.Parse(
                """{ "name": "gas turbine", "category": "conventional-fossil", "use": "on-site-power", "mass_t": 1000, "lhv_GJ_per_t": 48, "ef_kgCO2_per_GJ": 56.1 }"""));
            d["electricity"]!["consumption"]![0]!["source"] = "on-site";
        });

        var notes = Calc(py, "cbam").GetProperty("notes").EnumerateArray().Select(n => n.GetString()!).ToList();

        Assert.Contains(notes, n => n.StartsWith(Plain(100m * 43m * 74.1m / 1000m), StringComparison.Ordinal) && n.Contains("\"other\"", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.StartsWith(Plain(1000m * 48m * 56.1m / 1000m), StringComparison.Ordinal) && n.Contains("\"on-site-power\"", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.StartsWith("70000 MWh", StringComparison.Ordinal) && n.Contains("grid factor", StringComparison.Ordinal));
    }

    [Fact]
    public void CbamNotes_GridElectricityOnly_HasNoOnSiteNote()
    {
        var notes = Calc(PlantYears.Example("cbam-kiln-and-mill"), "cbam").GetProperty("notes").EnumerateArray().Select(n => n.GetString()!);

        Assert.DoesNotContain(notes, n => n.Contains("on site", StringComparison.Ordinal));
    }

    [Fact]
    public void Cn2013_NegativeTotal_CarriesANote()
    {
        var py = Load(ChinaLine, d => d["china"]!["electricityExported_MWh"] = 5_000_000);

        var json = Calc(py, "cn-2013");

        Assert.True(json.GetProperty("totalCo2_t").GetDecimal() < 0m);
        Assert.Contains(json.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("negative", StringComparison.Ordinal));
    }

    [Fact]
    public void Cn2013_PositiveTotal_HasNoNegativeNote()
    {
        var json = Calc(Load(ChinaLine), "cn-2013");

        Assert.DoesNotContain(json.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("negative", StringComparison.Ordinal));
    }

    private static string Plain(decimal value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
