using System.Text.Json;
using Microsoft.Playwright;
using static Calcine.Browser.Tests.ReportFiles;

namespace Calcine.Browser.Tests;

/// <summary>The CBAM data set reached from the year page, and its JSON, Excel and PDF downloaded
/// through the page's links: the files hold the goods' and the installation's figures the page shows.</summary>
public class CbamReportJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private static readonly string[] GoodFigures = ["produced_t", "seeDirect_tCO2e_per_t", "seeIndirect_tCO2e_per_t", "seeTotal_tCO2e_per_t"];
    private static readonly string[] EmissionFigures = ["installation_tCO2e", "attributedToClinker_tCO2e", "attributedToCementMill_tCO2e", "processClinker_tCO2e", "biomassZeroRated_tCO2"];

    /// <summary>The workbook's column headings (Goods) and row labels (Emissions) of the page's figures.</summary>
    private static readonly Dictionary<string, string> GoodColumns = new()
    {
        ["Produced (t)"] = "produced_t",
        ["SEE direct (t CO2e/t)"] = "seeDirect_tCO2e_per_t",
        ["SEE indirect (t CO2e/t)"] = "seeIndirect_tCO2e_per_t",
        ["SEE total (t CO2e/t)"] = "seeTotal_tCO2e_per_t",
    };

    private static readonly Dictionary<string, string> EmissionRows = new()
    {
        ["Installation emissions"] = "installation_tCO2e",
        ["Attributed to clinker (process + kiln fuels)"] = "attributedToClinker_tCO2e",
        ["Attributed to cement (mill fuels)"] = "attributedToCementMill_tCO2e",
        ["Process: clinker"] = "processClinker_tCO2e",
        ["Biomass CO2 zero-rated (memo)"] = "biomassZeroRated_tCO2",
    };

    [Fact]
    public async Task CbamDataSet_DownloadsEachFile_FiguresEqualThePage()
    {
        var page = await session.SignedInAsync("plant.editor@calcine.demo");
        await page.GotoAsync(await PlantPages.PlantUrlAsync(page, "NR-01") + "/years/2024");
        await page.GetByTestId("cbam-link").ClickAsync();
        await Assertions.Expect(page.GetByTestId("cbam-report")).ToBeVisibleAsync();

        // Goods as "<CN code>/<figure>", the installation's as "emissions/<figure>".
        var cells = await page.EvaluateAsync<string[][]>(
            "() => [...document.querySelectorAll('[data-testid=cbam-report] td[data-figure]')].filter(td => td.dataset.value !== '')"
            + ".map(td => [(td.closest('tr').dataset.cn ?? 'emissions') + '/' + td.dataset.figure, td.dataset.value])");
        var shown = cells.ToDictionary(c => c[0], c => Decimal(c[1]));
        Assert.Equal(2, await page.Locator("[data-testid=cbam-goods] tbody tr[data-cn]").CountAsync());
        Assert.True(shown["2523 10 00/seeDirect_tCO2e_per_t"] > 0m);
        Assert.True(shown["emissions/installation_tCO2e"] > 0m);

        using (var json = JsonDocument.Parse(await DownloadAsync(page, "json")))
        {
            var root = json.RootElement;
            Assert.Equal("cbam-dataset/1", root.GetProperty("format").GetString());
            var fromJson = new Dictionary<string, decimal>();
            foreach (var good in root.GetProperty("goods").EnumerateArray())
            {
                foreach (var figure in GoodFigures.Where(f => good.GetProperty(f).ValueKind == JsonValueKind.Number))
                {
                    fromJson[good.GetProperty("cnCode").GetString() + "/" + figure] = good.GetProperty(figure).GetDecimal();
                }
            }

            foreach (var figure in EmissionFigures)
            {
                fromJson["emissions/" + figure] = root.GetProperty("emissions").GetProperty(figure).GetDecimal();
            }

            Assert.Equal(shown, fromJson);
        }

        var xlsx = await DownloadAsync(page, "xlsx");
        var fromXlsx = new Dictionary<string, decimal>();
        var goods = TypedSheetRows(xlsx, "Goods");
        var headings = goods[0].Row.ToList();
        foreach (var (row, numeric) in goods.Skip(1))
        {
            foreach (var (heading, figure) in GoodColumns)
            {
                var i = headings.IndexOf(heading);
                if (numeric[i])
                {
                    fromXlsx[row[0] + "/" + figure] = Decimal(row[i]);
                }
            }
        }

        foreach (var (row, numeric) in TypedSheetRows(xlsx, "Emissions").Where(r => EmissionRows.ContainsKey(r.Row[0])))
        {
            Assert.True(numeric[1], row[0]);
            fromXlsx["emissions/" + EmissionRows[row[0]]] = Decimal(row[1]);
        }

        Assert.Equal(shown, fromXlsx);

        AssertPdf(await DownloadAsync(page, "pdf"));
    }
}
