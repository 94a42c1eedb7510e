using System.Net;
using System.Text;
using Calcine.Web.Tests.Platform;
using static Calcine.Web.Tests.Reports.RegulatoryReportCalls;

namespace Calcine.Web.Tests.Reports;

/// <summary>The CBAM data set and the China ETS report on a running host: the reference's worked
/// examples through the endpoints, the demo years equal to <c>calcine co2 calc</c>, files read back,
/// and a year that cannot give a figure saying what is missing.</summary>
public abstract class RegulatoryReportTests(DemoPlatformFixture fixture)
{
    private const int CbamExampleYear = 2030;
    private const int ChinaExampleYear = 2031;
    private const int NoElectricityYear = 2032;

    private int Nr01 => fixture.PlantIds["NR-01"];
    private int Nr02 => fixture.PlantIds["NR-02"];

    private async Task ImportCbamExampleAsync()
    {
        using var admin = await fixture.SignedInAsync("platform-admin");
        // The reference's RDF is RED II compliant: its biomass CO2 is zero-rated.
        await ImportExampleAsync(admin, Nr01, "NR-01", CbamExampleYear, "cbam-kiln-and-mill", d => d["fuels"]![1]!["biomassSustainable"] = true);
    }

    [Fact]
    public async Task CbamJson_WorkedExample3_GivesTheReferenceEmbeddedEmissions()
    {
        await ImportCbamExampleAsync();
        using var editor = await fixture.SignedInAsync("plant-editor");

        var data = await JsonAsync(editor, $"api/plants/{Nr01}/years/{CbamExampleYear}/cbam.json");

        var clinker = Good(data, "2523 10 00");
        var cement = Good(data, "2523 29 00");
        var precursor = Assert.Single(data.GetProperty("precursors").EnumerateArray());
        Assert.Equal("cbam-dataset/1", data.GetProperty("format").GetString());
        Assert.Equal(1_000_000m, clinker.GetProperty("produced_t").GetDecimal());
        Assert.Equal(0.831314m, Math.Round(clinker.GetProperty("seeDirect_tCO2e_per_t").GetDecimal(), 6));
        Assert.Equal(0.0315m, clinker.GetProperty("seeIndirect_tCO2e_per_t").GetDecimal());
        Assert.Equal(0.862814m, Math.Round(clinker.GetProperty("seeTotal_tCO2e_per_t").GetDecimal(), 6));
        Assert.Equal("actual", clinker.GetProperty("directDeterminationType").GetString());
        Assert.Equal(1_200_000m, cement.GetProperty("produced_t").GetDecimal());
        Assert.Equal(0.626290m, Math.Round(cement.GetProperty("seeDirect_tCO2e_per_t").GetDecimal(), 6));
        Assert.Equal(0.041625m, cement.GetProperty("seeIndirect_tCO2e_per_t").GetDecimal());
        Assert.Equal(0.75m, cement.GetProperty("qualifyingParameters").GetProperty("clinkerFactor_t_per_t").GetDecimal());
        Assert.Equal(900_000m, precursor.GetProperty("quantity_t").GetDecimal());
        Assert.Equal(83_131.37m, Math.Round(100_000m * clinker.GetProperty("seeDirect_tCO2e_per_t").GetDecimal(), 2));
        Assert.Equal(834_679.68m, data.GetProperty("emissions").GetProperty("installation_tCO2e").GetDecimal());
        Assert.Equal(20_400m, data.GetProperty("emissions").GetProperty("biomassZeroRated_tCO2").GetDecimal());
        Assert.Equal(0.450m, data.GetProperty("electricity").GetProperty("ef_tCO2_per_MWh").GetDecimal());
        Assert.Equal(70_000m, data.GetProperty("electricity").GetProperty("kilnConsumption_MWh").GetDecimal());
        Assert.Empty(data.GetProperty("missing").EnumerateArray());
    }

