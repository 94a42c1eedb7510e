using System.Globalization;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Playwright;

namespace Calcine.Browser.Tests;

/// <summary>The plant's CO2 inventory report reached from its year page, and each of its files
/// downloaded through the page's links, holding the figures the page shows.</summary>
public class InventoryReportJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task PlantReport_DownloadsEachFile_FiguresEqualThePage()
    {
        var page = await session.SignedInAsync("plant.editor@calcine.demo");
        await page.GotoAsync(await PlantPages.PlantUrlAsync(page, "NR-01") + "/years/2024");
        await page.GetByTestId("inventory-report-link").ClickAsync();
        await Assertions.Expect(page.GetByTestId("plant-report")).ToBeVisibleAsync();

        var shown = new Dictionary<string, decimal>();
        foreach (var row in await page.GetByTestId("report-figures").Locator("tbody tr").AllAsync())
        {
            var value = await row.Locator("td.num").GetAttributeAsync("data-value");
            if (!string.IsNullOrEmpty(value))
            {
                shown[(await row.GetAttributeAsync("data-figure"))!] = decimal.Parse(value, CultureInfo.InvariantCulture);
            }
        }

        Assert.True(shown["grossCo2_t"] > 0m);
        Assert.Equal(10, await page.GetByTestId("report-figures").Locator("tbody tr").CountAsync());

        var csv = Encoding.UTF8.GetString(await DownloadAsync(page, "csv")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = csv[0].TrimEnd('\r').Split(',').ToList();
        var fromCsv = csv.Skip(1).Select(l => l.TrimEnd('\r').Split(','))
            .Where(c => c[header.IndexOf("value")].Length > 0)
            .ToDictionary(c => c[header.IndexOf("figure")], c => decimal.Parse(c[header.IndexOf("value")], CultureInfo.InvariantCulture));
        Assert.Equal(shown, fromCsv);

        using (var json = JsonDocument.Parse(await DownloadAsync(page, "json")))
        {
            var fromJson = json.RootElement.GetProperty("plants")[0].GetProperty("figures").EnumerateArray()
                .Where(f => f.GetProperty("value").ValueKind == JsonValueKind.Number)
                .ToDictionary(f => f.GetProperty("id").GetString()!, f => f.GetProperty("value").GetDecimal());
            Assert.Equal(shown, fromJson);
        }

        using (var xlsx = SpreadsheetDocument.Open(new MemoryStream(await DownloadAsync(page, "xlsx")), false))
        {
            var part = xlsx.WorkbookPart!;
            var sheet = part.Workbook.Descendants<Sheet>().Single(s => s.Name == "Figures");
            var rows = ((WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>().ToList();
            var columns = rows[0].Elements<Cell>().Select(c => c.InnerText).ToList();
            var fromXlsx = rows.Skip(1).Select(r => r.Elements<Cell>().ToList())
                .Where(c => c[columns.IndexOf("value")].DataType?.Value == CellValues.Number)
                .ToDictionary(c => c[columns.IndexOf("figure")].InnerText, c => decimal.Parse(c[columns.IndexOf("value")].InnerText, CultureInfo.InvariantCulture));
            Assert.Equal(shown, fromXlsx);
        }

        var pdf = await DownloadAsync(page, "pdf");
        Assert.Equal("%PDF", Encoding.ASCII.GetString(pdf, 0, 4));
    }

    private static async Task<byte[]> DownloadAsync(IPage page, string format)
    {
        // A PDF is printed by a browser on the server: slow on a busy machine.
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId($"download-{format}").ClickAsync(),
            new PageRunAndWaitForDownloadOptions { Timeout = 180_000 });
        Assert.EndsWith("." + format, download.SuggestedFilename, StringComparison.Ordinal);
        return await File.ReadAllBytesAsync((await download.PathAsync())!);
    }
}
