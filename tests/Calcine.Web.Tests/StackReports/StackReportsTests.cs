using System.Globalization;
using System.Net;
using System.Text.Json;
using Calcine.Web.Tests.Platform;

namespace Calcine.Web.Tests.StackReports;

/// <summary>The stack reports carry the stacks API's figures for the same stored data, in every
/// format; the plant's explanation comes out as inert text.</summary>
public abstract class StackReportsTests(StackReportsFixture fixture)
{
    private const string Day = "from=2025-03-10&to=2025-03-10";

    private int Nr01 => fixture.StackIds["NR-01"];

    [Fact]
    public async Task ExceedanceCsv_StoredDay_HasTheApisEventsExplanationsAndTrace()
    {
        using var client = await fixture.SignedInAsync("regulator");
        var api = await client.GetJsonAsync($"api/stacks/{Nr01}/exceedances?{Day}");

        var rows = ReportCsv.Parse(await TextAsync(client, $"api/stacks/{Nr01}/reports/exceedances.csv?{Day}"));

        var apiEvents = api.GetProperty("events").EnumerateArray().ToList();
        var events = rows.Where(r => r["record"] == "events").ToList();
        Assert.NotEmpty(apiEvents);
        Assert.Equal(apiEvents.Count, events.Count);
        foreach (var (a, r) in apiEvents.Zip(events))
        {
            Assert.Equal(a.GetProperty("pollutant").GetString(), r["pollutant"]);
            Assert.Equal(a.GetProperty("against").GetString(), r["against"]);
            Assert.Equal(a.GetProperty("startUtc").GetDateTime().ToUniversalTime(), Instant(r["start_utc"]));
            Assert.Equal(a.GetProperty("endUtc").GetDateTime().ToUniversalTime(), Instant(r["end_utc"]));
            Assert.Equal(a.GetProperty("durationMinutes").GetInt32(), int.Parse(r["duration_min"], CultureInfo.InvariantCulture));
            Assert.Equal(a.GetProperty("peak").GetDouble(), Number(r["peak_mg_m3"]));
            Assert.Equal(a.GetProperty("limit").GetDouble(), Number(r["limit_mg_m3"]));
            Assert.Equal(a.GetProperty("peakMultipleOfLimit").GetDouble(), Number(r["peak_multiple_of_limit"]));
            Assert.Equal(a.GetProperty("exceedanceMultiple").GetDouble(), Number(r["exceedance_multiple"]));
            var explanation = a.GetProperty("explanation");
            Assert.Equal(explanation.ValueKind == JsonValueKind.Null ? "" : Inert(explanation.GetProperty("text").GetString()!), r["explanation"]);
        }

        var so2 = events.Single(e => e["pollutant"] == "so2");
        Assert.Equal(3, int.Parse(so2["hours"], CultureInfo.InvariantCulture));
        Assert.True(Number(so2["mean_mg_m3"]) > Number(so2["limit_mg_m3"]) && Number(so2["mean_mg_m3"]) <= Number(so2["peak_mg_m3"]));
        Assert.Equal("plant.editor", so2["explained_by"]);
        var unmatched = Assert.Single(rows, r => r["record"] == "unmatched-explanations");
        Assert.Equal(1, api.GetProperty("unmatchedExplanations").GetArrayLength());
        Assert.Equal("'" + StackReportsFixture.UnmatchedExplanation, unmatched["explanation"]);
        var total = Assert.Single(rows, r => r["record"] == "totals" && r["pollutant"] == "so2" && r["against"] == "target");
        Assert.Equal("1", total["events"]);
        Assert.Equal("1", total["explained"]);
        Assert.All(rows, r =>
        {
            Assert.Equal(Nr01.ToString(CultureInfo.InvariantCulture), r["stack_id"]);
            Assert.Equal(("2025-03-10", "2025-03-10", "cn-ule-2024-kiln"), (r["period_from"], r["period_to"], r["rule_set"]));
            Assert.True(DateTime.UtcNow - Instant(r["generated_utc"]) < TimeSpan.FromHours(1));
        });
    }

