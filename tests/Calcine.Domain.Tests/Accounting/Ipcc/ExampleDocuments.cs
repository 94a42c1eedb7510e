using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Calcine.Application.Co2;
using Calcine.Application.Co2.Document;
using Calcine.Domain.Accounting;
using Calcine.Domain.Results;
using Calcine.TestKit;

namespace Calcine.Domain.Tests.Accounting;

/// <summary>The IPCC and China worked examples (TestKit/Examples), optionally edited, read through
/// the real strict reader; and the reference's tolerance rule.</summary>
internal static class ExampleDocuments
{
    public const string IpccTiers = "ipcc-tiers";
    public const string ChinaLine = "china-clinker-line";

    public static PlantYear Load(string name, Action<JsonObject>? edit = null)
    {
        var node = JsonNode.Parse(Examples.Read(name + ".json"))!.AsObject();
        edit?.Invoke(node);
        var result = PlantYearReader.Read(node.ToJsonString());
        Assert.True(result.Success, string.Join("\n", result.Errors));
        return result.Value;
    }

    /// <summary>The reference shows absolute tonnes to 0.01 t; they must agree within that.</summary>
    public static void Near(decimal expected, decimal actual, decimal tolerance = 0.01m) =>
        Assert.True(Math.Abs(expected - actual) <= tolerance, $"expected {expected} ± {tolerance}, got {actual}");

    /// <summary>The output of <c>co2 calc --method id</c> for a document, parsed.</summary>
    public static JsonElement Calc(PlantYear py, string methodId, bool withTrace = false)
    {
        using var output = new MemoryStream();
        Co2Report.Write(output, py, methodId, withTrace);
        return JsonDocument.Parse(Encoding.UTF8.GetString(output.ToArray())).RootElement.Clone();
    }

    public static TraceStep Step(CalculationTrace trace, string id) => Assert.Single(trace.Steps, s => s.Id == id);

    public static TraceInput Input(TraceStep step, string name) => Assert.Single(step.Inputs, i => i.Name == name);
}
