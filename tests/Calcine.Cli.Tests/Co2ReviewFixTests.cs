using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Calcine.Cli.Tests.Malformed;
using Calcine.TestKit;

namespace Calcine.Cli.Tests;

/// <summary>co2 calc on documents the first version refused or mis-read: a grinding plant under
/// --method cbam, and electricity that is all generated on site.</summary>
public class Co2ReviewFixTests
{
    private static TempFile Edited(string example, Action<JsonObject> edit)
    {
        var node = JsonNode.Parse(Examples.Read(example))!.AsObject();
        edit(node);
        return new TempFile(Encoding.UTF8.GetBytes(node.ToJsonString()));
    }

    private static void GrindingPlant(JsonObject d)
    {
        d.Remove("calcination");
        d["clinker"] = JsonNode.Parse("""{ "produced_t": 0, "bought_t": 900000, "boughtSeeDirect_tCO2_per_t": 0.85, "boughtSeeIndirect_tCO2_per_t": 0.04 }""");
        d["fuels"] = new JsonArray(d["fuels"]![2]!.DeepClone());
        d["electricity"]!["consumption"] = new JsonArray(d["electricity"]!["consumption"]![1]!.DeepClone());
    }

    [Fact]
    public void CalcCbam_GrindingPlant_ExitsZeroWithCementSee()
    {
        using var file = Edited("cbam-kiln-and-mill.json", GrindingPlant);

        var r = InProcessCli.Run("co2", "calc", "--input", file.Path, "--method", "cbam");

        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.StandardOutput);
        var cement = Assert.Single(doc.RootElement.GetProperty("goods").EnumerateArray());
        Assert.Equal((1200m * 50m * 56.1m / 1000m + 900000m * 0.85m) / 1200000m, cement.GetProperty("seeDirect_tCO2_per_t").GetDecimal());
    }

    [Fact]
    public void CalcDefault_GrindingPlant_WritesContractCementSee()
    {
        using var file = Edited("cbam-kiln-and-mill.json", GrindingPlant);

        var r = InProcessCli.Run("co2", "calc", "--input", file.Path);

        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.StandardOutput);
        var cbam = doc.RootElement.GetProperty("cbam");
        Assert.Equal(JsonValueKind.Null, cbam.GetProperty("clinker").GetProperty("direct").ValueKind);
        Assert.Equal((48000m * 0.45m + 900000m * 0.04m) / 1200000m, cbam.GetProperty("cement").GetProperty("indirect").GetDecimal());
    }

    [Fact]
    public void Validate_AllElectricityOnSiteWithoutGridFactor_IsValid()
    {
        using var file = Edited("cbam-kiln-and-mill.json", d =>
            d["electricity"] = JsonNode.Parse("""{ "consumption": [ { "use": "kiln", "source": "on-site", "MWh": 70000 } ] }"""));

        var r = InProcessCli.Run("co2", "validate", "--input", file.Path);

        Assert.Equal(0, r.ExitCode);
    }

    [Fact]
    public void Validate_GridElectricityWithoutGridFactor_IsStillAnError()
    {
        using var file = Edited("cbam-kiln-and-mill.json", d =>
            d["electricity"] = JsonNode.Parse("""{ "consumption": [ { "use": "kiln", "source": "grid", "MWh": 70000 } ] }"""));

        var r = InProcessCli.Run("co2", "validate", "--input", file.Path);

        Assert.Equal(1, r.ExitCode);
        Assert.Contains("$.electricity.gridEf_tCO2_per_MWh", r.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void CalcCbam_OnSiteElectricityWithoutGridFactor_ExitsOneNamingTheFactor()
    {
        using var file = Edited("cbam-kiln-and-mill.json", d =>
            d["electricity"] = JsonNode.Parse("""{ "consumption": [ { "use": "kiln", "source": "on-site", "MWh": 70000 } ] }"""));

        var r = InProcessCli.Run("co2", "calc", "--input", file.Path, "--method", "cbam");

        Assert.Equal(1, r.ExitCode);
        Assert.StartsWith("error: $.electricity.gridEf_tCO2_per_MWh:", r.StandardError, StringComparison.Ordinal);
    }
}