    [Fact]
    public async Task ComplianceCsv_StoredMonth_HasTheApisMonthQualityAndEvents()
    {
        using var client = await fixture.SignedInAsync("company-admin");
        var api = await client.GetJsonAsync($"api/stacks/{Nr01}/compliance?month=2025-03");
        var quality = await client.GetJsonAsync($"api/stacks/{Nr01}/quality?from=2025-03-01&to=2025-03-31");
        var exceedances = await client.GetJsonAsync($"api/stacks/{Nr01}/exceedances?from=2025-03-01&to=2025-03-31");

        var rows = ReportCsv.Parse(await TextAsync(client, $"api/stacks/{Nr01}/reports/compliance.csv?month=2025-03"));

        var pollutants = rows.Where(r => r["record"] == "pollutants").ToDictionary(r => r["pollutant"]);
        var apiPollutants = api.GetProperty("pollutants").EnumerateArray().ToList();
        Assert.Equal(apiPollutants.Count, pollutants.Count);
        foreach (var a in apiPollutants)
        {
            var r = pollutants[a.GetProperty("pollutant").GetString()!];
            Assert.Equal(a.GetProperty("validHours").GetInt32().ToString(CultureInfo.InvariantCulture), r["valid_hours"]);
            Assert.Equal(a.GetProperty("hoursAboveUle").GetInt32().ToString(CultureInfo.InvariantCulture), r["hours_above_ule"]);
            Assert.Equal(a.GetProperty("uleRatio").GetDouble(), Number(r["hourly_compliance_rate"]));
            Assert.Equal(a.GetProperty("ulePass").GetBoolean() ? "true" : "false", r["ule_pass"]);
            Assert.Equal(a.GetProperty("standardExceedanceHours").GetInt32().ToString(CultureInfo.InvariantCulture), r["standard_exceedance_hours"]);
            Assert.Equal(a.GetProperty("maxHourly").GetDouble(), Number(r["max_hourly_mg_m3"]));
            Assert.Equal(a.GetProperty("captureRate").GetDouble(), Number(r["capture_rate"]));
        }

        Assert.Equal("0.875", pollutants["so2"]["hourly_compliance_rate"]);
        Assert.Equal(("1", "0"), (pollutants["so2"]["days_assessed"], pollutants["so2"]["daily_compliance_rate"]));
        var days = quality.GetProperty("days").EnumerateArray().ToList();
        int valid = days.Sum(d => d.GetProperty("validHours").GetInt32()), invalid = days.Sum(d => d.GetProperty("invalidHours").GetInt32());
        var items = rows.Where(r => r["record"] == "quality").ToDictionary(r => r["item"], r => r["value"]);
        Assert.Equal((double)valid / (valid + invalid), Number(items["capture_rate"]));
        Assert.Equal(days.Count.ToString(CultureInfo.InvariantCulture), items["days"]);
        var report = rows.Where(r => r["record"] == "report").ToDictionary(r => r["item"], r => r["value"]);
        Assert.Equal(api.GetProperty("pass").GetBoolean() ? "pass" : "fail", report["statement"]);
        Assert.Contains("SO2", report["statement_text"].ToUpperInvariant(), StringComparison.Ordinal);
        Assert.Equal(exceedances.GetProperty("events").GetArrayLength(), rows.Count(r => r["record"] == "events"));
        Assert.All(rows, r => Assert.Equal(("2025-03-01", "2025-03-31"), (r["period_from"], r["period_to"])));
    }

