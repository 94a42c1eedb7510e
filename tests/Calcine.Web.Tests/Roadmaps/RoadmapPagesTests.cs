using System.Net;
using Calcine.Web.Tests.Platform;

namespace Calcine.Web.Tests.Roadmaps;

/// <summary>The road-map pages (list, scenario with its result and editor, comparison) on SQLite:
/// a company's people see their own scenarios; another company's scenario id is not found; a bad
/// entry in the editor names its JSON path and saves nothing.</summary>
public class RoadmapPagesTests(DemoPlatformFixture fixture) : IClassFixture<DemoPlatformFixture>
{
    [Fact]
    public async Task ScenarioPage_OwnScenario_ShowsTheSeededResultAndTheEditor()
    {
        using var admin = await fixture.SignedInAsync("company-admin");
        using var platform = await fixture.SignedInAsync("platform-admin");
        var id = (await RoadmapCalls.ScenarioIdsAsync(platform, fixture.CompanyIds["Northridge Cement"]))[0];

        var response = await admin.GetAsync($"roadmaps/scenarios/{id}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var testId in new[] { "result-trajectory-chart", "result-wedges-data", "result-macc-chart", "result-investment-data", "edit-form", "carbon-price-chart", "lever-grid" })
        {
            Assert.Contains($"data-testid=\"{testId}\"", html, StringComparison.Ordinal);
        }

        // The demo's scenario was run at seed: the page served the cached result.
        var result = await admin.GetAsync($"api/roadmaps/scenarios/{id}/result");
        Assert.Equal("true", result.Headers.GetValues("X-Calcine-Result-Cached").Single());
    }

    [Theory]
    [InlineData("company-admin")]
    [InlineData("viewer")]
    [InlineData("association-analyst")]
    [InlineData("verifier")]
    public async Task ScenarioPage_OtherCompanysScenario_NotFoundWithoutItsFigures(string role)
    {
        using var client = await fixture.SignedInAsync(role);
        using var platform = await fixture.SignedInAsync("platform-admin");
        var id = (await RoadmapCalls.ScenarioIdsAsync(platform, fixture.CompanyIds["Red Valley Cement"]))[0];

        var page = await client.GetAsync($"roadmaps/scenarios/{id}");
        var compare = await client.GetAsync($"roadmaps/compare?a={id}&b={id}");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, compare.StatusCode);
        Assert.DoesNotContain("RV-01", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("RV-01", await compare.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListPage_CompanyAdmin_LinksItsOwnScenariosOnly()
    {
        using var admin = await fixture.SignedInAsync("company-admin");
        using var platform = await fixture.SignedInAsync("platform-admin");
        var own = await RoadmapCalls.ScenarioIdsAsync(platform, fixture.CompanyIds["Northridge Cement"]);
        var other = await RoadmapCalls.ScenarioIdsAsync(platform, fixture.CompanyIds["Red Valley Cement"]);

        var html = await (await admin.GetAsync("roadmaps")).Content.ReadAsStringAsync();

        Assert.All(own, id => Assert.Contains($"href=\"/roadmaps/scenarios/{id}\"", html, StringComparison.Ordinal));
        Assert.All(other, id => Assert.DoesNotContain($"href=\"/roadmaps/scenarios/{id}\"", html, StringComparison.Ordinal));
        Assert.Contains("data-testid=\"create-form\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editor_MalformedCarbonPrice_NamesTheJsonPathAndSavesNothing()
    {
        using var admin = await fixture.SignedInAsync("company-admin");
        using var platform = await fixture.SignedInAsync("platform-admin");
        var id = (await RoadmapCalls.ScenarioIdsAsync(platform, fixture.CompanyIds["Northridge Cement"]))[0];
        var before = (await admin.GetJsonAsync($"api/roadmaps/scenarios/{id}")).GetProperty("currentVersion").GetInt32();
        var token = await PageForms.TokenAsync(admin);

        using var response = await PageForms.PostAsync(admin, $"roadmaps/scenarios/{id}", token,
            $"_handler=edit&Edit.Version={before}&CpYear%5B0%5D=2030&CpValue%5B0%5D=cheap");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("carbonPrice_USD_per_tCO2", html, StringComparison.Ordinal);
        Assert.Equal(before, (await admin.GetJsonAsync($"api/roadmaps/scenarios/{id}")).GetProperty("currentVersion").GetInt32());
    }
}
