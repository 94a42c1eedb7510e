using System.Net;
using System.Text.Json;
using Calcine.Domain.Tests.Roadmaps;
using Calcine.TestKit;
using Calcine.Web.Tests.Platform;
using DocumentFormat.OpenXml.Packaging;

namespace Calcine.Web.Tests.Roadmaps;

/// <summary>The road-map API end to end: the demo's seeded scenario, saving, versions, running
/// (the public example's least cost), the cache, comparison, Excel, the library and baselines.</summary>
public abstract class RoadmapApiTests(DemoPlatformFixture fixture)
{
    public static TheoryData<string> Malformed() => [.. MalformedScenarios.All.Select(c => c.Name)];

    [Fact]
    public async Task DemoSeed_EachCompany_HasAScenarioFromItsVerifiedYear()
    {
        using var admin = await fixture.SignedInAsync("platform-admin");
        foreach (var company in DemoTenancy.Companies)
        {
            var ids = await RoadmapCalls.ScenarioIdsAsync(admin, fixture.CompanyIds[company]);
            var detail = await admin.GetJsonAsync($"api/roadmaps/scenarios/{ids[0]}");
            var document = detail.GetProperty("document");

            Assert.Equal("roadmap-scenario/1", document.GetProperty("format").GetString());
            Assert.Equal(2023, document.GetProperty("horizon").GetProperty("baseYear").GetInt32());
            Assert.All(document.GetProperty("plants").EnumerateArray(), p => Assert.Equal(company, p.GetProperty("company").GetString()));
            Assert.True(detail.GetProperty("libraryVersionId").GetInt32() > 0);
        }
    }

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task Create_MalformedScenario_400NamingTheJsonPathAndNothingSaved(string name)
    {
        var malformed = MalformedScenarios.Get(name);
        using var client = await fixture.SignedInAsync("company-admin");
        var northridge = fixture.CompanyIds["Northridge Cement"];
        var before = (await client.GetJsonAsync($"api/roadmaps/companies/{northridge}/scenarios")).GetArrayLength();

        var problem = await RoadmapCalls.JsonAsync(await RoadmapCalls.PostAsync(client, $"api/roadmaps/companies/{northridge}/scenarios", malformed.Document()), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(malformed.ExpectedPath, out _), $"{name}: {problem.GetProperty("errors")}");
        Assert.Equal(before, (await client.GetJsonAsync($"api/roadmaps/companies/{northridge}/scenarios")).GetArrayLength());
    }

