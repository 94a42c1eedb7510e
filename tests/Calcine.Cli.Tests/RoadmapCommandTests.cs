using System.Text;
using System.Text.Json;
using Calcine.Cli.Tests.Malformed;
using Calcine.TestKit;

namespace Calcine.Cli.Tests;

/// <summary><c>calcine roadmap run | macc | validate</c> as a user runs them.</summary>
public class RoadmapCommandTests
{
    [Theory]
    [InlineData("roadmap-ecra-reference-kiln")]
    [InlineData("roadmap-two-plants-cap")]
    [InlineData("roadmap-infeasible-exclusive-blends")]
    public void Run_PublicExample_PrintsTheExpectedResult(string name)
    {
        var r = CapturedRun.InProcess("roadmap", "run", "--input", Examples.PathOf($"{name}.json"));

        Assert.True(r.ExitCode == 0, r.StandardError);
        var differences = JsonExpectation.Compare(Examples.Read($"{name}.expected.json"), r.StandardOutput);
        Assert.True(differences.Count == 0, string.Join("\n", differences.Take(10)));
    }

    [Fact]
    public void Run_CpSatMethod_PrintsTheSamePlanAsEnumeration()
    {
        var file = Examples.PathOf("roadmap-two-plants-cap.json");

        var cp = CapturedRun.InProcess("roadmap", "run", "--input", file, "--method", "cp-sat");
        var ex = CapturedRun.InProcess("roadmap", "run", "--input", file, "--method", "exhaustive");

        Assert.Equal(0, cp.ExitCode);
        Assert.DoesNotContain(JsonExpectation.Compare(ex.StandardOutput, cp.StandardOutput), d => !d.Contains(".search.", StringComparison.Ordinal));
        Assert.Contains("\"cp-sat\"", cp.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_FeasibleExample_AnalysisAgreesWithThePathway()
    {
        var r = CapturedRun.InProcess("roadmap", "run", "--input", Examples.PathOf("roadmap-two-plants-cap.json"));

        Assert.True(r.ExitCode == 0, r.StandardError);
        using var doc = JsonDocument.Parse(r.StandardOutput);
        var years = doc.RootElement.GetProperty("pathway").GetProperty("years").EnumerateArray().ToList();
        var analysis = doc.RootElement.GetProperty("analysis");
        var investment = analysis.GetProperty("investment").EnumerateArray().ToList();
        foreach (var y in years)
        {
            var year = y.GetProperty("year").GetInt32();
            var adopted = investment.Where(i => i.GetProperty("year").GetInt32() == year).Sum(i => i.GetProperty("adoption_USD").GetDouble());
            Assert.Equal(y.GetProperty("investment_USD").GetDouble(), adopted, 1e-6);
        }

        var first = analysis.GetProperty("costPerTonneCement")[0];
        var total = years[0].GetProperty("total");
        Assert.Equal(total.GetProperty("cost_USD").GetDouble() / total.GetProperty("cement_t").GetDouble(), first.GetProperty("plan_USD_per_tCement").GetDouble(), 1e-9);
        Assert.NotEmpty(analysis.GetProperty("breakEven").EnumerateArray());
        Assert.All(analysis.GetProperty("impliedCarbonPrices").EnumerateArray(), p => Assert.True(p.GetProperty("slack_tCO2").GetDouble() >= -1e-3));
    }

    [Fact]
    public void Run_InfeasibleExample_AnalysisHasNoPlanFigures()
    {
        var r = CapturedRun.InProcess("roadmap", "run", "--input", Examples.PathOf("roadmap-infeasible-exclusive-blends.json"));

        Assert.True(r.ExitCode == 0, r.StandardError);
        using var doc = JsonDocument.Parse(r.StandardOutput);
        var analysis = doc.RootElement.GetProperty("analysis");
        Assert.Equal(JsonValueKind.Null, analysis.GetProperty("investment").ValueKind);
        Assert.Equal(JsonValueKind.Null, analysis.GetProperty("costPerTonneCement").ValueKind);
        Assert.Equal(JsonValueKind.Array, analysis.GetProperty("breakEven").ValueKind);
    }

    [Fact]
    public void Macc_Year2030_PrintsTheMaccObjectOfTheResult()
    {
        var r = CapturedRun.InProcess("roadmap", "macc", "--input", Examples.PathOf("roadmap-ecra-reference-kiln.json"), "--year", "2030");

        Assert.True(r.ExitCode == 0, r.StandardError);
        using var expected = JsonDocument.Parse(Examples.Read("roadmap-ecra-reference-kiln.expected.json"));
        Assert.Empty(JsonExpectation.Compare(expected.RootElement.GetProperty("macc").GetRawText(), r.StandardOutput));
    }

    [Fact]
    public void Macc_YearOutsideHorizon_ExitsOneNamingTheYearOption()
    {
        var r = CapturedRun.InProcess("roadmap", "macc", "--input", Examples.PathOf("roadmap-ecra-reference-kiln.json"), "--year", "2051");

        r.AssertRejected(["--year"]);
    }

    [Fact]
    public void Validate_ValidScenario_PrintsValid()
    {
        var r = CapturedRun.InProcess("roadmap", "validate", "--input", Examples.PathOf("roadmap-two-plants-cap.json"));

        Assert.Equal(0, r.ExitCode);
        Assert.Equal("valid\n", r.StandardOutput);
    }

    [Theory]
    [InlineData("validate", "{\"format\": \"roadmap-scenario/1\", \"id\": 7}", "$.id")]
    [InlineData("run", "[]", "$")]
    [InlineData("run", "{\"format\": \"roadmap-scenario/2\"}", "$.format")]
    public void Command_MalformedScenario_ExitsOneWithPathsAndEmptyStdout(string command, string json, string path)
    {
        using var file = new TempFile(Encoding.UTF8.GetBytes(json));

        var r = CapturedRun.InProcess("roadmap", command, "--input", file.Path);

        Assert.Equal(1, r.ExitCode);
        Assert.Equal("", r.StandardOutput);
        Assert.Contains(r.ErrorLines, l => l.StartsWith($"error: {path}: ", StringComparison.Ordinal));
        Assert.All(r.ErrorLines, l => Assert.StartsWith("error: $", l, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("run", "\"discountRate\": 0.08", "\"discountRate\": 1.5", "$.discountRate")]
    [InlineData("macc", "\"captureRate\": 0.95", "\"captureRate\": -0.95", "$.levers[5].effect.captureRate")]
    [InlineData("validate", "\"life_years\": 25, \"earliestYear\"", "\"life_years\": 25.5, \"earliestYear\"", "$.levers[5].life_years")]
    public void Command_ExampleWithOneRuleBroken_NamesThePath(string command, string from, string to, string path)
    {
        using var file = new TempFile(Encoding.UTF8.GetBytes(ReplaceLast(Examples.Read("roadmap-ecra-reference-kiln.json"), from, to)));
        string[] args = command == "macc" ? ["roadmap", command, "--input", file.Path, "--year", "2030"] : ["roadmap", command, "--input", file.Path];

        var r = CapturedRun.InProcess(args);

        r.AssertRejected([path]);
    }

    private static string ReplaceLast(string text, string from, string to)
    {
        var i = text.LastIndexOf(from, StringComparison.Ordinal);
        Assert.True(i >= 0, $"{from} not in the example");
        return string.Concat(text.AsSpan(0, i), to, text.AsSpan(i + from.Length));
    }
}
