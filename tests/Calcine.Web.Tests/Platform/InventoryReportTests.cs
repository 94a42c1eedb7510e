using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using static Calcine.Web.Tests.Platform.InventoryReportFiles;

namespace Calcine.Web.Tests.Platform;

/// <summary>The inventory reports against the inventory endpoint they restate, their files read back,
/// the company figures as summed ratios, and the verification statement held to the signed version.</summary>
public abstract partial class InventoryReportTests(DemoPlatformFixture fixture)
{
    private static readonly int[] Years = [2023, 2024, 2025];
    private static readonly Dictionary<string, string> Reason = new() { ["X-Change-Reason"] = "report%20test" };

    [Fact]
    public async Task PlantReportJson_EveryDemoPlantAndYear_FiguresEqualTheInventoryEndpoint()
    {
        using var admin = await fixture.SignedInAsync("platform-admin");
        var compared = 0;
        foreach (var code in DemoTenancy.Plants)
        {
            foreach (var year in Years)
            {
                var id = fixture.PlantIds[code];
                var annual = (await admin.GetJsonAsync($"api/plants/{id}/years/{year}/inventory")).GetProperty("annual");
                var report = await admin.GetJsonAsync(PlantFile(id, year, "json"));
                var plant = Assert.Single(report.GetProperty("plants").EnumerateArray());

                Assert.Equal(("calcine-inventory-report/1", "plant", year), (report.GetProperty("format").GetString(), report.GetProperty("level").GetString(), report.GetProperty("year").GetInt32()));
                Assert.Equal(code, plant.GetProperty("code").GetString());
                Assert.True(plant.GetProperty("completeness").GetProperty("computed").GetBoolean());
                foreach (var (figure, value) in Figures(plant))
                {
                    Assert.Equal(InventoryFigure(annual, figure), value);
                    compared++;
                }

                Assert.Equal(annual.GetProperty("calculationMethod").GetString(), plant.GetProperty("method").GetProperty("calcinationMethod").GetString());
            }
        }

        Assert.Equal(DemoTenancy.Plants.Length * Years.Length * 10, compared);
    }

    [Fact]
    public async Task PlantReportCsvAndXlsx_ReadBack_SameFiguresAsTheJson()
    {
        using var admin = await fixture.SignedInAsync("platform-admin");
        var id = fixture.PlantIds["NR-01"];
        var json = Figures(Assert.Single((await admin.GetJsonAsync(PlantFile(id, 2024, "json"))).GetProperty("plants").EnumerateArray()));
        using var csvResponse = await admin.GetAsync(PlantFile(id, 2024, "csv"));
        var csv = Csv(await csvResponse.Content.ReadAsStringAsync());
        using var xlsxResponse = await admin.GetAsync(PlantFile(id, 2024, "xlsx"));
        var sheet = Sheet(await xlsxResponse.Content.ReadAsByteArrayAsync(), "Figures");

        Assert.Equal("text/csv", csvResponse.Content.Headers.ContentType?.MediaType);
        var header = csv[0].ToList();
        Assert.Equal(json.Count, csv.Count - 1);
        foreach (var row in csv.Skip(1))
        {
            Assert.Equal(("plant", "NR-01", "2024"), (row[header.IndexOf("level")], row[header.IndexOf("plant_code")], row[header.IndexOf("year")]));
            var value = row[header.IndexOf("value")];
            Assert.Equal(json[row[header.IndexOf("figure")]], value.Length == 0 ? null : Number(value));
        }

        Assert.Equal(header, sheet[0].Select(c => c.Text));
        Assert.Equal(json.Count, sheet.Count - 1);
        foreach (var row in sheet.Skip(1))
        {
            var value = row[header.IndexOf("value")];
            var expected = json[row[header.IndexOf("figure")].Text];
            Assert.Equal(expected is null ? "" : "n", value.Type);
            Assert.Equal(expected, value.Type == "n" ? Number(value.Text) : null);
            Assert.Equal(("inlineStr", "n"), (row[header.IndexOf("plant_code")].Type, row[header.IndexOf("year")].Type));
        }

        Assert.Contains(Sheet(await xlsxResponse.Content.ReadAsByteArrayAsync(), "Factors").Skip(1), r => r[2].Type == "n" && r[4].Text.Length > 0);
    }

