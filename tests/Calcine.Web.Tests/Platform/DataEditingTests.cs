using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Calcine.Web.Tests.Platform;

/// <summary>Monthly data and the plant-year document on a running host: saving, optimistic
/// concurrency, closed years, validation naming the field, and all-or-nothing imports.</summary>
public abstract class DataEditingTests(DemoPlatformFixture fixture)
{
    private int Nr01 => fixture.PlantIds["NR-01"];

    private async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task MonthPut_ValidMonth_SavesItAndReturnsTheNextVersion()
    {
        using var editor = await fixture.SignedInAsync("plant-editor");

        using var put = await DataEndpoints.PutJsonAsync(editor, $"api/plants/{Nr01}/years/2026/months/1", new { version = 0, data = DataEndpoints.Month(clinker: 91_234.5m) });
        var saved = await put.Content.ReadFromJsonAsync<JsonElement>();
        var read = await editor.GetJsonAsync($"api/plants/{Nr01}/years/2026/months/1");

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(1, saved.GetProperty("version").GetInt32());
        Assert.Equal(91_234.5m, read.GetProperty("data").GetProperty("clinker").GetProperty("produced_t").GetDecimal());
        Assert.Equal(JsonValueKind.Array, read.GetProperty("warnings").ValueKind);
    }

    [Fact]
    public async Task MonthPut_ImplausibleMonth_ReturnsPlausibilityWarningsWithTheSavedMonth()
    {
        using var editor = await fixture.SignedInAsync("plant-editor");

        // Ten times the coal for the same clinker: the specific heat is far outside its range.
        using var put = await DataEndpoints.PutJsonAsync(editor, $"api/plants/{Nr01}/years/2026/months/2", new { version = 0, data = DataEndpoints.Month(coal: 110_000m) });
        var saved = await put.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.NotEmpty(saved.GetProperty("warnings").EnumerateArray());
    }

    [Fact]
    public async Task MonthPut_TwoEditorsFromTheSameVersion_SecondGets409AndFirstEditStands()
    {
        using var editor = await fixture.SignedInAsync("plant-editor");
        using var companyAdmin = await fixture.SignedInAsync("company-admin");
        var path = $"api/plants/{Nr01}/years/2025/months/5";
        var version = (await editor.GetJsonAsync(path)).GetProperty("version").GetInt32();

        using var first = await DataEndpoints.PutJsonAsync(editor, path, new { version, data = DataEndpoints.Month(clinker: 81_111m) });
        using var second = await DataEndpoints.PutJsonAsync(companyAdmin, path, new { version, data = DataEndpoints.Month(clinker: 82_222m) });
        var problem = await ProblemAsync(second, HttpStatusCode.Conflict);
        var after = await editor.GetJsonAsync(path);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(version + 1, problem.GetProperty("currentVersion").GetInt32());
        Assert.Equal(81_111m, after.GetProperty("data").GetProperty("clinker").GetProperty("produced_t").GetDecimal());
    }

    [Fact]
    public async Task MonthPut_LockedYear_IsRefusedAndTheMonthIsUnchanged()
    {
        using var admin = await fixture.SignedInAsync("company-admin");
        var path = $"api/plants/{Nr01}/years/{DataEndpoints.LockedYear}/months/4";
        var before = await admin.GetJsonAsync(path);

        using var put = await DataEndpoints.PutJsonAsync(admin, path, new { version = before.GetProperty("version").GetInt32(), data = DataEndpoints.Month() });
        var problem = await ProblemAsync(put, HttpStatusCode.Conflict);
        var after = await admin.GetJsonAsync(path);

        Assert.Equal("locked", problem.GetProperty("yearStatus").GetString());
        Assert.Equal(before.GetProperty("data").GetRawText(), after.GetProperty("data").GetRawText());
    }

