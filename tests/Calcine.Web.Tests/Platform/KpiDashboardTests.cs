using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Calcine.Web.Tests.Platform;

/// <summary>The KPI dashboard and its JSON: the same figures as each year's inventory, only for
/// plants the caller may read, and every chart with its data table linking to the inventory.</summary>
public partial class KpiDashboardTests(DemoPlatformFixture fixture) : IClassFixture<DemoPlatformFixture>
{
    private static readonly string[] KpiKeys =
    [
        "grossCo2PerClinker_kg", "grossCo2PerCementitious_kg", "netCo2PerCementitious_kg", "specificHeat_MJ_per_tClinker",
        "alternativeFuelRate", "biomassFuelRate", "clinkerFactor", "electricity_kWh_per_tCement",
    ];

    public static TheoryData<string> PlantCodes() => [.. DemoTenancy.Plants];

    [Theory]
    [MemberData(nameof(PlantCodes))]
    public async Task KpiTrend_EveryYearOfAPlant_EqualsTheInventoryEndpoint(string plant)
    {
        using var admin = await fixture.SignedInAsync("platform-admin");
        var id = fixture.PlantIds[plant];

        var trend = await admin.GetJsonAsync($"api/plants/{id}/kpi-trend");

        var years = trend.GetProperty("years").EnumerateArray().ToList();
        Assert.NotEmpty(years);
        foreach (var year in years)
        {
            var y = year.GetProperty("year").GetInt32();
            var annual = (await admin.GetJsonAsync($"api/plants/{id}/years/{y}/inventory")).GetProperty("annual");
            AssertSameFigures(annual, year, $"{plant} {y}");
            Assert.Equal($"/plants/{id}/years/{y}/inventory", year.GetProperty("inventory").GetString());
        }
    }

    [Fact]
    public async Task KpiTrend_AfterAMonthIsEdited_ShowsTheNewFigures()
    {
        using var admin = await fixture.SignedInAsync("platform-admin");
        var id = fixture.PlantIds["EP-01"];
        var before = YearOf(await admin.GetJsonAsync($"api/plants/{id}/kpi-trend"), 2025);
        var month = await admin.GetJsonAsync($"api/plants/{id}/years/2025/months/6");

        using var put = await DataEndpoints.PutJsonAsync(admin, $"api/plants/{id}/years/2025/months/6",
            new { version = month.GetProperty("version").GetInt32(), data = DataEndpoints.Month(clinker: 55_555m, coal: 7_777m) });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        var after = YearOf(await admin.GetJsonAsync($"api/plants/{id}/kpi-trend"), 2025);
        Assert.NotEqual(before.GetProperty("grossCo2_t").GetDecimal(), after.GetProperty("grossCo2_t").GetDecimal());
        Assert.NotEqual(before.GetProperty("version").GetInt32(), after.GetProperty("version").GetInt32());
        AssertSameFigures((await admin.GetJsonAsync($"api/plants/{id}/years/2025/inventory")).GetProperty("annual"), after, "EP-01 2025 after the edit");
    }