    [Fact]
    public async Task CompanyReport_Northridge_TotalsAreSummedNumeratorsOverSummedDenominators()
    {
        using var admin = await fixture.SignedInAsync("platform-admin");
        var report = await admin.GetJsonAsync(CompanyFile(fixture.CompanyIds["Northridge Cement"], 2024, "json"));
        var plants = report.GetProperty("plants").EnumerateArray().ToList();
        var totals = report.GetProperty("totals").EnumerateArray().ToDictionary(f => f.GetProperty("id").GetString()!);

        Assert.Equal(["NR-01", "NR-02"], plants.Select(p => p.GetProperty("code").GetString()));
        foreach (var (id, total) in totals)
        {
            var figures = plants.Select(p => p.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("id").GetString() == id)).ToList();
            if (total.GetProperty("numerator").ValueKind == JsonValueKind.Null)
            {
                Assert.Equal(figures.Sum(f => Decimal(f, "value")), Decimal(total, "value"));
                continue;
            }

            var numerator = figures.Sum(f => Decimal(f, "numerator") ?? 0m);
            var denominator = figures.Sum(f => Decimal(f, "denominator") ?? 0m);
            Assert.All(figures.Where(f => Decimal(f, "denominator") is > 0m), f => Assert.Equal(Decimal(f, "value"), Decimal(f, "numerator") / Decimal(f, "denominator")));
            Assert.Equal(numerator, Decimal(total, "numerator"));
            Assert.Equal(numerator / denominator, Decimal(total, "value"));
        }

