using Calcine.TestKit.Databases;
using Calcine.TestKit.Platform;
using Calcine.Web.Tests.Hosting;

namespace Calcine.Web.Tests.Platform;

/// <summary>The suppression minimum can be raised, never lowered, and a world-figure file that does not
/// hold together stops the host rather than showing a wrong figure.</summary>
public class BenchmarkConfigurationTests
{
    private static Dictionary<string, string> Settings(params (string Key, string Value)[] extra)
    {
        var settings = DemoTenancy.Settings();
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return settings;
    }

    [Fact]
    public async Task Host_MinimumRaisedToSix_SuppressesTheDemosFivePlants()
    {
        await using var db = await DemoPlatformFixture.DemoDatabaseAsync("sqlite");
        await using var platform = await InProcessPlatform.StartAsync(db.Options,
            Settings(("Benchmarks__MinimumContributors", "6"), ("Benchmarks__MinimumForQuartiles", "6")));
        using var analyst = await new PlatformClient(platform.BaseAddress).SignedInAsync("analyst@calcine.demo", DemoTenancy.Password);

        var report = await analyst.GetJsonAsync("api/benchmarks?kpi=specific-heat&year=2023");

        Assert.Equal(6, report.GetProperty("policy").GetProperty("minimumContributors").GetInt32());
        Assert.Equal("suppressed", BenchmarkEndpoints.Year(report, "specific-heat", 2023).GetProperty("shape").GetString());
    }

    [Theory]
    [InlineData("2")]
    [InlineData("0")]
    public async Task Host_MinimumBelowThree_RefusesToStart(string minimum)
    {
        await using var db = await TestDatabase.CreateAsync("sqlite");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            PlatformProcess.StartAsync(db.Options, settings: Settings(("Benchmarks__MinimumContributors", minimum))));

        Assert.Contains("exited", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Host_WorldFiguresWithUnknownKpi_RefusesToStart()
    {
        await using var db = await TestDatabase.CreateAsync("sqlite");
        var file = Path.Combine(Path.GetTempPath(), $"calcine-world-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, """
            {"format": "world-figures/1", "title": "t", "reference": "r", "confidence": {"F": "found"}, "sources": {"s": "x"},
             "coverage": {}, "figures": [{"kpi": "co2-per-banana", "unit": "kg", "toKpiUnit": 1,
             "values": [{"year": 2016, "value": 1, "confidence": "F", "source": "s"}]}]}
            """);
        try
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() =>
                PlatformProcess.StartAsync(db.Options, settings: Settings(("Benchmarks__WorldFiguresFile", file))));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