    public static TheoryData<string, string> RolesAndPlants()
    {
        var data = new TheoryData<string, string>();
        foreach (var role in DemoTenancy.Roles.Keys)
        {
            foreach (var plant in DemoTenancy.Plants)
            {
                data.Add(role, plant);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RolesAndPlants))]
    public async Task KpiTrendAndPage_EachRoleEachPlant_AnswerOnlyVisiblePlants(string role, string plant)
    {
        using var client = await fixture.SignedInAsync(role);
        var id = fixture.PlantIds[plant];

        using var api = await client.GetAsync($"api/plants/{id}/kpi-trend");
        var apiBody = await api.Content.ReadAsStringAsync();
        using var page = await client.GetAsync($"plants/{id}/kpis");
        var pageBody = await page.Content.ReadAsStringAsync();

        if (DemoTenancy.Roles[role].VisiblePlants.Contains(plant))
        {
            Assert.Equal(HttpStatusCode.OK, api.StatusCode);
            Assert.Contains(plant, apiBody, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains($"{plant} — KPI trends", pageBody, StringComparison.Ordinal);
        }
        else
        {
            DataEndpoints.AssertHidden(api, apiBody);
            Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
            Assert.DoesNotContain(plant, pageBody, StringComparison.Ordinal);
            Assert.DoesNotContain("kpi-years", pageBody, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task KpiTrendListAndDashboard_EachRole_ShowExactlyTheVisiblePlants(string role)
    {
        using var client = await fixture.SignedInAsync(role);
        var visible = DemoTenancy.Roles[role].VisiblePlants.Order(StringComparer.Ordinal).ToArray();

        var list = await client.GetJsonAsync("api/kpi-trend");
        using var page = await client.GetAsync("dashboard");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(visible, DemoPlatformFixture.Codes(list, "plantCode"));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var table = Table(html, "dashboard-data");
        Assert.Equal(visible, RowHeadings(table).Order(StringComparer.Ordinal).ToArray());
        foreach (var hidden in DemoTenancy.Plants.Except(visible))
        {
            Assert.DoesNotContain($"/plants/{fixture.PlantIds[hidden]}/", html, StringComparison.Ordinal);
        }
    }

    public static TheoryData<string> Roles() => [.. DemoTenancy.Roles.Keys];

    [Fact]
    public async Task KpiTrend_UnknownPlant_Answers404()
    {
        using var admin = await fixture.SignedInAsync("platform-admin");

        using var api = await admin.GetAsync("api/plants/987654/kpi-trend");
        using var page = await admin.GetAsync("plants/987654/kpis");

        DataEndpoints.AssertHidden(api, await api.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }

    [Fact]
    public async Task Unauthenticated_KpiTrendEndpoints_Answer401()
    {
        using var client = fixture.Client();

        using var one = await client.GetAsync($"api/plants/{fixture.PlantIds["NR-01"]}/kpi-trend");
        using var all = await client.GetAsync("api/kpi-trend");

        Assert.Equal(HttpStatusCode.Unauthorized, one.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, all.StatusCode);
    }

    [Fact]
    public async Task PlantKpisPage_EveryKpi_HasAChartAndADataTableLinkingEachValueToItsInventory()
    {
        using var viewer = await fixture.SignedInAsync("viewer");
        var id = fixture.PlantIds["LS-01"];
        var trend = await viewer.GetJsonAsync($"api/plants/{id}/kpi-trend");
        var years = trend.GetProperty("years").EnumerateArray().Select(y => y.GetProperty("year").GetInt32()).ToList();

        using var page = await viewer.GetAsync($"plants/{id}/kpis");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        foreach (var key in KpiKeys.Append("grossCo2_t").Append("netCo2_t"))
        {
            Assert.Matches($"data-testid=\"{key}-chart\"[^>]*>\\s*<svg[^>]*role=\"img\"", html);
            var table = Table(html, $"{key}-data");
            Assert.Contains("<caption>", table, StringComparison.Ordinal);
            foreach (var year in years)
            {
                Assert.Contains($"<th scope=\"col\" class=\"num\">{year}</th>", table, StringComparison.Ordinal);
                Assert.Contains($"href=\"/plants/{id}/years/{year}/inventory\"", table, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Dashboard_AKpiChosen_ShowsThatKpiForEveryYear()
    {
        using var admin = await fixture.SignedInAsync("platform-admin");

        using var page = await admin.GetAsync("dashboard?kpi=clinkerFactor");
        var html = await page.Content.ReadAsStringAsync();
        using var home = await admin.GetAsync("");
        var homeHtml = await home.Content.ReadAsStringAsync();

        Assert.Contains("<h2>Clinker factor</h2>", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"dashboard-chart\"", html, StringComparison.Ordinal);
        var list = await admin.GetJsonAsync("api/kpi-trend");
        var table = Table(html, "dashboard-data");
        foreach (var plant in list.EnumerateArray())
        {
            foreach (var year in plant.GetProperty("years").EnumerateArray())
            {
                Assert.Contains($"href=\"{year.GetProperty("inventory").GetString()}\"", table, StringComparison.Ordinal);
            }
        }

        Assert.Contains("href=\"/dashboard\"", homeHtml, StringComparison.Ordinal);
    }

    private static void AssertSameFigures(JsonElement annual, JsonElement year, string what)
    {
        Assert.True(year.GetProperty("errors").GetArrayLength() == 0, what);
        Assert.Equal(annual.GetProperty("grossCo2_t").GetDecimal(), year.GetProperty("grossCo2_t").GetDecimal());
        Assert.Equal(annual.GetProperty("netCo2_t").GetDecimal(), year.GetProperty("netCo2_t").GetDecimal());
        var expected = annual.GetProperty("kpi");
        var actual = year.GetProperty("kpi");
        foreach (var key in KpiKeys)
        {
            Assert.Equal(expected.GetProperty(key).ValueKind, actual.GetProperty(key).ValueKind);
            if (expected.GetProperty(key).ValueKind == JsonValueKind.Number)
            {
                Assert.Equal(expected.GetProperty(key).GetDecimal(), actual.GetProperty(key).GetDecimal());
            }
        }
    }

    private static JsonElement YearOf(JsonElement trend, int year) =>
        trend.GetProperty("years").EnumerateArray().Single(y => y.GetProperty("year").GetInt32() == year);

    private static string Table(string html, string testId)
    {
        var marker = html.IndexOf($" data-testid=\"{testId}\"", StringComparison.Ordinal);
        Assert.True(marker >= 0, $"no table {testId}");
        var start = html.LastIndexOf("<table ", marker, StringComparison.Ordinal);
        return html[start..(html.IndexOf("</table>", start, StringComparison.Ordinal) + 8)];
    }

    private static IEnumerable<string> RowHeadings(string table) =>
        RowHeading().Matches(table).Select(m => m.Groups[1].Value);

    [GeneratedRegex("<th scope=\"row\">(?:<a [^>]*>)?([^<]+)")]
    private static partial Regex RowHeading();
}