        var csv = Csv(Encoding.UTF8.GetString(await (await admin.GetAsync(CompanyFile(fixture.CompanyIds["Northridge Cement"], 2024, "csv"))).Content.ReadAsByteArrayAsync()));
        var header = csv[0].ToList();
        var companyRows = csv.Skip(1).Where(r => r[header.IndexOf("level")] == "company").ToList();
        Assert.Equal(totals.Count, companyRows.Count);
        Assert.All(companyRows, r => Assert.Equal(Decimal(totals[r[header.IndexOf("figure")]], "value"), Number(r[header.IndexOf("value")])));
    }

    [Fact]
    public async Task CompanyReport_Regulator_HoldsOnlyThePlantsItMaySee()
    {
        using var regulator = await fixture.SignedInAsync("regulator");
        var report = await regulator.GetJsonAsync(CompanyFile(fixture.CompanyIds["Northridge Cement"], 2024, "json"));
        using var page = await regulator.GetAsync($"companies/{fixture.CompanyIds["Northridge Cement"]}/years/2024/report");
        var html = await page.Content.ReadAsStringAsync();

        var plant = Assert.Single(report.GetProperty("plants").EnumerateArray());
        Assert.Equal("NR-01", plant.GetProperty("code").GetString());
        Assert.Equal(Figures(plant)["grossCo2_t"], Figures(report, "totals")["grossCo2_t"]);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("NR-01", html, StringComparison.Ordinal);
        Assert.DoesNotContain("NR-02", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Statement_SignedThenReopenedAndEdited_KeepsTheSignedFigures()
    {
        var id = fixture.PlantIds["EP-01"];
        var year = $"api/plants/{id}/years/2025";
        var page = $"plants/{id}/years/2025/verification-statement";
        using var admin = await fixture.SignedInAsync("platform-admin");
        using var before = await admin.GetAsync(page);
        using var beforePdf = await admin.GetAsync($"{year}/verification-statement.pdf");
        Assert.Equal(HttpStatusCode.Conflict, before.StatusCode);
        Assert.Contains("statement-unavailable", await before.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, beforePdf.StatusCode);

        foreach (var step in new[] { "submit", "start-verification", "sign-off" })
        {
            using var response = await admin.SendAsync(HttpMethod.Post, $"{year}/{step}", null, Reason);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var signedHtml = await (await admin.GetAsync(page)).Content.ReadAsStringAsync();
        var v1 = await admin.GetJsonAsync($"{year}/versions/1");
        var signedGross = v1.GetProperty("inventory").GetProperty("grossCo2_t").GetDecimal();
        using (var reopen = await admin.SendAsync(HttpMethod.Post, $"{year}/reopen", null, Reason))
        {
            Assert.Equal(HttpStatusCode.OK, reopen.StatusCode);
        }

        var month = $"{year}/months/3";
        var version = (await admin.GetJsonAsync(month)).GetProperty("version").GetInt32();
        using (var edit = await DataEndpoints.PutJsonAsync(admin, month, new { version, data = DataEndpoints.Month(clinker: 150_000m) }))
        {
            Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        }

        var afterHtml = await (await admin.GetAsync(page)).Content.ReadAsStringAsync();
        var live = Figures(Assert.Single((await admin.GetJsonAsync(PlantFile(id, 2025, "json"))).GetProperty("plants").EnumerateArray()));

        Assert.Equal(signedGross, StatementValue(signedHtml, "grossCo2_t"));
        Assert.Equal(signedGross, StatementValue(afterHtml, "grossCo2_t"));
        Assert.NotEqual(signedGross, live["grossCo2_t"]);
        Assert.Contains(v1.GetProperty("documentSha256").GetString()!, afterHtml, StringComparison.Ordinal);
        Assert.Contains("reopened", afterHtml, StringComparison.Ordinal);
    }

    [GeneratedRegex("""data-figure="(?<id>[^"]+)"><td>[^<]*</td><td class="num" data-value="(?<v>[^"]*)""")]
    private static partial Regex FigureCell();

    private static decimal StatementValue(string html, string figure) =>
        Number(FigureCell().Matches(html).Single(m => m.Groups["id"].Value == figure).Groups["v"].Value);

    [Fact]
    public async Task ReportPdf_PlantAndCompany_StartWithThePdfHeader()
    {
        // Printing starts a browser: slow on a busy machine, so this client waits longer than the others.
        using var admin = await fixture.SignedInAsync("platform-admin", TimeSpan.FromMinutes(3));
        foreach (var path in new[] { PlantFile(fixture.PlantIds["LS-01"], 2024, "pdf"), CompanyFile(fixture.CompanyIds["Lakeshore Building Materials"], 2024, "pdf") })
        {
            using var response = await admin.GetAsync(path);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Assert.True(HttpStatusCode.OK == response.StatusCode, Encoding.UTF8.GetString(bytes));
            Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("%PDF", Encoding.ASCII.GetString(bytes, 0, 4));
        }
    }

    [Theory]
    [InlineData("api/plants/{plant}/years/1989/report.json", HttpStatusCode.NotFound)]
    [InlineData("api/plants/{plant}/years/99999/report.csv", HttpStatusCode.NotFound)]
    [InlineData("api/plants/{plant}/years/2024/report.exe", HttpStatusCode.BadRequest)]
    [InlineData("api/plants/{plant}/years/2024/report.JSON", HttpStatusCode.BadRequest)]
    [InlineData("api/plants/{plant}/years/2024/report.csv%00", HttpStatusCode.BadRequest)]
    [InlineData("api/plants/{other}/years/2024/report.json", HttpStatusCode.NotFound)]
    [InlineData("api/plants/2147483647/years/2024/report.json", HttpStatusCode.NotFound)]
    [InlineData("api/plants/-1/years/2024/report.json", HttpStatusCode.NotFound)]
    [InlineData("api/companies/{othercompany}/years/2024/report.xlsx", HttpStatusCode.NotFound)]
    [InlineData("api/companies/{company}/years/3000/report.xlsx", HttpStatusCode.NotFound)]
    [InlineData("api/companies/{company}/years/2024/report.zip", HttpStatusCode.BadRequest)]
    [InlineData("api/plants/{other}/years/2024/verification-statement.pdf", HttpStatusCode.NotFound)]
    [InlineData("api/plants/{plant}/years/0/verification-statement.pdf", HttpStatusCode.NotFound)]
    [InlineData("plants/{plant}/years/1800/report", HttpStatusCode.NotFound)]
    [InlineData("plants/{other}/years/2024/report", HttpStatusCode.NotFound)]
    [InlineData("companies/{othercompany}/years/2024/report", HttpStatusCode.NotFound)]
    [InlineData("companies/{company}/years/9999/report", HttpStatusCode.NotFound)]
    [InlineData("plants/{other}/years/2024/verification-statement", HttpStatusCode.NotFound)]
    public async Task Report_HostileInputs_AnswerWithoutData(string template, HttpStatusCode expected)
    {
        using var companyAdmin = await fixture.SignedInAsync("company-admin");
        var path = template.Replace("{plant}", $"{fixture.PlantIds["NR-01"]}", StringComparison.Ordinal)
            .Replace("{other}", $"{fixture.PlantIds["LS-01"]}", StringComparison.Ordinal)
            .Replace("{othercompany}", $"{fixture.CompanyIds["Lakeshore Building Materials"]}", StringComparison.Ordinal)
            .Replace("{company}", $"{fixture.CompanyIds["Northridge Cement"]}", StringComparison.Ordinal);

        using var response = await companyAdmin.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(expected, response.StatusCode);
        Assert.DoesNotContain("grossCo2", body, StringComparison.Ordinal);
        Assert.DoesNotContain("LS-01", body, StringComparison.Ordinal);
    }
}

/// <summary>InventoryReportTests on the embedded default, SQLite.</summary>
public sealed class InventoryReportTestsOnSqlite(DemoPlatformFixture fixture) : InventoryReportTests(fixture), IClassFixture<DemoPlatformFixture>;

/// <summary>InventoryReportTests on PostgreSQL.</summary>
public sealed class InventoryReportTestsOnPostgres(PostgresDemoPlatformFixture fixture) : InventoryReportTests(fixture), IClassFixture<PostgresDemoPlatformFixture>;