    [Fact]
    public async Task CbamXlsx_WorkedExample3_ReadsBackAsTypedNumbersEqualToTheJson()
    {
        await ImportCbamExampleAsync();
        using var editor = await fixture.SignedInAsync("plant-editor");

        var json = await JsonAsync(editor, $"api/plants/{Nr01}/years/{CbamExampleYear}/cbam.json");
        var book = XlsxSheets.Read(await BytesAsync(editor, $"api/plants/{Nr01}/years/{CbamExampleYear}/cbam.xlsx"));

        Assert.Equal(new[] { "Installation", "Goods", "Emissions", "Precursors", "Missing and notes" }, book.Sheets.Keys);
        var cement = book.RowStartingWith("Goods", "2523 29 00");
        Assert.True(cement[3]!.IsNumber);
        Assert.Equal(Good(json, "2523 29 00").GetProperty("seeDirect_tCO2e_per_t").GetDecimal(), cement[3]!.Number);
        Assert.Equal(Good(json, "2523 29 00").GetProperty("seeIndirect_tCO2e_per_t").GetDecimal(), cement[5]!.Number);
        Assert.Equal(0.75m, cement[8]!.Number);
        Assert.Equal(Good(json, "2523 10 00").GetProperty("seeDirect_tCO2e_per_t").GetDecimal(), book.RowStartingWith("Goods", "2523 10 00")[3]!.Number);
        Assert.Equal(834_679.68m, book.RowStartingWith("Emissions", "Installation emissions")[1]!.Number);
        Assert.Equal(900_000m, book.RowStartingWith("Precursors", "Cement clinker")[3]!.Number);
        Assert.Equal("not recorded", book.RowStartingWith("Installation", "Coordinates")[1]!.Text);
    }

