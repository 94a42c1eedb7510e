using System.Net;
using System.Text;
using System.Text.Json;
using Calcine.Web.Hosting;
using Calcine.Web.Tests.Platform;

namespace Calcine.Web.Tests.Roadmaps;

/// <summary>The association road map over HTTP (JSON, CSV, Excel, page) and who may see it, on SQLite.</summary>
public class AssociationRoadmapWebTests(RoadmapDemoFixture fixture) : IClassFixture<RoadmapDemoFixture>
{
    private const string Api = "api/roadmaps/association";

    [Fact]
    public async Task Json_DemoAnalyst_GetsTheAzerbaijanRoadMapWithNoMemberNamed()
    {
        using var analyst = await fixture.SignedInAsync(DemoRoadmapAssociationSeed.Analyst.Email);

        var response = await analyst.GetAsync(Api);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;
        Assert.Equal("association-roadmap/1", root.GetProperty("format").GetString());
        Assert.Equal(fixture.AzerbaijanId, root.GetProperty("association").GetProperty("id").GetInt32());
        Assert.Equal(4, root.GetProperty("memberCompanies").GetInt32());
        Assert.Equal(6, root.GetProperty("memberPlants").GetInt32());
        var trajectory = root.GetProperty("trajectory").EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(2025, 26), trajectory.Select(t => t.GetProperty("year").GetInt32()));
        // Sector totals of the order of reference/roadmap.md §7: about 3 Mt CO2 a year in 2025.
        var bau2025 = trajectory[0].GetProperty("bau_tCO2").GetProperty("value").GetDouble();
        Assert.InRange(bau2025, 2.0e6, 4.0e6);
        Assert.True(trajectory.Count(t => t.GetProperty("plan_tCO2").GetProperty("value").ValueKind == JsonValueKind.Number) >= 20);
        foreach (var name in new[] { "Absheron", "Kura", "Ganja", "Shirvan", "AB-01", "KV-01", "GB-01", "SH-01" })
        {
            Assert.DoesNotContain(name, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task CsvAndExcel_DemoAnalyst_CarryTheJsonsFigures()
    {
        using var analyst = await fixture.SignedInAsync(DemoRoadmapAssociationSeed.Analyst.Email);
        using var json = JsonDocument.Parse(await (await analyst.GetAsync(Api)).Content.ReadAsStringAsync());

        var csv = await analyst.GetAsync($"{Api}.csv");
        var xlsx = await analyst.GetAsync($"{Api}.xlsx");

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal(Calcine.Application.Files.XlsxWorkbook.ContentType, xlsx.Content.Headers.ContentType!.MediaType);
        var lines = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).Split("\r\n");
        var bau2030 = json.RootElement.GetProperty("trajectory").EnumerateArray().Single(t => t.GetProperty("year").GetInt32() == 2030).GetProperty("bau_tCO2").GetProperty("value").GetDouble();
        var row = lines.Single(l => l.StartsWith("trajectory,2030,sector,bau_tCO2,", StringComparison.Ordinal));
        Assert.Equal(bau2030, double.Parse(row.Split(',')[4], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Json_SectorOptimum_MeetsTheNationalCapWhereThePlanIsShown()
    {
        using var analyst = await fixture.SignedInAsync(DemoRoadmapAssociationSeed.Analyst.Email);

        using var json = JsonDocument.Parse(await (await analyst.GetAsync($"{Api}?mode=sector-optimum")).Content.ReadAsStringAsync());

        Assert.Equal("sector-optimum", json.RootElement.GetProperty("mode").GetString());
        Assert.True(json.RootElement.GetProperty("feasible").GetBoolean());
        var capped = json.RootElement.GetProperty("trajectory").EnumerateArray().Where(t => t.GetProperty("target_tCO2").ValueKind == JsonValueKind.Number).ToList();
        Assert.Equal([2030, 2040, 2050], capped.Select(t => t.GetProperty("year").GetInt32()));
        Assert.All(capped.Where(t => t.GetProperty("plan_tCO2").GetProperty("value").ValueKind == JsonValueKind.Number),
            t => Assert.True(t.GetProperty("plan_tCO2").GetProperty("value").GetDouble() <= t.GetProperty("target_tCO2").GetDouble() * (1 + 1e-9)));
    }

    [Fact]
    public async Task Page_DemoAnalyst_ShowsChartsWithTheirDataTables()
    {
        using var analyst = await fixture.SignedInAsync(DemoRoadmapAssociationSeed.Analyst.Email);

        var response = await analyst.GetAsync("roadmaps/association");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var id in new[] { "trajectory-chart", "trajectory-data", "wedges-chart", "wedges-data", "gcca-split-data", "investment-data", "macc-2030-chart", "macc-2030-data", "macc-2050-data", "assumptions-data" })
        {
            Assert.Contains($"data-testid=\"{id}\"", html, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Absheron", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("company-admin")]
    [InlineData("plant-editor")]
    [InlineData("verifier")]
    [InlineData("regulator")]
    [InlineData("viewer")]
    public async Task Api_MembersVerifiersAndRegulatorsOfTheFirstDemo_AreRefusedTheirAssociationsAndCannotSeeTheOther(string role)
    {
        using var caller = await fixture.SignedInAsync(DemoTenancy.Roles[role].Email);

        Assert.Equal(HttpStatusCode.Forbidden, (await caller.GetAsync($"{Api}?association={fixture.FirstDemoId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await caller.GetAsync(Api)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await caller.GetAsync($"{Api}.xlsx?association={fixture.FirstDemoId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await caller.GetAsync($"roadmaps/association?association={fixture.FirstDemoId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caller.GetAsync($"{Api}?association={fixture.AzerbaijanId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caller.GetAsync($"{Api}.csv?association={fixture.AzerbaijanId}")).StatusCode);
    }

    [Fact]
    public async Task Api_EachAnalyst_SeesOnlyItsOwnAssociation()
    {
        using var first = await fixture.SignedInAsync(DemoTenancy.Roles["association-analyst"].Email);
        using var azerbaijan = await fixture.SignedInAsync(DemoRoadmapAssociationSeed.Analyst.Email);

        Assert.Equal(HttpStatusCode.NotFound, (await first.GetAsync($"{Api}?association={fixture.AzerbaijanId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await azerbaijan.GetAsync($"{Api}?association={fixture.FirstDemoId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await azerbaijan.GetAsync($"roadmaps/association?association={fixture.FirstDemoId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await azerbaijan.GetAsync($"{Api}?association={fixture.AzerbaijanId}")).StatusCode);
    }

    [Fact]
    public async Task Api_PlatformAdmin_PicksAnAssociationAndAnonymousIsChallenged()
    {
        using var admin = await fixture.SignedInAsync(DemoTenancy.Roles["platform-admin"].Email);
        using var anonymous = fixture.Anonymous();

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"{Api}?association={fixture.AzerbaijanId}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync(Api)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync($"{Api}?association={fixture.AzerbaijanId}&mode=cheapest")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(Api)).StatusCode);
    }
}

/// <summary>The same on PostgreSQL.</summary>
public class AssociationRoadmapPostgresTests(PostgresRoadmapDemoFixture fixture) : IClassFixture<PostgresRoadmapDemoFixture>
{
    [Fact]
    public async Task Json_DemoAnalystOnPostgres_GetsTheRoadMapAndAMemberIsRefused()
    {
        using var analyst = await fixture.SignedInAsync(DemoRoadmapAssociationSeed.Analyst.Email);
        using var member = await fixture.SignedInAsync(DemoTenancy.Roles["company-admin"].Email);

        var response = await analyst.GetAsync("api/roadmaps/association");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(6, json.RootElement.GetProperty("memberPlants").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"api/roadmaps/association?association={fixture.AzerbaijanId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync("roadmaps/association")).StatusCode);
    }
}
