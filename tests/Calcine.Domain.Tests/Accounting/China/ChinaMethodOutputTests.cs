using System.Text.Json;
using Calcine.Application.Co2;
using Calcine.TestKit;
using static Calcine.Domain.Tests.Accounting.ExampleDocuments;

namespace Calcine.Domain.Tests.Accounting.China;

/// <summary>The IPCC and China methods as co2 calc runs them: catalog, applicability, JSON keys.</summary>
public class ChinaMethodOutputTests
{
    private static readonly string[] Appended = ["ipcc-t1", "ipcc-t2", "ipcc-t3", "cn-2013", "cn-2024"];

    [Fact]
    public void Catalog_AppendsTheMethodsInOrderAfterGcca()
    {
        var ids = Co2MethodCatalog.Ids.ToList();

        Assert.Equal("gcca", ids[0]);
        Assert.Equal(Appended, ids.Skip(ids.Count - Appended.Length));
    }

    [Fact]
    public void Cn2024Output_ComplianceTotalExcludesElectricity_AndFlagsUnverifiedDefaults()
    {
        var json = Calc(Load(ChinaLine), "cn-2024");

        Assert.Equal("cn-2024", json.GetProperty("methodology").GetProperty("id").GetString());
        Near(1_220_813.87m, json.GetProperty("totalCo2_t").GetDecimal());
        Assert.Equal(773_700m, json.GetProperty("processCo2_t").GetDecimal());
        Assert.Equal(68_436m, json.GetProperty("electricityCo2_t").GetDecimal());
        Assert.False(json.GetProperty("indirectInTotal").GetBoolean());
        Assert.True(json.GetProperty("unverifiedDefaultsUsed").GetBoolean());
        Assert.Equal(2, json.GetProperty("unverifiedDefaults").GetArrayLength());
        Assert.Equal("carbide-slag", json.GetProperty("alternativeRawMaterials")[0].GetProperty("type").GetString());
    }

    [Fact]
    public void Cn2013Output_TotalIncludesElectricity()
    {
        var json = Calc(Load(ChinaLine), "cn-2013");

        Near(1_321_284.78m, json.GetProperty("totalCo2_t").GetDecimal());
        Near(1_252_848.78m, json.GetProperty("directCo2_t").GetDecimal());
        Assert.True(json.GetProperty("indirectInTotal").GetBoolean());
        Assert.Equal("default", json.GetProperty("electricity").GetProperty("gridEfBasis").GetString());
    }

    [Fact]
    public void IpccOutput_FuelMemoIsApartFromProcessCo2()
    {
        var json = Calc(Load(IpccTiers), "ipcc-t2");

        Near(617_540.35m, json.GetProperty("processCo2_t").GetDecimal());
        Assert.Equal("default", json.GetProperty("efClinkerBasis").GetString());
        var memo = json.GetProperty("fuelCombustionMemo");
        Assert.False(memo.GetProperty("includedInProcessCo2").GetBoolean());
        Assert.Equal(261_442m, memo.GetProperty("fossilCo2_t").GetDecimal());
        Assert.StartsWith("1.A.2.f", memo.GetProperty("category").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AllMethods_OnGccaExample_MarksMissingInputsNotApplicable()
    {
        var py = PlantYearFrom("gcca-integrated-plant");

        var methods = Calc(py, "all").GetProperty("methods");

        var t1 = methods.GetProperty("ipcc-t1");
        Assert.False(t1.GetProperty("applicable").GetBoolean());
        Assert.StartsWith("$.ipcc.tier1: is required for ipcc-t1", t1.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("$.ipcc.tier3", methods.GetProperty("ipcc-t3").GetProperty("reason").GetString(), StringComparison.Ordinal);
        // Tier 2 needs only the clinker: CaO 0.655 of the example, default CF 1.02.
        Near(1_500_000m * 0.655m * 44.01m / 56.08m * 1.02m, methods.GetProperty("ipcc-t2").GetProperty("processCo2_t").GetDecimal(), 1e-6m);
        Assert.True(methods.GetProperty("cn-2013").TryGetProperty("totalCo2_t", out _));
        Assert.True(methods.GetProperty("cn-2024").TryGetProperty("totalCo2_t", out _));
    }

    [Fact]
    public void CheckInputs_Cn2013WithoutCaO_ReturnsTheMissingPath()
    {
        var py = Load(ChinaLine, d => d["clinker"]!.AsObject().Remove("cao"));

        var error = Assert.Single(Co2Report.CheckInputs(py, "cn-2013"));

        Assert.Equal("$.clinker.cao", error.Path);
    }

    [Fact]
    public void Trace_IsWrittenWithSourcesForEveryInput()
    {
        var json = Calc(Load(ChinaLine), "cn-2024", withTrace: true);

        var steps = json.GetProperty("trace").EnumerateArray().ToList();
        Assert.Contains(steps, s => s.GetProperty("id").GetString() == "cn-2024.process");
        Assert.All(steps.SelectMany(s => s.GetProperty("inputs").EnumerateArray()),
            i => Assert.False(string.IsNullOrWhiteSpace(i.GetProperty("source").GetString())));
        var coal = steps.Single(s => s.GetProperty("id").GetString() == "cn-2024.fuel[0]");
        Assert.Contains(coal.GetProperty("inputs").EnumerateArray(), i => i.GetProperty("source").GetString() == "$.fuels[0].carbonContent_tC_per_GJ");
    }

    private static Domain.Accounting.PlantYear PlantYearFrom(string example)
    {
        var result = Application.Co2.Document.PlantYearReader.Read(Examples.Read(example + ".json"));
        Assert.True(result.Success);
        return result.Value;
    }

    [Fact]
    public void ExampleDocuments_PassTheStrictReader()
    {
        foreach (var name in new[] { IpccTiers, ChinaLine })
        {
            var result = Application.Co2.Document.PlantYearReader.Read(Examples.Read(name + ".json"));
            Assert.True(result.Success, string.Join("\n", result.Errors));
            Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(Examples.Read(name + ".json")).RootElement.ValueKind);
        }
    }
}