    [Fact]
    public async Task ComplianceXlsx_StoredMonth_HasNumericCellsTheApisFiguresAndNoFormula()
    {
        using var client = await fixture.SignedInAsync("verifier");
        var api = await client.GetJsonAsync($"api/stacks/{Nr01}/compliance?month=2025-03");

        using var response = await client.GetAsync($"api/stacks/{Nr01}/reports/compliance.xlsx?month=2025-03");
        var book = ReportWorkbook.Open(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Report", "Limits", "Pollutants", "Quality", "Days", "Findings", "Events", "Unmatched explanations"], book.SheetNames);
        Assert.False(book.HasFormula);
        var so2 = book.Rows("Pollutants").Single(r => r["pollutant"].Text == "so2");
        var apiSo2 = api.GetProperty("pollutants").EnumerateArray().Single(p => p.GetProperty("pollutant").GetString() == "so2");
        Assert.True(so2["valid_hours"].IsNumber);
        Assert.Equal(apiSo2.GetProperty("validHours").GetInt32(), so2["valid_hours"].Number);
        Assert.True(so2["hourly_compliance_rate"].IsNumber);
        Assert.Equal(apiSo2.GetProperty("uleRatio").GetDouble(), so2["hourly_compliance_rate"].Number);
        var report = book.Rows("Report").ToDictionary(r => r["item"].Text, r => r["value"]);
        Assert.True(report["stack_id"].IsNumber);
        Assert.Equal(Nr01, report["stack_id"].Number);
        Assert.Equal(("2025-03-01", "2025-03-31", "cn-ule-2024-kiln"), (report["period_from"].Text, report["period_to"].Text, report["rule_set"].Text));
        Assert.True(DateTime.UtcNow - Instant(report["generated_utc"].Text) < TimeSpan.FromHours(1));
        Assert.All(book.Rows("Events"), e => Assert.True(e["peak_mg_m3"].IsNumber && e["peak_mg_m3"].Number > e["limit_mg_m3"].Number));
    }

    [Fact]
    public async Task ExceedanceFiles_FormulaLikeExplanations_AreInertText()
    {
        using var client = await fixture.SignedInAsync("plant-editor");

        var csv = await TextAsync(client, $"api/stacks/{Nr01}/reports/exceedances.csv?{Day}");
        using var xlsx = await client.GetAsync($"api/stacks/{Nr01}/reports/exceedances.xlsx?{Day}");
        var book = ReportWorkbook.Open(await xlsx.Content.ReadAsByteArrayAsync());

        var texts = ReportCsv.Parse(csv).Select(r => r["explanation"]).Where(t => t.Length > 0).ToList();
        Assert.Contains("'" + StackReportsFixture.So2Explanation, texts);
        Assert.Contains("'" + StackReportsFixture.NoxExplanation, texts);
        Assert.All(texts, t => Assert.False("=+-@\t\r".Contains(t[0], StringComparison.Ordinal), t));
        Assert.False(book.HasFormula);
        var cells = book.Rows("Events").Select(r => r["explanation"]).Concat(book.Rows("Unmatched explanations").Select(r => r["explanation"])).Where(c => c.Text.Length > 0).ToList();
        Assert.Contains(cells, c => c.Text == "'" + StackReportsFixture.So2Explanation);
        Assert.All(cells, c => Assert.True(c.IsInlineText && c.Text[0] == '\'', c.Text));
    }

    [Fact]
    public async Task ExceedancePage_StoredDay_ShowsTheReportItsDownloadsAndEncodedExplanations()
    {
        using var client = await fixture.SignedInAsync("regulator");
        var api = await client.GetJsonAsync($"api/stacks/{Nr01}/exceedances?{Day}");

        var html = await TextAsync(client, $"stacks/{Nr01}/reports/exceedances?{Day}");

        Assert.Contains("class=\"report stack-report\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"downloads\"", html, StringComparison.Ordinal);
        foreach (var format in new[] { "csv", "xlsx", "pdf" })
        {
            Assert.Contains($"/api/stacks/{Nr01}/reports/exceedances.{format}?from=2025-03-10&amp;to=2025-03-10", html, StringComparison.Ordinal);
        }

        Assert.Contains("css/print.css", html, StringComparison.Ordinal);
        Assert.Equal(api.GetProperty("events").GetArrayLength(), Count(html, "data-start-utc="));
        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)", html, StringComparison.Ordinal);
        Assert.Contains($"data-stack-id=\"{Nr01}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompliancePage_StoredMonth_ShowsTheStatementAndThePollutants()
    {
        using var client = await fixture.SignedInAsync("company-admin");

        var html = await TextAsync(client, $"stacks/{Nr01}/reports/compliance?month=2025-03");

        Assert.Contains("data-outcome=\"fail\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"downloads\"", html, StringComparison.Ordinal);
        Assert.Contains($"/api/stacks/{Nr01}/reports/compliance.xlsx?month=2025-03", html, StringComparison.Ordinal);
        foreach (var p in new[] { "pm", "so2", "nox" })
        {
            Assert.Contains($"data-pollutant=\"{p}\"", html, StringComparison.Ordinal);
        }

        // English page: 21 of 24 hours within the ULE limit, in the culture's own percent format (Figures.Percent).
        Assert.Contains("87.5%", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompliancePdf_StoredMonth_IsAPdfWithPages()
    {
        using var client = await fixture.PatientClientAsync("viewer");

        using var response = await client.GetAsync(new Uri($"api/stacks/{fixture.StackIds["LS-01"]}/reports/compliance.pdf?month=2025-03", UriKind.Relative));
        var pdf = await response.Content.ReadAsByteArrayAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, System.Text.Encoding.UTF8.GetString(pdf));
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        Assert.True(Count(System.Text.Encoding.Latin1.GetString(pdf), "/Type /Page") + Count(System.Text.Encoding.Latin1.GetString(pdf), "/Type/Page") > 0);
    }

    internal static async Task<string> TextAsync(PlatformClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {body}");
        return body;
    }

    private static string Inert(string text) => text.Length > 0 && "=+-@\t\r".Contains(text[0], StringComparison.Ordinal) ? "'" + text : text;

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static DateTime Instant(string text) =>
        DateTime.ParseExact(text, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);

    private static int Count(string text, string part)
    {
        var n = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }
}

[Collection(StackReportsOnSqlite.Name)]
public sealed class StackReportsTestsOnSqlite(StackReportsFixture fixture) : StackReportsTests(fixture);

[Collection(StackReportsOnPostgres.Name)]
public sealed class StackReportsTestsOnPostgres(PostgresStackReportsFixture fixture) : StackReportsTests(fixture);
