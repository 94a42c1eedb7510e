using System.Text.Json.Nodes;
using Calcine.Application.Co2.Document;
using Calcine.Domain.Accounting;
using Calcine.TestKit;

namespace Calcine.Domain.Tests.Accounting;

/// <summary>Test documents: a contract example, optionally edited, read through the real reader.</summary>
internal static class PlantYears
{
    public static PlantYear Example(string name, Action<JsonObject>? edit = null)
    {
        var node = JsonNode.Parse(Examples.Read(name + ".json"))!.AsObject();
        edit?.Invoke(node);
        var result = PlantYearReader.Read(node.ToJsonString());
        Assert.True(result.Success, string.Join("\n", result.Errors));
        return result.Value;
    }
}
