using System.Text.Json;
using Calcine.Domain.Benchmarking;

namespace Calcine.Web.Tests.Platform;

/// <summary>The API serves exactly what the Domain's disclosure rule computes for the caller: each
/// plant-level figure of every year and KPI recomputed here from the plants' KPIs (read as the platform
/// admin from the inventory API) with the caller's company left out. The attacks on those figures run
/// in-process (tests/Calcine.Domain.Tests/Benchmarking/BenchmarkAdversaryTests.cs).</summary>
public class BenchmarkDisclosureHttpTests(DemoPlatformFixture fixture) : IClassFixture<DemoPlatformFixture>
{
    /// <summary>Inventory KPI key of each benchmark KPI.</summary>
    private static readonly Dictionary<BenchmarkKpi, string> InventoryKey = new()
    {
        [BenchmarkKpi.GrossCo2PerClinker] = "grossCo2PerClinker_kg",
        [BenchmarkKpi.GrossCo2PerCementitious] = "grossCo2PerCementitious_kg",
        [BenchmarkKpi.NetCo2PerCementitious] = "netCo2PerCementitious_kg",
        [BenchmarkKpi.SpecificHeat] = "specificHeat_MJ_per_tClinker",
        [BenchmarkKpi.AlternativeFuelRate] = "alternativeFuelRate",
        [BenchmarkKpi.BiomassFuelRate] = "biomassFuelRate",
        [BenchmarkKpi.ClinkerFactor] = "clinkerFactor",
        [BenchmarkKpi.ElectricityPerCement] = "electricity_kWh_per_tCement",
    };

    /// <summary>Companies of the demo whose plants each role's own position places (written out by hand).</summary>
    private static readonly Dictionary<string, string[]> OwnCompanies = new()
    {
        ["association-analyst"] = [],
        ["company-admin"] = ["Northridge Cement"],
        ["plant-editor"] = ["Northridge Cement"],
        ["viewer"] = ["Lakeshore Building Materials"],
    };

    private static readonly Dictionary<string, string> CompanyOfPlant = new()
    {
        ["NR-01"] = "Northridge Cement",
        ["NR-02"] = "Northridge Cement",
        ["LS-01"] = "Lakeshore Building Materials",
        ["RV-01"] = "Red Valley Cement",
        ["EP-01"] = "Eastport Cement",
    };

    [Theory]
    [InlineData("association-analyst")]
    [InlineData("company-admin")]
    [InlineData("plant-editor")]
    [InlineData("viewer")]
    public async Task Benchmark_PlantLevel_ServesExactlyTheRulesFiguresWithTheCallersCompanyLeftOut(string role)
    {
        using var client = await fixture.SignedInAsync(role);
        using var admin = await fixture.SignedInAsync("platform-admin");

        var report = await client.GetJsonAsync("api/benchmarks?level=plant");

        var policy = report.GetProperty("policy");
        var rule = new BenchmarkPolicy(policy.GetProperty("minimumContributors").GetInt32(), policy.GetProperty("minimumForQuartiles").GetInt32(),
            policy.GetProperty("minimumCompanies").GetInt32(), policy.GetProperty("window").GetInt32(),
            policy.GetProperty("dominancePercent").GetDecimal(), policy.GetProperty("closeness").GetDecimal());
        var viewer = OwnCompanies[role].Select(c => fixture.CompanyIds[c]).ToHashSet();
        var shown = 0;
        foreach (var year in report.GetProperty("yearsWithData").EnumerateArray().Select(y => y.GetInt32()))
        {
            var plants = await PlantsAsync(admin, year);
            foreach (var kpi in BenchmarkKpis.All)
            {
                var expected = LinkedViews.Describe(plants, kpi.Kpi, BenchmarkLevel.Plant, false, rule, viewer);
                var served = BenchmarkEndpoints.Year(report, kpi.Id, year);

                Assert.Equal(expected.Shape.ToString().ToLowerInvariant(), served.GetProperty("shape").GetString());
                Assert.Equal(expected.Count, Number(served, "count"));
                foreach (var (name, value) in new[] { ("mean", expected.Mean), ("q1", expected.Q1), ("median", expected.Median), ("q3", expected.Q3) })
                {
                    Assert.Equal(value, Number(served, name));
                }

                shown += expected.IsShown ? 1 : 0;
            }
        }

        Assert.True(shown > 0, $"{role} is shown no figure at all");
    }

    [Fact]
    public async Task Benchmark_CompanyAdminWithTwoOfFivePlants_SeesFewerContributorsThanTheAnalyst()
    {
        using var companyAdmin = await fixture.SignedInAsync("company-admin");
        using var analyst = await fixture.SignedInAsync("association-analyst");

        var mine = await companyAdmin.GetJsonAsync("api/benchmarks?level=plant&year=2023");
        var all = await analyst.GetJsonAsync("api/benchmarks?level=plant&year=2023");

        var counts = BenchmarkKpis.All.Select(k => (Mine: Number(BenchmarkEndpoints.Year(mine, k.Id, 2023), "count"), All: Number(BenchmarkEndpoints.Year(all, k.Id, 2023), "count"))).ToList();
        Assert.Contains(counts, c => c.Mine is not null);
        // Northridge's two plants are never among the figures its admin is shown.
        Assert.All(counts.Where(c => c.Mine is not null && c.All is not null), c => Assert.Equal(c.All - 2, c.Mine));
        Assert.All(counts.Where(c => c.Mine is not null), c => Assert.True(c.Mine <= 3));
    }

    private async Task<List<PlantKpis>> PlantsAsync(PlatformClient admin, int year)
    {
        var plants = new List<PlantKpis>();
        foreach (var (code, id) in fixture.PlantIds.Where(p => CompanyOfPlant.ContainsKey(p.Key)))
        {
            using var response = await admin.GetAsync($"api/plants/{id}/years/{year}/inventory");
            if (!response.IsSuccessStatusCode)
            {
                continue;
            }

            var kpis = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("annual").GetProperty("kpi");
            var ratios = InventoryKey
                .Where(k => kpis.TryGetProperty(k.Value, out var v) && v.ValueKind == JsonValueKind.Number)
                .ToDictionary(k => k.Key, k => new KpiRatio(kpis.GetProperty(k.Value).GetDecimal(), 1m));
            plants.Add(new PlantKpis(id, fixture.CompanyIds[CompanyOfPlant[code]], true, ratios));
        }

        return plants;
    }

    private static decimal? Number(JsonElement e, string name) =>
        e.GetProperty(name).ValueKind == JsonValueKind.Number ? e.GetProperty(name).GetDecimal() : null;
}