    [Fact]
    public async Task DocumentPut_LockedYear_IsRefused()
    {
        using var admin = await fixture.SignedInAsync("platform-admin");
        var document = await (await admin.GetAsync($"api/plants/{Nr01}/years/{DataEndpoints.LockedYear}/document")).Content.ReadAsByteArrayAsync();

        using var put = await admin.SendRawAsync(HttpMethod.Put, $"api/plants/{Nr01}/years/{DataEndpoints.LockedYear}/document?version=1", document, "application/json");
        var problem = await ProblemAsync(put, HttpStatusCode.Conflict);

        Assert.Equal("locked", problem.GetProperty("yearStatus").GetString());
    }

    [Theory]
    [InlineData("{\"version\":0,\"data\":{\"clinker\":{\"produced_T\":5}}}", "$.data.clinker.produced_T")]
    [InlineData("{\"version\":0,\"data\":{\"clinker\":{\"produced_t\":\"12 t\"}}}", "$.data.clinker.produced_t")]
    [InlineData("{\"version\":0,\"data\":{\"fuels\":[{\"name\":\"Coal\",\"category\":\"conventional-fossil\",\"use\":\"kiln\",\"mass_t\":-5,\"lhvFactorId\":\"ipcc2006-ncv-lignite\",\"efFactorId\":\"ipcc2006-co2-lignite\"}]}}", "$.data.fuels[0].mass_t")]
    [InlineData("{\"version\":0,\"data\":{\"fuels\":[{\"name\":\"Tyres\",\"category\":\"alternative-fossil\",\"use\":\"kiln\",\"mass_t\":5,\"lhv_GJ_per_t\":28,\"efFactorId\":\"ipcc2006-co2-lignite\"}]}}", "$.data.fuels[0].evidence")]
    [InlineData("{\"version\":0,\"data\":{\"fuels\":[{\"name\":\"Coal\",\"category\":\"conventional-fossil\",\"use\":\"kiln\",\"mass_t\":5,\"lhvFactorId\":\"ipcc2006-co2-lignite\",\"efFactorId\":\"ipcc2006-co2-lignite\"}]}}", "$.data.fuels[0].lhvFactorId")]
    [InlineData("{\"version\":0,\"data\":{\"electricity\":{\"consumption\":[{\"use\":\"kiln\",\"source\":\"grid\",\"MWh\":10}]}}}", "$.data.electricity.gridEf_tCO2_per_MWh")]
    [InlineData("{\"version\":0,\"data\":{\"clinker\":{\"produced_t\":1,\"produced_t\":2}}}", "$.data.clinker")]
    [InlineData("{\"version\":0,\"data\":{\"clinker\":", "$")]
    [InlineData("{\"data\":{}}", "$.version")]
    public async Task MonthPut_InvalidInput_ErrorNamesTheFieldAndNothingIsSaved(string body, string path)
    {
        using var editor = await fixture.SignedInAsync("plant-editor");
        var url = $"api/plants/{Nr01}/years/2026/months/9";

        using var put = await editor.SendRawAsync(HttpMethod.Put, url, Encoding.UTF8.GetBytes(body), "application/json");
        var problem = await ProblemAsync(put, HttpStatusCode.BadRequest);
        var after = await editor.GetJsonAsync(url);

        var keys = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains(keys, k => k.StartsWith(path, StringComparison.Ordinal));
        Assert.Equal(0, after.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task DocumentPut_ExportedDocumentOfAnotherYear_IsRefusedNamingTheYear()
    {
        using var editor = await fixture.SignedInAsync("plant-editor");
        var document = await (await editor.GetAsync($"api/plants/{Nr01}/years/2024/document")).Content.ReadAsByteArrayAsync();

        using var put = await editor.SendRawAsync(HttpMethod.Put, $"api/plants/{Nr01}/years/2027/document?version=0", document, "application/json");
        var problem = await ProblemAsync(put, HttpStatusCode.BadRequest);
        using var after = await editor.GetAsync($"api/plants/{Nr01}/years/2027/document");

        Assert.True(problem.GetProperty("errors").TryGetProperty("$.year", out _));
        Assert.Equal("0", after.Headers.GetValues("X-Calcine-Version").Single());
    }

    [Theory]
    [InlineData("{\"format\":\"plant-year/1\"", "$")]
    [InlineData("{\"format\":\"plant-year/1\",\"plant\":{\"id\":\"NR-01\",\"kilnProcess\":\"dry\"},\"year\":2028,\"clinker\":{\"produced_t\":-1}}", "$.clinker.produced_t")]
    [InlineData("{\"format\":\"plant-year/1\",\"plant\":{\"id\":\"NR-01\",\"kilnProcess\":\"dry\"},\"year\":2028,\"clinker\":{\"produced_t\":10},\"fuels\":[{\"name\":\"x\",\"category\":\"coal\",\"use\":\"kiln\",\"mass_t\":1,\"lhv_GJ_per_t\":1,\"ef_kgCO2_per_GJ\":1}]}", "$.fuels[0].category")]
    [InlineData("{\"format\":\"plant-year/1\",\"plant\":{\"id\":\"LS-01\",\"kilnProcess\":\"dry\"},\"year\":2028,\"clinker\":{\"produced_t\":10}}", "$.plant.id")]
    public async Task DocumentPut_InvalidDocument_ErrorsNameJsonPathsAndNothingIsImported(string body, string path)
    {
        using var editor = await fixture.SignedInAsync("plant-editor");

        using var put = await editor.SendRawAsync(HttpMethod.Put, $"api/plants/{Nr01}/years/2028/document?version=0", Encoding.UTF8.GetBytes(body), "application/json");
        var problem = await ProblemAsync(put, HttpStatusCode.BadRequest);
        using var after = await editor.GetAsync($"api/plants/{Nr01}/years/2028/document");

        Assert.True(problem.GetProperty("errors").TryGetProperty(path, out _), problem.GetRawText());
        Assert.Equal("months", after.Headers.GetValues("X-Calcine-Source").Single());
    }

    [Fact]
    public async Task DocumentPut_LargerThanTheLimit_Answers413AndImportsNothing()
    {
        using var editor = await fixture.SignedInAsync("plant-editor");
        var body = Encoding.UTF8.GetBytes("{\"format\":\"plant-year/1\",\"x\":\"" + new string('a', 5 * 1024 * 1024) + "\"}");

        using var put = await editor.SendRawAsync(HttpMethod.Put, $"api/plants/{Nr01}/years/2029/document?version=0", body, "application/json");
        using var after = await editor.GetAsync($"api/plants/{Nr01}/years/2029/document");

        await ProblemAsync(put, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("months", after.Headers.GetValues("X-Calcine-Source").Single());
    }

    [Fact]
    public async Task DocumentPut_ExportedDocumentBackIntoItsYear_BecomesTheSourceAndStaleVersionsConflict()
    {
        using var editor = await fixture.SignedInAsync("company-admin");
        var nr02 = fixture.PlantIds["NR-02"];
        using var export = await editor.GetAsync($"api/plants/{nr02}/years/2024/document");
        var document = await export.Content.ReadAsByteArrayAsync();
        var version = export.Headers.GetValues("X-Calcine-Version").Single();

        using var put = await editor.SendRawAsync(HttpMethod.Put, $"api/plants/{nr02}/years/2024/document?version={version}", document, "application/json");
        using var stale = await editor.SendRawAsync(HttpMethod.Put, $"api/plants/{nr02}/years/2024/document?version={version}", document, "application/json");
        var inventory = await editor.GetJsonAsync($"api/plants/{nr02}/years/2024/inventory");

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        await ProblemAsync(stale, HttpStatusCode.Conflict);
        Assert.Equal("document", inventory.GetProperty("source").GetString());
    }

    [Theory]
    [InlineData("gcca", false)]
    [InlineData("all", true)]
    [InlineData("cbam", true)]
    public async Task Inventory_DemoPlant_EqualsCliCalcOnTheExportedDocument(string method, bool trace)
    {
        using var viewer = await fixture.SignedInAsync("viewer");
        var ls01 = fixture.PlantIds["LS-01"];
        var file = Path.Combine(Path.GetTempPath(), $"calcine-export-{Guid.NewGuid():N}.json");
        try
        {
            await File.WriteAllBytesAsync(file, await (await viewer.GetAsync($"api/plants/{ls01}/years/2024/document")).Content.ReadAsByteArrayAsync());
            var inventory = await viewer.GetJsonAsync($"api/plants/{ls01}/years/2024/inventory?method={method}&trace={(trace ? "true" : "false")}");

            string[] args = trace ? ["co2", "calc", "--input", file, "--method", method, "--trace"] : ["co2", "calc", "--input", file, "--method", method];
            var cli = CliRun.Run(args);

            Assert.Equal(0, cli.ExitCode);
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(cli.StandardOutput), JsonNode.Parse(inventory.GetProperty("annual").GetRawText())));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Inventory_DemoYearByMonths_MonthlyGrossAddsUpToTheAnnualGross()
    {
        using var analyst = await fixture.SignedInAsync("association-analyst");

        var inventory = await analyst.GetJsonAsync($"api/plants/{fixture.PlantIds["RV-01"]}/years/2025/inventory?method=gcca");

        var months = inventory.GetProperty("monthly").EnumerateArray().ToList();
        var annual = inventory.GetProperty("annual").GetProperty("grossCo2_t").GetDecimal();
        var sum = months.Sum(m => m.GetProperty("result").GetProperty("grossCo2_t").GetDecimal());
        Assert.Equal(12, months.Count);
        Assert.True(annual > 0);
        Assert.True(Math.Abs(sum - annual) < annual * 1e-9m, $"months {sum}, year {annual}");
    }

    [Fact]
    public async Task Inventory_WithTrace_GivesFormulaInputsAndSources()
    {
        using var analyst = await fixture.SignedInAsync("association-analyst");

        var inventory = await analyst.GetJsonAsync($"api/plants/{fixture.PlantIds["EP-01"]}/years/2025/inventory?method=gcca&trace=true");

        var step = inventory.GetProperty("annual").GetProperty("trace").EnumerateArray().First();
        Assert.False(string.IsNullOrEmpty(step.GetProperty("formula").GetString()));
        Assert.NotEmpty(step.GetProperty("inputs").EnumerateArray());
    }

    [Fact]
    public async Task Inventory_UnknownMethod_Answers400NamingTheParameter()
    {
        using var analyst = await fixture.SignedInAsync("association-analyst");

        using var response = await analyst.GetAsync($"api/plants/{fixture.PlantIds["EP-01"]}/years/2025/inventory?method=nope");
        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("method", out _));
    }

    [Fact]
    public async Task MonthsCsv_DemoYear_HasEveryMonthAndTheClinkerProduced()
    {
        using var viewer = await fixture.SignedInAsync("viewer");

        using var response = await viewer.GetAsync($"api/plants/{fixture.PlantIds["LS-01"]}/years/2024/months.csv");
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(12, lines.Count(l => l.Contains(",clinker,produced,", StringComparison.Ordinal)));
        Assert.StartsWith("month,section,item", lines[0], StringComparison.Ordinal);
    }
}

/// <summary>DataEditingTests on the embedded default, SQLite.</summary>
public sealed class DataEditingTestsOnSqlite(DemoPlatformFixture fixture) : DataEditingTests(fixture), IClassFixture<DemoPlatformFixture>;

/// <summary>DataEditingTests on PostgreSQL.</summary>
public sealed class DataEditingTestsOnPostgres(PostgresDemoPlatformFixture fixture) : DataEditingTests(fixture), IClassFixture<PostgresDemoPlatformFixture>;