    [Fact]
    public async Task CbamPage_WorkedExample3_ShowsTheGoodsAndSaysWhatTheProfileLacks()
    {
        await ImportCbamExampleAsync();
        using var editor = await fixture.SignedInAsync("plant-editor");

        var page = await PageAsync(editor, $"plants/{Nr01}/years/{CbamExampleYear}/cbam");

        Assert.Contains("data-testid=\"cbam-goods\"", page, StringComparison.Ordinal);
        Assert.Contains("data-cn=\"2523 29 00\"", page, StringComparison.Ordinal);
        Assert.Contains("data-value=\"0.0315", page, StringComparison.Ordinal);
        Assert.Contains("missing: not recorded in the plant profile", page, StringComparison.Ordinal);
        Assert.Contains($"/api/plants/{Nr01}/years/{CbamExampleYear}/cbam.xlsx", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("LS-01", 2024, "viewer")]
    [InlineData("NR-02", 2025, "association-analyst")]
    public async Task CbamJson_DemoPlantYear_EqualsCliCalcOnTheExportedDocument(string plant, int year, string role)
    {
        using var client = await fixture.SignedInAsync(role);
        var id = fixture.PlantIds[plant];

        var data = await JsonAsync(client, $"api/plants/{id}/years/{year}/cbam.json");
        var cli = await CliAsync(client, id, year, "cbam");

        var cliGoods = cli.GetProperty("goods").EnumerateArray().ToList();
        Assert.Equal(cliGoods.Count, data.GetProperty("goods").GetArrayLength());
        foreach (var expected in cliGoods)
        {
            var good = Good(data, expected.GetProperty("cnCode").GetString()!);
            Assert.Equal(expected.GetProperty("produced_t").GetDecimal(), good.GetProperty("produced_t").GetDecimal());
            Assert.Equal(expected.GetProperty("seeDirect_tCO2_per_t").GetDecimal(), good.GetProperty("seeDirect_tCO2e_per_t").GetDecimal());
            Assert.Equal(expected.GetProperty("seeIndirect_tCO2_per_t").GetDecimal(), good.GetProperty("seeIndirect_tCO2e_per_t").GetDecimal());
        }

        Assert.Equal(cli.GetProperty("electricity").GetProperty("ef_tCO2_per_MWh").GetDecimal(), data.GetProperty("electricity").GetProperty("ef_tCO2_per_MWh").GetDecimal());
        Assert.Equal(cli.GetProperty("attributedClinkerCo2_t").GetDecimal(), data.GetProperty("emissions").GetProperty("attributedToClinker_tCO2e").GetDecimal());
        Assert.Equal(cli.GetProperty("precursors")[0].GetProperty("quantity_t").GetDecimal(), data.GetProperty("precursors")[0].GetProperty("quantity_t").GetDecimal());
    }

    [Fact]
    public async Task CbamJson_YearWithoutElectricityData_SaysWhatIsMissingInsteadOfZero()
    {
        using var admin = await fixture.SignedInAsync("platform-admin");
        using var put = await PutMonthAsync(admin, $"api/plants/{Nr01}/years/{NoElectricityYear}/months/1", new
        {
            version = 0,
            data = new
            {
                format = "monthly-activity/1",
                clinker = new { produced_t = 90_000m },
                cement = new { mineralComponents = new[] { new { name = "gypsum", mass_t = 5000m } } },
                fuels = new[] { new { name = "Bituminous coal", category = "conventional-fossil", use = "kiln", mass_t = 11_000m, lhv_GJ_per_t = 25.8m, ef_kgCO2_per_GJ = 94.6m, evidence = "Lab report (test)" } },
            },
        });
        Assert.True(put.StatusCode == HttpStatusCode.OK, await put.Content.ReadAsStringAsync());

        var data = await JsonAsync(admin, $"api/plants/{Nr01}/years/{NoElectricityYear}/cbam.json");
        var page = await PageAsync(admin, $"plants/{Nr01}/years/{NoElectricityYear}/cbam");

        var clinker = Good(data, "2523 10 00");
        Assert.True(clinker.GetProperty("seeDirect_tCO2e_per_t").GetDecimal() > 0);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, clinker.GetProperty("seeIndirect_tCO2e_per_t").ValueKind);
        Assert.Equal("not determined", clinker.GetProperty("indirectDeterminationType").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, Good(data, "2523 29 00").GetProperty("seeIndirect_tCO2e_per_t").ValueKind);
        Assert.Contains(data.GetProperty("missing").EnumerateArray(), m => m.GetProperty("path").GetString() == "$.electricity.consumption");
        Assert.Contains("data-testid=\"cbam-missing\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CbamJson_YearWithoutAnyData_ComputesNothingAndNamesTheGap()
    {
        using var viewer = await fixture.SignedInAsync("viewer");

        var data = await JsonAsync(viewer, $"api/plants/{fixture.PlantIds["LS-01"]}/years/2040/cbam.json");

        Assert.False(data.GetProperty("computed").GetBoolean());
        Assert.Empty(data.GetProperty("goods").EnumerateArray());
        Assert.Equal("year", Assert.Single(data.GetProperty("missing").EnumerateArray()).GetProperty("path").GetString());
    }

    [Fact]
    public async Task ChinaEtsXlsx_WorkedExample4_GivesTheReferenceCets2024Figures()
    {
        using var admin = await fixture.SignedInAsync("platform-admin");
        await ImportExampleAsync(admin, Nr02, "NR-02", ChinaExampleYear, "china-clinker-line");

        var book = XlsxSheets.Read(await BytesAsync(admin, $"api/plants/{Nr02}/years/{ChinaExampleYear}/china-ets.xlsx"));

        Assert.Equal(773_700.00m, book.RowStartingWith("Process", "过程排放 / Process emissions")[5]!.Number);
        Assert.Equal(-28_800.00m, book.RowStartingWith("Process", "替代原料扣减 / Deduction")[5]!.Number);
        Assert.Equal(0.535m, book.RowStartingWith("Process", "熟料 / Clinker")[3]!.Number);
        var coal = book.RowStartingWith("Fuels", "coal");
        AssertTonnes(433_913.87m, coal[10]!.Number);
        Assert.Equal(0.02618m, coal[5]!.Number);
        Assert.Equal(0.98m, coal[7]!.Number);
        AssertTonnes(13_200.00m, book.RowStartingWith("Fuels", "alternative fuel")[10]!.Number);
        Assert.Equal(1_500_000m, book.RowStartingWith("Totals", "熟料产量 / Clinker output")[1]!.Number);
        AssertTonnes(1_220_813.87m, book.RowStartingWith("Totals", "履约排放量 (直接排放) / Compliance emissions (direct)")[1]!.Number);
        Assert.Equal(0.813876m, Math.Round(book.RowStartingWith("Totals", "单位熟料直接排放 / Direct emissions per t clinker")[1]!.Number, 6));
        Assert.Equal(68_436.00m, book.RowStartingWith("Electricity", "电力 / Electricity")[6]!.Number);
        Assert.Equal(3235m, Math.Round(book.RowStartingWith("Totals", "单位熟料热耗 / Heat consumption per t clinker")[1]!.Number, 0));
    }

    [Fact]
    public async Task ChinaEtsPage_WorkedExample4_ShowsBilingualTablesWithTheFigures()
    {
        using var admin = await fixture.SignedInAsync("platform-admin");
        await ImportExampleAsync(admin, Nr02, "NR-02", ChinaExampleYear + 1, "china-clinker-line");

        var page = await PageAsync(admin, $"plants/{Nr02}/years/{ChinaExampleYear + 1}/china-ets");

        Assert.Contains("熟料产量 (t) / Clinker output (t)", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"china-process-total\" data-value=\"773700", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"china-unverified\"", page, StringComparison.Ordinal);
        Assert.Contains("0.5703", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("LS-01", 2024, "viewer")]
    [InlineData("NR-01", 2025, "regulator")]
    public async Task ChinaEtsXlsx_DemoPlantYear_EqualsCliCalcOnTheExportedDocument(string plant, int year, string role)
    {
        using var client = await fixture.SignedInAsync(role);
        var id = fixture.PlantIds[plant];

        var book = XlsxSheets.Read(await BytesAsync(client, $"api/plants/{id}/years/{year}/china-ets.xlsx"));
        var cli = await CliAsync(client, id, year, "cn-2024");

        Assert.Equal(cli.GetProperty("clinker_t").GetDecimal(), book.RowStartingWith("Totals", "熟料产量 / Clinker output")[1]!.Number);
        Assert.Equal(cli.GetProperty("processCo2_t").GetDecimal(), book.RowStartingWith("Totals", "过程排放 / Process emissions")[1]!.Number);
        Assert.Equal(cli.GetProperty("totalCo2_t").GetDecimal(), book.RowStartingWith("Totals", "履约排放量 (直接排放) / Compliance emissions (direct)")[1]!.Number);
        Assert.Equal(cli.GetProperty("directCo2PerClinker_tCO2_per_t").GetDecimal(), book.RowStartingWith("Totals", "单位熟料直接排放 / Direct emissions per t clinker")[1]!.Number);
        Assert.Equal(cli.GetProperty("electricityCo2_t").GetDecimal(), book.RowStartingWith("Electricity", "电力 / Electricity")[6]!.Number);
        Assert.Equal(cli.GetProperty("fuels").GetArrayLength(), book.Sheets["Fuels"].Count - 2);
    }

    [Fact]
    public async Task ChinaEtsXlsx_YearWithoutData_NamesWhatIsMissing()
    {
        using var viewer = await fixture.SignedInAsync("viewer");

        var book = XlsxSheets.Read(await BytesAsync(viewer, $"api/plants/{fixture.PlantIds["LS-01"]}/years/2041/china-ets.xlsx"));

        Assert.Contains("no data", book.RowStartingWith("Enterprise", "缺少数据 / Missing")[1]!.Text, StringComparison.Ordinal);
        Assert.False(book.Sheets.ContainsKey("Totals"));
    }

    [Theory]
    [InlineData("cbam.pdf")]
    [InlineData("china-ets.pdf")]
    public async Task Pdf_DemoPlantYear_IsAPdfDocument(string file)
    {
        using var viewer = await PrintingClientAsync(fixture, "viewer");

        using var response = await viewer.GetAsync(new Uri($"api/plants/{fixture.PlantIds["LS-01"]}/years/2024/{file}", UriKind.Relative));
        var pdf = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("%PDF", Encoding.ASCII.GetString(pdf, 0, 4));
    }

    [Fact]
    public async Task YearPage_ReadableYear_LinksToBothReports()
    {
        using var viewer = await fixture.SignedInAsync("viewer");
        var id = fixture.PlantIds["LS-01"];

        var page = await PageAsync(viewer, $"plants/{id}/years/2024");

        Assert.Contains($"href=\"/plants/{id}/years/2024/cbam\"", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/plants/{id}/years/2024/china-ets\"", page, StringComparison.Ordinal);
    }
}

/// <summary>RegulatoryReportTests on SQLite.</summary>
public sealed class RegulatoryReportTestsOnSqlite(DemoPlatformFixture fixture) : RegulatoryReportTests(fixture), IClassFixture<DemoPlatformFixture>;

/// <summary>RegulatoryReportTests on PostgreSQL.</summary>
public sealed class RegulatoryReportTestsOnPostgres(PostgresDemoPlatformFixture fixture) : RegulatoryReportTests(fixture), IClassFixture<PostgresDemoPlatformFixture>;
