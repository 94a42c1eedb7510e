using System.Text.Json;
using Calcine.Application.Co2;
using Calcine.Application.Co2.Document;
using Calcine.Cli.Commands;
using Calcine.TestKit;

namespace Calcine.Cli.Tests;

public class Co2CommandTests
{
    private static readonly string Integrated = Examples.PathOf("gcca-integrated-plant.json");

    [Fact]
    public void Calc_MethodAll_AddsOneObjectPerMethod_AndKeepsContractKeys()
    {
        var r = InProcessCli.Run("co2", "calc", "--input", Integrated, "--method", "all");

        Assert.Equal(0, r.ExitCode);
        Assert.Empty(JsonExpectation.Compare(Examples.Read("gcca-integrated-plant.expected.json"), r.StandardOutput));
        using var doc = JsonDocument.Parse(r.StandardOutput);
        var methods = doc.RootElement.GetProperty("methods");
        Assert.Equal(Co2MethodCatalog.Ids, methods.EnumerateObject().Select(p => p.Name));
        Assert.Equal(doc.RootElement.GetProperty("grossCo2_t").GetDecimal(), methods.GetProperty("gcca").GetProperty("grossCo2_t").GetDecimal());
    }

    [Theory]
    [InlineData("eu-mrr", "totalCo2_t")]
    [InlineData("cbam", "goods")]
    public void Calc_SingleMethod_WritesThatMethodsObject(string method, string key)
    {
        var r = InProcessCli.Run("co2", "calc", "--input", Examples.PathOf("cbam-kiln-and-mill.json"), "--method", method);

        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.StandardOutput);
        Assert.Equal(method, doc.RootElement.GetProperty("methodology").GetProperty("id").GetString());
        Assert.True(doc.RootElement.TryGetProperty(key, out _));
    }

    [Fact]
    public void Calc_Trace_ListsStepsWithFormulaAndSources()
    {
        var r = InProcessCli.Run("co2", "calc", "--input", Integrated, "--trace");

        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.StandardOutput);
        var steps = doc.RootElement.GetProperty("trace").EnumerateArray().ToList();
        var gross = Assert.Single(steps, s => s.GetProperty("id").GetString() == "gross");
        Assert.Equal(1239890.42m, Math.Round(gross.GetProperty("value").GetDecimal(), 2));
        Assert.All(steps, s => Assert.False(string.IsNullOrEmpty(s.GetProperty("formula").GetString())));
    }

    [Fact]
    public void Calc_WithoutTrace_HasNoTrace()
    {
        var r = InProcessCli.Run("co2", "calc", "--input", Integrated);

        using var doc = JsonDocument.Parse(r.StandardOutput);
        Assert.False(doc.RootElement.TryGetProperty("trace", out _));
    }

    [Fact]
    public void Template_IsAValidDocument_ThatValidates()
    {
        var r = InProcessCli.Run("co2", "template");

        Assert.Equal(0, r.ExitCode);
        Assert.Contains("// ", r.StandardOutput, StringComparison.Ordinal);
        var parsed = PlantYearReader.Read(r.StandardOutput);
        Assert.True(parsed.Success, string.Join("\n", parsed.Errors));
        Assert.Equal(Co2TemplateCommand.Text(), r.StandardOutput);
    }

    [Fact]
    public void Template_MentionsEveryFieldOfTheContract()
    {
        var template = Co2TemplateCommand.Text();
        string[] fields =
        [
            "\"format\"", "\"kilnProcess\"", "\"produced_t\"", "\"bought_t\"", "\"sold_t\"", "\"stockIncrease_t\"", "\"cao\"", "\"mgo\"",
            "\"emissionFactor_tCO2_per_t\"", "\"boughtSeeDirect_tCO2_per_t\"", "\"boughtSeeIndirect_tCO2_per_t\"", "\"method\"", "\"nonCarbonateInputs\"",
            "\"bypassDust_t\"", "\"leaving_t\"", "\"calcinationRate\"", "\"loi\"", "\"toc\"", "\"rawMealToClinker\"", "\"mineralComponents_t\"",
            "\"mineralComponents\"", "\"substitutesSold_t\"", "\"fuels\"", "\"category\"", "\"use\"", "\"lhv_GJ_per_t\"", "\"ef_kgCO2_per_GJ\"",
            "\"biogenicShare\"", "\"gridEf_tCO2_per_MWh\"", "\"consumption\"", "\"MWh\"",
        ];

        Assert.All(fields, f => Assert.Contains(f, template, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_ValidDocument_ExitsZeroAndSaysValid()
    {
        var r = InProcessCli.Run("co2", "validate", "--input", Integrated);

        Assert.Equal(0, r.ExitCode);
        Assert.StartsWith("valid: 1", r.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Calc_CbamWithoutClinker_ExitsOneNamingTheField()
    {
        var path = Path.Combine(Path.GetTempPath(), $"calcine-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "format": "plant-year/1", "plant": { "id": "g", "kilnProcess": "dry" }, "year": 2025, "clinker": { "produced_t": 0 } }""");
        try
        {
            var r = InProcessCli.Run("co2", "calc", "--input", path, "--method", "cbam");

            Assert.Equal(1, r.ExitCode);
            Assert.Equal("", r.StandardOutput);
            Assert.StartsWith("error: $.clinker.produced_t:", r.StandardError, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
