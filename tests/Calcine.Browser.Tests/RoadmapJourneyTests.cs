using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using static Calcine.Browser.Tests.ReportFiles;

namespace Calcine.Browser.Tests;

/// <summary>Issue 12's journey: the company admin composes a road map from the demo's verified
/// inventory, runs it, sees trajectory, wedges and MACC drawn, raises the carbon price and sees the
/// plan change, and downloads Excel and PDF whose figures equal the API's; the Azerbaijan analyst
/// opens the association road map and finds no member's name or figures.</summary>
public class RoadmapJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private static readonly string[] AzerbaijanMembers = ["Absheron", "Kura", "Ganja", "Shirvan", "AB-01", "KV-01", "GB-01", "SH-01"];

    [Fact]
    public async Task CompanyAdmin_ComposesRunsEditsAndDownloads_FiguresEqualTheApi()
    {
        var page = await session.SignedInAsync("company.admin@calcine.demo");
        await page.GetByTestId("nav-roadmaps").ClickAsync();
        await Assertions.Expect(page.GetByTestId("create-form")).ToBeVisibleAsync();
        // NR-01's 2023 year under the national cap has a feasible plan (the GCCA and SBTi-style paths
        // have none from that one plant), so the plan exists before and after the price change.
        await page.GetByTestId("pick-NR-01-2023").CheckAsync();
        await page.GetByTestId("create-target").SelectOptionAsync("national-cap");
        await page.GetByTestId("create-name").FillAsync("Browser journey road map");
        await page.GetByTestId("create-carbon-price").SelectOptionAsync("none");
        await page.GetByTestId("create-submit").ClickAsync();
        await page.WaitForURLAsync(u => u.Contains("/roadmaps/scenarios/", StringComparison.Ordinal), new() { Timeout = 180_000 });
        var id = int.Parse(page.Url.Split('/')[^1].Split('?')[0], CultureInfo.InvariantCulture);

        foreach (var chart in new[] { "result-trajectory-chart", "result-wedges-chart", "result-macc-chart" })
        {
            await Assertions.Expect(page.GetByTestId(chart)).ToBeVisibleAsync();
            Assert.True(await page.GetByTestId(chart).Locator("svg path, svg rect, svg polyline").CountAsync() > 0, chart);
        }

        var before = await ApiResultAsync(page, id);
        var planBefore = await PlanColumnAsync(page);

        // Composed with no carbon price, the path's table has one empty row: a year and its price.
        await page.GetByTestId("carbon-price-year-0").FillAsync("2025");
        await page.GetByTestId("carbon-price-value-0").FillAsync("400");
        await page.GetByTestId("edit-save").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=scenario-version][data-version='2']")).ToBeVisibleAsync(new() { Timeout = 180_000 });
        await Assertions.Expect(page.GetByTestId("scenario-search")).ToBeVisibleAsync();
        var after = await ApiResultAsync(page, id);
        Assert.Equal(2, after.GetProperty("version").GetInt32());
        Assert.NotEqual(PlanCo2(before.GetProperty("result")), PlanCo2(after.GetProperty("result")));
        Assert.NotEqual(planBefore, await PlanColumnAsync(page));

        var xlsx = await DownloadAsync(page, "xlsx");
        var fromXlsx = TypedSheetRows(xlsx, "Pathway").Skip(1).Where(r => r.Row[1] == "total").ToDictionary(r => int.Parse(r.Row[0], CultureInfo.InvariantCulture), r => Double(r.Row[8]));
        Assert.Equal(PlanCo2(after.GetProperty("result")), fromXlsx);
        AssertPdf(await DownloadAsync(page, "pdf"));

        var folder = Path.Combine(ReadmeHost.RepositoryRoot(), "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "roadmap-scenario.png"), FullPage = true });
    }

    [Fact]
    public async Task AzerbaijanAnalyst_OpensTheAssociationRoadMap_FindsNoMembersNameOrFigures()
    {
        var admin = await session.SignedInAsync("admin@calcine.demo");
        var memberFigures = new List<string>();
        using (var companies = JsonDocument.Parse(await (await admin.Context.APIRequest.GetAsync("/api/companies")).TextAsync()))
        {
            foreach (var company in companies.RootElement.EnumerateArray().Where(c => AzerbaijanMembers.Any(m => c.GetProperty("name").GetString()!.Contains(m, StringComparison.Ordinal))))
            {
                using var list = JsonDocument.Parse(await (await admin.Context.APIRequest.GetAsync($"/api/roadmaps/companies/{company.GetProperty("id").GetInt32()}/scenarios")).TextAsync());
                foreach (var s in list.RootElement.EnumerateArray())
                {
                    using var result = JsonDocument.Parse(await (await admin.Context.APIRequest.GetAsync($"/api/roadmaps/scenarios/{s.GetProperty("id").GetInt32()}/result")).TextAsync());
                    var bau = result.RootElement.GetProperty("bau").GetProperty("years")[0].GetProperty("total").GetProperty("co2_tCO2").GetDouble();
                    memberFigures.Add(Math.Round(bau).ToString("N0", CultureInfo.InvariantCulture));
                }
            }
        }

        var page = await session.SignedInAsync("analyst.az@calcine.demo");
        await page.GotoAsync("/roadmaps/association");
        await Assertions.Expect(page.GetByTestId("roadmap-trajectory")).ToBeVisibleAsync(new() { Timeout = 180_000 });
        var text = await page.Locator("main").InnerTextAsync();

        Assert.NotEmpty(memberFigures);
        Assert.All(AzerbaijanMembers, name => Assert.DoesNotContain(name, text, StringComparison.Ordinal));
        Assert.All(memberFigures, figure => Assert.DoesNotContain(figure, text, StringComparison.Ordinal));
    }

    /// <summary>The current version's result as the API returns it, and that version.</summary>
    private static async Task<JsonElement> ApiResultAsync(IPage page, int id)
    {
        var response = await page.Context.APIRequest.GetAsync($"/api/roadmaps/scenarios/{id}/result");
        Assert.True(response.Ok, response.StatusText);
        var version = int.Parse(response.Headers["x-calcine-scenario-version"], CultureInfo.InvariantCulture);
        using var json = JsonDocument.Parse(await response.TextAsync());
        return JsonSerializer.SerializeToElement(new { version, result = json.RootElement.Clone() });
    }

    private static Dictionary<int, double> PlanCo2(JsonElement result) =>
        result.GetProperty("pathway").GetProperty("years").EnumerateArray()
            .ToDictionary(y => y.GetProperty("year").GetInt32(), y => y.GetProperty("total").GetProperty("co2_tCO2").GetDouble());

    private static Task<string[]> PlanColumnAsync(IPage page) =>
        page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('[data-testid=result-trajectory-data] tbody tr')].map(r => r.cells[2].textContent.trim())");
}
