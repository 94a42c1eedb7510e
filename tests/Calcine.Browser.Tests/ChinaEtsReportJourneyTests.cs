using Microsoft.Playwright;
using static Calcine.Browser.Tests.ReportFiles;

namespace Calcine.Browser.Tests;

/// <summary>The China ETS annual emission report reached from the year page, its Excel and PDF
/// downloaded through the page's links: the workbook holds the totals and fuels the page shows.</summary>
public class ChinaEtsReportJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    /// <summary>The Totals sheet's rows (by their English label, after " / ") of the page's figures.</summary>
    private static readonly Dictionary<string, string> TotalRows = new()
    {
        ["Clinker output"] = "china-clinker",
        ["Process emissions"] = "china-process-total",
        ["Fuel combustion emissions"] = "china-fuel-total",
        ["Compliance emissions (direct)"] = "china-direct",
        ["Total including indirect"] = "china-total",
        ["Direct emissions per t clinker"] = "china-intensity",
    };

    [Fact]
    public async Task ChinaEtsReport_DownloadsEachFile_FiguresEqualThePage()
    {
        var page = await session.SignedInAsync("plant.editor@calcine.demo");
        await page.GotoAsync(await PlantPages.PlantUrlAsync(page, "NR-01") + "/years/2024");
        await page.GetByTestId("china-ets-link").ClickAsync();
        await Assertions.Expect(page.GetByTestId("china-ets-report")).ToBeVisibleAsync();

        // The named figures by test id, and each fuel's CO2 in the report's order as fuel/<n>.
        var cells = await page.EvaluateAsync<string[][]>(
            "() => [...[...document.querySelectorAll('[data-testid=china-ets-report] [data-testid^=china-][data-value]')].map(e => [e.dataset.testid, e.dataset.value]),"
            + " ...[...document.querySelectorAll('[data-testid=china-fuels] tbody td[data-value]:not([data-testid])')].map((e, i) => ['fuel/' + i, e.dataset.value])]");
        var shown = cells.Where(c => c[1].Length > 0).ToDictionary(c => c[0], c => Decimal(c[1]));
        Assert.Equal(TotalRows.Count + 1, shown.Keys.Count(k => k.StartsWith("china-", StringComparison.Ordinal)));
        Assert.True(shown["china-direct"] > 0m);
        Assert.Contains(shown.Keys, k => k.StartsWith("fuel/", StringComparison.Ordinal));

        var xlsx = await DownloadAsync(page, "xlsx");
        var fromXlsx = new Dictionary<string, decimal>();
        foreach (var (row, numeric) in TypedSheetRows(xlsx, "Totals").Where(r => TotalRows.ContainsKey(English(r.Row[0]))))
        {
            Assert.True(numeric[1], row[0]);
            fromXlsx[TotalRows[English(row[0])]] = Decimal(row[1]);
        }

        var electricity = SheetRows(xlsx, "Electricity");
        var co2 = electricity[0].ToList().FindIndex(h => English(h) == "Emissions (t CO2)");
        fromXlsx["china-electricity-co2"] = Decimal(electricity.Single(r => English(r[0]) == "Electricity")[co2]);

        var fuels = SheetRows(xlsx, "Fuels");
        var fuelCo2 = fuels[0].ToList().FindIndex(h => English(h) == "Emissions (t CO2)");
        var fuelRows = fuels.Skip(1).Where(r => English(r[0]) != "Fuel combustion emissions").ToList();
        for (var i = 0; i < fuelRows.Count; i++)
        {
            fromXlsx["fuel/" + i] = Decimal(fuelRows[i][fuelCo2]);
        }

        Assert.Equal(shown, fromXlsx);

        AssertPdf(await DownloadAsync(page, "pdf"));
    }

    /// <summary>The English half of a bilingual heading ("中文 / English").</summary>
    private static string English(string heading) =>
        heading.LastIndexOf(" / ", StringComparison.Ordinal) is var i and >= 0 ? heading[(i + 3)..] : heading;
}
