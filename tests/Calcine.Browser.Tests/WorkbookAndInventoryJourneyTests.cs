using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Playwright;

namespace Calcine.Browser.Tests;

/// <summary>The workbook round trip through the page, the inventory with its chart and traces,
/// and the API's description.</summary>
public class WorkbookAndInventoryJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [Fact]
    public async Task Workbook_WithTextInANumberCell_NamesTheCell_ThenTheFixedWorkbookImports()
    {
        var page = await session.SignedInAsync("plant.editor@calcine.demo");
        var year = await PlantPages.PlantUrlAsync(page, "NR-01") + "/years/2025";
        await page.GotoAsync(year + "/workbook");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download").ClickAsync());
        var original = await File.ReadAllBytesAsync((await download.PathAsync())!);

        await UploadAsync(page, WithTextInProductionB2(original, "90000 t"));
        await Assertions.Expect(page.GetByTestId("notice")).ToContainTextAsync("nothing was imported");
        await Assertions.Expect(page.GetByTestId("workbook-errors")).ToContainTextAsync("Production!B2");

        await UploadAsync(page, WithNumberInProductionB2(original, 87654.5m));
        await Assertions.Expect(page.GetByTestId("notice")).ToContainTextAsync("Imported months 1, 2, 3");
        await page.GotoAsync(year + "/months/1");
        Assert.Equal("87654.5", await page.GetByLabel("Clinker produced (t)", new() { Exact = true }).InputValueAsync());
    }

    [Fact]
    public async Task Inventory_ShowsKpisChartWithItsTable_AndAResultOpensItsTrace()
    {
        var page = await session.SignedInAsync("plant.editor@calcine.demo");
        await page.GotoAsync(await PlantPages.PlantUrlAsync(page, "NR-01"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Inventory 2024" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("kpis")).ToBeVisibleAsync();
        var perClinker = decimal.Parse(await page.GetByTestId("kpi-gross-per-clinker").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(perClinker, 500m, 1200m);
        Assert.Equal(12, await page.GetByTestId("monthly-chart").Locator("rect.bar.a").CountAsync());
        Assert.Equal(12, await page.GetByTestId("monthly-chart-data").Locator("tbody tr").CountAsync());

        var trace = page.GetByTestId("trace-gcca").Locator("details").First;
        await trace.Locator("summary").ClickAsync();
        await Assertions.Expect(trace.Locator("code.formula")).ToBeVisibleAsync();
        Assert.True(await trace.Locator("table.inputs tbody tr").CountAsync() > 0);
    }

    [Fact]
    public async Task ApiReference_LoadsNothingFromAnotherHost()
    {
        var page = await session.NewPageAsync();
        var hosts = new List<string>();
        page.Request += (_, request) => hosts.Add(new Uri(request.Url).Host);

        var response = await page.GotoAsync("/scalar/v1");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Equal(200, response!.Status);
        Assert.NotEmpty(hosts);
        Assert.All(hosts, h => Assert.Equal(session.Platform.BaseAddress.Host, h));
    }

    private static async Task UploadAsync(IPage page, byte[] workbook)
    {
        await page.GetByLabel("Workbook (.xlsx)").SetInputFilesAsync(new FilePayload { Name = "activity.xlsx", MimeType = Xlsx, Buffer = workbook });
        await page.GetByRole(AriaRole.Button, new() { Name = "Import workbook" }).ClickAsync();
    }

    private static byte[] WithTextInProductionB2(byte[] workbook, string text) => EditProductionB2(workbook, cell =>
    {
        cell.DataType = CellValues.InlineString;
        cell.CellValue = null;
        cell.InlineString = new InlineString(new Text(text));
    });

    private static byte[] WithNumberInProductionB2(byte[] workbook, decimal value) => EditProductionB2(workbook, cell =>
    {
        cell.DataType = CellValues.Number;
        cell.InlineString = null;
        cell.CellValue = new CellValue(value);
    });

    /// <summary>Row 2 is January; column B is clinker produced.</summary>
    private static byte[] EditProductionB2(byte[] workbook, Action<Cell> edit)
    {
        using var buffer = new MemoryStream();
        buffer.Write(workbook);
        using (var document = SpreadsheetDocument.Open(buffer, isEditable: true))
        {
            var book = document.WorkbookPart!;
            var sheet = book.Workbook.Descendants<Sheet>().Single(s => s.Name == "Production");
            var part = (WorksheetPart)book.GetPartById(sheet.Id!);
            edit(part.Worksheet.Descendants<Row>().ElementAt(1).Elements<Cell>().ElementAt(1));
            part.Worksheet.Save();
        }

        return buffer.ToArray();
    }
}
