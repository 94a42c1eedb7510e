using Calcine.Cli.Tests.Malformed;
using Calcine.TestKit;

namespace Calcine.Cli.Tests.Recp;

/// <summary><c>calcine recp appraise | mfca | baseline</c> as a user runs them: the public examples
/// print their expected results; every malformed document exits 1 naming the contract's path.</summary>
public class RecpCommandTests
{
    [Theory]
    [InlineData("appraise", "recp-foundry-options")]
    [InlineData("mfca", "recp-dairy-mfca")]
    [InlineData("baseline", "recp-textile-baseline")]
    public void Recp_PublicExample_PrintsTheExpectedResult(string command, string name)
    {
        var r = CapturedRun.InProcess("recp", command, "--input", Examples.PathOf($"{name}.json"));

        Assert.True(r.ExitCode == 0, r.StandardError);
        Assert.Equal("", r.StandardError);
        var differences = JsonExpectation.Compare(Examples.Read($"{name}.expected.json"), r.StandardOutput);
        Assert.True(differences.Count == 0, string.Join("\n", differences.Take(10)));
    }

    public static TheoryData<string> CaseNames() => [.. RecpMalformedDocuments.All.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Recp_MalformedDocument_ExitsOneAndNamesThePathWithTheWord(string name)
    {
        var c = RecpMalformedDocuments.All.Single(x => x.Name == name);
        using var file = new TempFile(c.Document());

        var r = CapturedRun.InProcess("recp", c.Command, "--input", file.Path);

        Assert.True(r.ExitCode == 1, $"exit code {r.ExitCode}; stderr:\n{r.StandardError}");
        Assert.Equal("", r.StandardOutput);
        r.AssertNoStackTrace();
        Assert.All(r.ErrorLines, l => Assert.StartsWith("error: ", l, StringComparison.Ordinal));
        Assert.True(
            r.ErrorLines.Any(l => l.StartsWith($"error: {c.Path}: ", StringComparison.Ordinal) && l.Contains(c.Word, StringComparison.OrdinalIgnoreCase)),
            $"no line names {c.Path} with \"{c.Word}\"; stderr:\n{r.StandardError}");
    }

    [Fact]
    public void Cases_AtLeastThirty_UniquelyNamed_CoveringEachCommand()
    {
        var all = RecpMalformedDocuments.All;

        Assert.True(all.Count >= 30, $"{all.Count} cases");
        Assert.Equal(all.Count, all.Select(c => c.Name).Distinct().Count());
        Assert.All(new[] { "appraise", "mfca", "baseline" }, cmd => Assert.True(all.Count(c => c.Command == cmd) >= 8, cmd));
    }

    [Fact]
    public void Recp_MissingFile_ExitsOneWithTheDocumentPath()
    {
        var r = CapturedRun.InProcess("recp", "mfca", "--input", "/nonexistent/flows.json");

        Assert.Equal(1, r.ExitCode);
        Assert.Equal("", r.StandardOutput);
        Assert.StartsWith("error: $: ", r.ErrorLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Appraise_NoteAndExtensionMembers_AreAccepted()
    {
        var doc = System.Text.Json.Nodes.JsonNode.Parse(Examples.Read("recp-foundry-options.json"))!;
        doc["options"]![0]!["x-owner"] = "maintenance";
        doc["prices"]!["note"] = new System.Text.Json.Nodes.JsonArray(1, 2);
        using var file = new TempFile(System.Text.Encoding.UTF8.GetBytes(doc.ToJsonString()));

        var r = CapturedRun.InProcess("recp", "appraise", "--input", file.Path);

        Assert.True(r.ExitCode == 0, r.StandardError);
    }
}