    [Fact]
    public async Task CreateAndUpdate_BodyOverOneMebibyteOrMalformed_RefusedAndNothingSaved()
    {
        using var client = await fixture.SignedInAsync("company-admin");
        var northridge = fixture.CompanyIds["Northridge Cement"];
        var id = (await RoadmapCalls.JsonAsync(await RoadmapCalls.PostAsync(client, $"api/roadmaps/companies/{northridge}/scenarios", RoadmapCalls.Ecra), HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var before = (await client.GetJsonAsync($"api/roadmaps/companies/{northridge}/scenarios")).GetArrayLength();
        var huge = RoadmapCalls.Ecra.Replace("\"format\"", $"\"padding\": \"{new string('x', 1_100_000)}\", \"format\"", StringComparison.Ordinal);

        var tooLarge = await RoadmapCalls.PostAsync(client, $"api/roadmaps/companies/{northridge}/scenarios", huge);
        var badUpdate = await RoadmapCalls.JsonAsync(await RoadmapCalls.PutAsync(client, $"api/roadmaps/scenarios/{id}?version=1",
            MalformedScenarios.Get("CaptureRateAboveOne").Document()), HttpStatusCode.BadRequest);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Equal(before, (await client.GetJsonAsync($"api/roadmaps/companies/{northridge}/scenarios")).GetArrayLength());
        Assert.True(badUpdate.GetProperty("errors").TryGetProperty("$.levers[5].effect.captureRate", out _), badUpdate.GetRawText());
        Assert.Equal(1, (await client.GetJsonAsync($"api/roadmaps/scenarios/{id}")).GetProperty("currentVersion").GetInt32());
    }

    [Fact]
    public async Task SaveRunUpdateCompare_EcraExample_LeastCostAsTheContractVersionsAndCache()
    {
        using var client = await fixture.SignedInAsync("company-admin");
        var northridge = fixture.CompanyIds["Northridge Cement"];
        var expected = JsonDocument.Parse(Examples.Read("roadmap-ecra-reference-kiln.expected.json")).RootElement;

        var created = await RoadmapCalls.JsonAsync(await RoadmapCalls.PostAsync(client, $"api/roadmaps/companies/{northridge}/scenarios", RoadmapCalls.Ecra), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt32();
        var first = await client.SendAsync(HttpMethod.Post, $"api/roadmaps/scenarios/{id}/run");
        var result = await RoadmapCalls.JsonAsync(first, HttpStatusCode.OK);
        var again = await client.GetAsync($"api/roadmaps/scenarios/{id}/result");
        var updated = await RoadmapCalls.JsonAsync(await RoadmapCalls.PutAsync(client, $"api/roadmaps/scenarios/{id}?version=1", RoadmapCalls.EcraWithCarbonPrice(3)), HttpStatusCode.OK);
        var stale = await RoadmapCalls.PutAsync(client, $"api/roadmaps/scenarios/{id}?version=1", RoadmapCalls.Ecra);
        var versions = await client.GetJsonAsync($"api/roadmaps/scenarios/{id}/versions");

        var cost = result.GetProperty("pathway").GetProperty("totalDiscountedCost_USD").GetDouble();
        var expectedCost = expected.GetProperty("pathway").GetProperty("totalDiscountedCost_USD").GetDouble();
        Assert.True(Math.Abs(cost - expectedCost) <= 1e-9 * expectedCost, $"{cost} vs {expectedCost}");
        Assert.Equal("false", first.Headers.GetValues("X-Calcine-Result-Cached").Single());
        Assert.Equal("true", again.Headers.GetValues("X-Calcine-Result-Cached").Single());
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        Assert.Equal(2, updated.GetProperty("version").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal([1, 2], versions.EnumerateArray().Select(v => v.GetProperty("number").GetInt32()));
        Assert.True(versions[0].GetProperty("hasResult").GetBoolean());
        Assert.False(versions[1].GetProperty("hasResult").GetBoolean());

        var v1 = (await client.GetJsonAsync($"api/roadmaps/scenarios/{id}/versions/1")).GetProperty("document");
        var other = await RoadmapCalls.JsonAsync(await RoadmapCalls.PostAsync(client, $"api/roadmaps/companies/{northridge}/scenarios", v1.GetRawText()), HttpStatusCode.Created);
        var comparison = await client.GetJsonAsync($"api/roadmaps/compare?a={other.GetProperty("id").GetInt32()}&b={id}");
        var y2030 = comparison.GetProperty("years").EnumerateArray().Single(y => y.GetProperty("year").GetInt32() == 2030);
        var planA2030 = result.GetProperty("pathway").GetProperty("years").EnumerateArray().Single(y => y.GetProperty("year").GetInt32() == 2030).GetProperty("total");
        Assert.Equal(planA2030.GetProperty("co2_tCO2").GetDouble(), y2030.GetProperty("a").GetProperty("co2_tCO2").GetDouble());
        Assert.Equal(y2030.GetProperty("b").GetProperty("co2_tCO2").GetDouble() - y2030.GetProperty("a").GetProperty("co2_tCO2").GetDouble(),
            y2030.GetProperty("co2Difference_tCO2").GetDouble(), 6);
        Assert.True(y2030.GetProperty("b").GetProperty("cost_USD").GetDouble() > y2030.GetProperty("a").GetProperty("cost_USD").GetDouble());
    }

    [Fact]
    public async Task ResultWorkbook_EcraExample_PathwayTotalsEqualTheApi()
    {
        using var client = await fixture.SignedInAsync("company-admin");
        var northridge = fixture.CompanyIds["Northridge Cement"];
        var id = (await RoadmapCalls.JsonAsync(await RoadmapCalls.PostAsync(client, $"api/roadmaps/companies/{northridge}/scenarios", RoadmapCalls.Ecra), HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var result = await client.GetJsonAsync($"api/roadmaps/scenarios/{id}/result");

        var response = await client.GetAsync($"api/roadmaps/scenarios/{id}/result.xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var book = SpreadsheetDocument.Open(stream, false);
        var sheets = book.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value).ToList();
        var pathway = (WorksheetPart)book.WorkbookPart.GetPartById(book.WorkbookPart.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single(s => s.Name == "Pathway").Id!);
        var totals = pathway.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>()
            .Where(r => r.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().ElementAt(1).InnerText == "total").ToList();

        Assert.Contains("CBAM exposure", sheets);
        Assert.Contains("MACC", sheets);
        var api = result.GetProperty("pathway").GetProperty("years").EnumerateArray().Select(y => y.GetProperty("total").GetProperty("co2_tCO2").GetDouble()).ToList();
        var co2Column = 2 + 6;
        Assert.Equal(api, totals.Select(r => double.Parse(r.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().ElementAt(co2Column).InnerText, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Baseline_NorthridgeVerifiedYear_ReproducesTheInventorysKilnCo2WithTraces()
    {
        using var client = await fixture.SignedInAsync("company-admin");
        var years = await client.GetJsonAsync("api/roadmaps/plant-years");
        var nr01 = years.EnumerateArray().Single(y => y.GetProperty("plantCode").GetString() == "NR-01" && y.GetProperty("year").GetInt32() == 2023);

        var baseline = await client.GetJsonAsync($"api/roadmaps/baselines/{nr01.GetProperty("plantYearId").GetInt32()}");

        Assert.True(nr01.GetProperty("verified").GetBoolean());
        var b = baseline.GetProperty("baseline");
        var shares = b.GetProperty("fuels").EnumerateArray().Sum(f => f.GetProperty("share").GetDouble());
        Assert.Equal(1.0, shares, 9);
        var r = baseline.GetProperty("reconciliation");
        var fossil = b.GetProperty("fuels").EnumerateArray().Sum(f => f.GetProperty("share").GetDouble() * f.GetProperty("ef_tCO2_per_GJ").GetDouble() * (1 - f.GetProperty("biogenicFraction").GetDouble()));
        var scope1 = b.GetProperty("clinker_t").GetDouble() * (b.GetProperty("processCo2_tCO2_per_tClinker").GetDouble() + (b.GetProperty("thermalEnergy_GJ_per_tClinker").GetDouble() * fossil));
        Assert.Equal(r.GetProperty("roadmapScope1_tCO2").GetDouble(), scope1, 3);
        Assert.Equal(r.GetProperty("inventoryGross_tCO2").GetDouble(), r.GetProperty("roadmapScope1_tCO2").GetDouble() + r.GetProperty("notModelled_tCO2").GetDouble(), 3);
        var fields = baseline.GetProperty("traces").EnumerateArray().ToDictionary(t => t.GetProperty("field").GetString()!, t => t);
        Assert.Contains("kpi.specificHeat", fields["baseline.thermalEnergy_GJ_per_tClinker"].GetProperty("inventorySteps").EnumerateArray().Select(s => s.GetString()));
        Assert.Contains("calcination.total", fields["baseline.processCo2_tCO2_per_tClinker"].GetProperty("inventorySteps").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("assumption", fields["kilnCapacity_t"].GetProperty("confidence").GetString());
    }

    [Fact]
    public async Task Compose_NorthridgeYears_ValidScenarioThatSavesAndKeepsTheLibraryVersion()
    {
        using var client = await fixture.SignedInAsync("company-admin");
        var northridge = fixture.CompanyIds["Northridge Cement"];
        var ids = (await client.GetJsonAsync("api/roadmaps/plant-years")).EnumerateArray().Where(y => y.GetProperty("year").GetInt32() == 2023).Select(y => y.GetProperty("plantYearId").GetInt32()).ToArray();

        var composed = await RoadmapCalls.JsonAsync(await client.SendAsync(HttpMethod.Post, $"api/roadmaps/companies/{northridge}/compose", new { plantYearIds = ids, target = "sbti", carbonPrice = "china-ets" }), HttpStatusCode.OK);
        var saved = await RoadmapCalls.JsonAsync(await RoadmapCalls.PostAsync(client, $"api/roadmaps/companies/{northridge}/scenarios?libraryVersion={composed.GetProperty("libraryVersionId").GetInt32()}",
            composed.GetProperty("document").GetRawText()), HttpStatusCode.Created);
        var unknown = await client.SendAsync(HttpMethod.Post, $"api/roadmaps/companies/{northridge}/compose", new { plantYearIds = ids, target = "paris" });

        Assert.Equal(2, composed.GetProperty("document").GetProperty("plants").GetArrayLength());
        Assert.Equal("intensity", composed.GetProperty("document").GetProperty("target").GetProperty("type").GetString());
        Assert.Equal(composed.GetProperty("libraryVersionId").GetInt32(), saved.GetProperty("libraryVersionId").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    [Fact]
    public async Task Library_AnalystOverridesCapex_NewVersionMembersSeeAndBadLeverNamesItsPath()
    {
        using var analyst = await fixture.SignedInAsync("association-analyst");
        using var member = await fixture.SignedInAsync("company-admin");
        using var admin = await fixture.SignedInAsync("platform-admin");
        var association = await RoadmapCalls.AssociationIdAsync(admin);
        var seed = (await member.GetJsonAsync("api/roadmaps/library/versions")).EnumerateArray().First(v => v.GetProperty("associationId").ValueKind == JsonValueKind.Null);
        var seedLibrary = (await member.GetJsonAsync($"api/roadmaps/library/versions/{seed.GetProperty("id").GetInt32()}")).GetProperty("library");
        var mea = System.Text.Json.Nodes.JsonNode.Parse(seedLibrary.GetProperty("levers").EnumerateArray().Single(l => l.GetProperty("id").GetString() == "MEA").GetRawText())!.AsObject();
        mea["capex_USD_per_tCapacity"] = 150;
        mea["sources"]!["capex_USD_per_tCapacity"] = new System.Text.Json.Nodes.JsonObject { ["source"] = "association study 2026", ["confidence"] = "assumption" };
        var body = new System.Text.Json.Nodes.JsonObject { ["note"] = "our CCS costs", ["levers"] = new System.Text.Json.Nodes.JsonArray(mea) }.ToJsonString();

        var version = await RoadmapCalls.JsonAsync(await RoadmapCalls.PostAsync(analyst, $"api/roadmaps/associations/{association}/library", body), HttpStatusCode.OK);
        var bad = await RoadmapCalls.JsonAsync(await RoadmapCalls.PostAsync(analyst, $"api/roadmaps/associations/{association}/library",
            body.Replace("\"captureRate\":0.95", "\"captureRate\":1.5", StringComparison.Ordinal)), HttpStatusCode.BadRequest);
        var listed = await member.GetJsonAsync("api/roadmaps/library/versions");

        var levers = version.GetProperty("library").GetProperty("levers").EnumerateArray().ToList();
        Assert.Equal(seedLibrary.GetProperty("levers").GetArrayLength(), levers.Count);
        Assert.Equal(150, levers.Single(l => l.GetProperty("id").GetString() == "MEA").GetProperty("capex_USD_per_tCapacity").GetDouble());
        Assert.Equal(seed.GetProperty("id").GetInt32(), version.GetProperty("basedOnId").GetInt32());
        Assert.True(bad.GetProperty("errors").TryGetProperty("$.levers[0].effect.captureRate", out _), bad.GetRawText());
        Assert.Contains(version.GetProperty("id").GetInt32(), listed.EnumerateArray().Select(v => v.GetProperty("id").GetInt32()));
    }
}

public sealed class RoadmapApiTestsOnSqlite(DemoPlatformFixture fixture) : RoadmapApiTests(fixture), IClassFixture<DemoPlatformFixture>;

public sealed class RoadmapApiTestsOnPostgres(PostgresDemoPlatformFixture fixture) : RoadmapApiTests(fixture), IClassFixture<PostgresDemoPlatformFixture>;
