using Calcine.Application.Roadmaps;

namespace Calcine.Domain.Tests.Roadmaps;

/// <summary>Every malformed scenario is rejected with errors that name exactly the broken JSON path;
/// nothing is returned.</summary>
public class RoadmapReaderTests
{
    public static TheoryData<string> CaseNames() => [.. MalformedScenarios.All.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Read_MalformedScenario_FailsNamingTheBrokenPath(string name)
    {
        var c = MalformedScenarios.Get(name);

        var result = RoadmapScenarioReader.Read(c.Document());

        Assert.False(result.Success);
        Assert.Contains(result.Errors, e => e.Path == c.ExpectedPath);
        Assert.All(result.Errors, e => Assert.True(e.Path == c.ExpectedPath, $"unexpected error {e}"));
        Assert.All(result.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
    }

    [Fact]
    public void Cases_AtLeastThirty_UniquelyNamed()
    {
        Assert.True(MalformedScenarios.All.Count >= 30, $"{MalformedScenarios.All.Count} cases");
        Assert.Equal(MalformedScenarios.All.Count, MalformedScenarios.All.Select(c => c.Name).Distinct().Count());
    }

    [Fact]
    public void Read_BaseDocument_IsValid()
    {
        var result = RoadmapScenarioReader.Read(MalformedScenarios.BaseText);

        Assert.True(result.Success, string.Join("; ", result.Errors));
        Assert.Equal(6, result.Value.Levers.Count);
    }

    [Fact]
    public void Read_UnknownFields_AreIgnored()
    {
        var text = MalformedScenarios.BaseText.Replace("\"maccYear\": 2030,", "\"maccYear\": 2030, \"comment\": {\"anything\": [1]},", StringComparison.Ordinal);

        Assert.True(RoadmapScenarioReader.Read(text).Success);
    }

    [Fact]
    public void Read_EveryPlantWithCementPath_NeedsNoGrowthRate()
    {
        var text = MalformedScenarios.BaseText
            .Replace("\"demandGrowthPerYear\": 0.0,", "", StringComparison.Ordinal)
            .Replace("\"kilnCapacity_t\": 2000000,", "\"kilnCapacity_t\": 2000000, \"cementPath_t\": {\"2025\": 2500000, \"2050\": 3000000},", StringComparison.Ordinal);

        var result = RoadmapScenarioReader.Read(text);

        Assert.True(result.Success, string.Join("; ", result.Errors));
        Assert.Null(result.Value.DemandGrowthPerYear);
    }
}
