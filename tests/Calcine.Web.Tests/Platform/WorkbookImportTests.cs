using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Calcine.Web.Tests.Platform;

/// <summary>The activity workbook on a running host: download, upload, per-cell errors, and the
/// malformed uploads (wrong sheet, wrong types, units in cells, formulas, 100,000 rows, a zip
/// bomb, a truncated file) that must import nothing.</summary>
public abstract class WorkbookImportTests(DemoPlatformFixture fixture)
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private int Nr01 => fixture.PlantIds["NR-01"];

    private async Task<(HttpResponseMessage Response, JsonElement Body)> UploadAsync(PlatformClient client, int year, byte[] workbook, int version = 0)
    {
        var response = await client.SendRawAsync(HttpMethod.Put, $"api/plants/{Nr01}/years/{year}/workbook?version={version}", workbook, Xlsx);
        return (response, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    /// <summary>Uploads a broken workbook and checks that the error names the cell and nothing was saved.</summary>
    private async Task AssertRejectedAsync(byte[] workbook, string errorKeyStart, int year)
    {
        using var editor = await fixture.SignedInAsync("plant-editor");

        var (response, body) = await UploadAsync(editor, year, workbook);
        var january = await editor.GetJsonAsync($"api/plants/{Nr01}/years/{year}/months/1");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var keys = body.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
        Assert.True(keys.Any(k => k.StartsWith(errorKeyStart, StringComparison.Ordinal)), string.Join(" | ", keys));
        Assert.Equal(0, january.GetProperty("version").GetInt32());
        response.Dispose();
    }

    [Fact]
    public async Task Workbook_DownloadedAndUploadedIntoAnotherYear_ImportsEveryMonthWithTheSameInventory()
    {
        using var editor = await fixture.SignedInAsync("plant-editor");
        using var download = await editor.GetAsync($"api/plants/{Nr01}/years/2025/workbook");
        var workbook = await download.Content.ReadAsByteArrayAsync();

        var (response, body) = await UploadAsync(editor, 2031, workbook);
        var original = await editor.GetJsonAsync($"api/plants/{Nr01}/years/2025/inventory");
        var imported = await editor.GetJsonAsync($"api/plants/{Nr01}/years/2031/inventory");

        Assert.Equal(Xlsx, download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(12, body.GetProperty("months").GetArrayLength());
        Assert.Equal(original.GetProperty("annual").GetProperty("grossCo2_t").GetDecimal(), imported.GetProperty("annual").GetProperty("grossCo2_t").GetDecimal());
        response.Dispose();
    }

    [Fact]
    public async Task Workbook_ValidHandMadeWorkbook_ImportsJanuary()
    {
        using var editor = await fixture.SignedInAsync("plant-editor");

        var (response, _) = await UploadAsync(editor, 2032, TestWorkbook.ValidJanuary().ToBytes());
        var january = await editor.GetJsonAsync($"api/plants/{Nr01}/years/2032/months/1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(90000m, january.GetProperty("data").GetProperty("clinker").GetProperty("produced_t").GetDecimal());
        response.Dispose();
    }

    [Fact]
    public Task Workbook_UnitWrittenInANumberCell_NamesTheCellAndImportsNothing() =>
        AssertRejectedAsync(TestWorkbook.ValidJanuary()
            .Set("Production", 2, TestWorkbook.Number(1), TestWorkbook.Text("90000 t")).ToBytes(), "Production!B2", 2033);

    [Fact]
    public Task Workbook_Formula_NamesTheCellAndImportsNothing() =>
        AssertRejectedAsync(TestWorkbook.ValidJanuary()
            .Set("Components", 2, TestWorkbook.Number(1), TestWorkbook.Text("gypsum"), TestWorkbook.Formula("1000*5", 5000)).ToBytes(), "Components!C2", 2033);

    [Fact]
    public Task Workbook_WrongSheetName_IsNamedAndImportsNothing() =>
        AssertRejectedAsync(TestWorkbook.ValidJanuary().Rename("Fuels", "Sheet1").ToBytes(), "Sheet1!", 2033);

    [Fact]
    public Task Workbook_UnitsInTheWrongColumn_HeaderCellIsNamed()
    {
        var book = TestWorkbook.ValidJanuary();
        var headers = TestWorkbook.Headers["Fuels"].Select(TestWorkbook.Text).ToArray();
        headers[4] = TestWorkbook.Text("Mass (kg)");
        return AssertRejectedAsync(book.Set("Fuels", 1, headers).ToBytes(), "Fuels!E1", 2033);
    }

    [Fact]
    public Task Workbook_TextInTheMonthColumn_NamesTheCell() =>
        AssertRejectedAsync(TestWorkbook.ValidJanuary()
            .Set("RawMaterials", 2, TestWorkbook.Text("January"), TestWorkbook.Text("limestone"), TestWorkbook.Number(10)).ToBytes(), "RawMaterials!A2", 2033);

    [Fact]
    public Task Workbook_FuelWithoutItsLhv_NamesTheEmptyCell() =>
        AssertRejectedAsync(TestWorkbook.ValidJanuary()
            .Set("Fuels", 2, TestWorkbook.Number(1), TestWorkbook.Text("Coal"), TestWorkbook.Text("conventional-fossil"), TestWorkbook.Text("kiln"),
                TestWorkbook.Number(10), "", "", "", TestWorkbook.Text("ipcc2006-co2-lignite")).ToBytes(), "Fuels!F2", 2033);

    [Fact]
    public Task Workbook_MonthMissingFromProduction_NamesTheRow() =>
        AssertRejectedAsync(TestWorkbook.ValidJanuary()
            .Row("Electricity", 3, TestWorkbook.Number(7), TestWorkbook.Text("kiln"), TestWorkbook.Text("grid"), TestWorkbook.Number(10)).ToBytes(), "Electricity!A3", 2033);

    [Fact]
    public Task Workbook_HundredThousandRows_IsRefusedAtTheLimit()
    {
        var book = TestWorkbook.ValidJanuary();
        for (var row = 3; row <= 100_002; row++)
        {
            book.Row("Components", row, TestWorkbook.Number(1), TestWorkbook.Text("gypsum"), TestWorkbook.Number(1));
        }

        return AssertRejectedAsync(book.ToBytes(), "Components!A", 2033);
    }

    [Fact]
    public Task Workbook_ZipBomb_IsRefusedBeforeOpening() =>
        AssertRejectedAsync(TestWorkbook.ZipBomb(200L * 1024 * 1024), "workbook", 2033);

    [Fact]
    public async Task Workbook_TruncatedFile_IsRefused()
    {
        var whole = TestWorkbook.ValidJanuary().ToBytes();
        await AssertRejectedAsync(whole[..(whole.Length / 2)], "workbook", 2033);
    }

    [Fact]
    public Task Workbook_NotAZipAtAll_IsRefused() =>
        AssertRejectedAsync(Encoding.UTF8.GetBytes("month,clinker\n1,90000\n"), "workbook", 2033);

    [Fact]
    public async Task Workbook_LockedYear_IsRefusedAndNothingChanges()
    {
        using var admin = await fixture.SignedInAsync("company-admin");
        var before = await admin.GetJsonAsync($"api/plants/{Nr01}/years/{DataEndpoints.LockedYear}/months/1");

        var (response, body) = await UploadAsync(admin, DataEndpoints.LockedYear, TestWorkbook.ValidJanuary().ToBytes(), version: 1);
        var after = await admin.GetJsonAsync($"api/plants/{Nr01}/years/{DataEndpoints.LockedYear}/months/1");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("locked", body.GetProperty("yearStatus").GetString());
        Assert.Equal(before.GetProperty("data").GetRawText(), after.GetProperty("data").GetRawText());
        response.Dispose();
    }

    [Fact]
    public async Task Workbook_StaleVersion_Answers409()
    {
        using var editor = await fixture.SignedInAsync("plant-editor");
        using var download = await editor.GetAsync($"api/plants/{Nr01}/years/2024/workbook");
        var version = int.Parse(download.Headers.GetValues("X-Calcine-Version").Single(), System.Globalization.CultureInfo.InvariantCulture);

        var (response, body) = await UploadAsync(editor, 2024, TestWorkbook.ValidJanuary().ToBytes(), version: version + 5);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(version, body.GetProperty("currentVersion").GetInt32());
        response.Dispose();
    }
}

/// <summary>WorkbookImportTests on the embedded default, SQLite.</summary>
public sealed class WorkbookImportTestsOnSqlite(DemoPlatformFixture fixture) : WorkbookImportTests(fixture), IClassFixture<DemoPlatformFixture>;

/// <summary>WorkbookImportTests on PostgreSQL.</summary>
public sealed class WorkbookImportTestsOnPostgres(PostgresDemoPlatformFixture fixture) : WorkbookImportTests(fixture), IClassFixture<PostgresDemoPlatformFixture>;
