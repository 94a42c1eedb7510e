using System.Text;
using System.Text.Json.Nodes;
using Calcine.TestKit;

namespace Calcine.Cli.Tests.Recp;

/// <summary>One broken RECP document: a public example changed in one place, the command that reads
/// it, and the path and word the contract's error table requires among the error lines.</summary>
internal sealed record RecpMalformedCase(string Name, string Command, string Example, Func<JsonNode, JsonNode?> Break, string Path, string Word)
{
    public byte[] Document()
    {
        var node = JsonNode.Parse(Examples.Read($"{Example}.json"))!;
        var broken = Break(node);
        return broken is JsonValue raw && raw.TryGetValue<string>(out var text) && Name.StartsWith("raw:", StringComparison.Ordinal)
            ? Encoding.UTF8.GetBytes(text)
            : Encoding.UTF8.GetBytes((broken ?? node).ToJsonString());
    }
}
