using System.Globalization;
using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Calcine.Domain.Cems.Processing;
using Calcine.Web.Tests.Platform;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Web.Tests.Stacks;

/// <summary>The stack pages against the stored data and the stacks API: the page shows what the API
/// answers (status, ULE ratio, events, explanations) and what the database holds (hours, limits).</summary>
public abstract partial class StackPagesTests(StackPagesFixture fixture)
{
    private static readonly string So2Start = Iso(StacksFixture.So2EventStartUtc);

    private int Stack(string plant) => fixture.StackIds[plant];

    [Theory]
    [InlineData("platform-admin")]
    [InlineData("regulator")]
    [InlineData("viewer")]
    public async Task StacksPage_EachRole_ListsTheApisStacksWithTheirStatus(string role)
    {
        using var client = await fixture.Demo.SignedInAsync(role);

        var api = (await client.GetJsonAsync("api/stacks")).EnumerateArray().ToDictionary(s => s.GetProperty("id").GetInt32());
        var (status, page) = await PageAsync(client, "/stacks");

        Assert.Equal(HttpStatusCode.OK, status);
        var rows = page.QuerySelectorAll("[data-testid=stack-row]");
        Assert.Equal(api.Keys.Order(), rows.Select(r => int.Parse(r.GetAttribute("data-stack")!, CultureInfo.InvariantCulture)).Order());
        foreach (var row in rows)
        {
            var s = api[int.Parse(row.GetAttribute("data-stack")!, CultureInfo.InvariantCulture)];
            Assert.Equal(s.GetProperty("openExceedances").GetArrayLength().ToString(CultureInfo.InvariantCulture), Text(row, "open-exceedances"));
            var today = s.GetProperty("today");
            var capture = today.ValueKind == JsonValueKind.Null || today.GetProperty("captureRate").ValueKind == JsonValueKind.Null
                ? "" : today.GetProperty("captureRate").GetDouble().ToString("R", CultureInfo.InvariantCulture);
            Assert.Equal(capture, row.QuerySelector("[data-testid=capture]")!.GetAttribute("data-value"));
            Assert.NotNull(row.QuerySelector($"a[href='/stacks/{s.GetProperty("id").GetInt32()}']"));
        }
    }

    [Fact]
    public async Task StacksPage_Nr01_CountsItsRunningSo2Exceedance()
    {
        using var client = await fixture.Demo.SignedInAsync("plant-editor");

        var (_, page) = await PageAsync(client, "/stacks");

        var row = Assert.Single(page.QuerySelectorAll("[data-testid=stack-row]"));
        Assert.Equal(Stack("NR-01").ToString(CultureInfo.InvariantCulture), row.GetAttribute("data-stack"));
        Assert.Equal("1", Text(row, "open-exceedances"));
        Assert.NotNull(page.QuerySelector("[data-testid=nav-stacks]"));
    }

    [Fact]
    public async Task StackPage_March2025_UleRatioAndResultAreTheApis()
    {
        using var client = await fixture.Demo.SignedInAsync("company-admin");

        var api = await client.GetJsonAsync($"api/stacks/{Stack("NR-02")}/compliance?month=2025-03");
        var (status, page) = await PageAsync(client, $"/stacks/{Stack("NR-02")}?month=2025-03");

        Assert.Equal(HttpStatusCode.OK, status);
        var rows = page.QuerySelectorAll("[data-testid=ule-table] tbody tr").ToDictionary(r => r.GetAttribute("data-pollutant")!);
        var pollutants = api.GetProperty("pollutants").EnumerateArray().ToList();
        Assert.Equal(pollutants.Count, rows.Count);
        foreach (var p in pollutants)
        {
            var row = rows[p.GetProperty("pollutant").GetString()!];
            Assert.Equal(p.GetProperty("uleRatio").GetDouble(), double.Parse(row.QuerySelector("[data-testid=ule-ratio]")!.GetAttribute("data-value")!, CultureInfo.InvariantCulture));
            Assert.Equal(p.GetProperty("ulePass").GetBoolean() ? "pass" : "fail", Text(row, "ule-pass"));
        }

        Assert.Contains("fail", rows["so2"].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StackPage_March2025_ListsTheApisEventsWithPeakAndLimit()
    {
        using var client = await fixture.Demo.SignedInAsync("viewer");

        var api = await client.GetJsonAsync($"api/stacks/{Stack("LS-01")}/exceedances?from=2025-03-01&to=2025-03-31");
        var (_, page) = await PageAsync(client, $"/stacks/{Stack("LS-01")}?month=2025-03");

        var rows = page.QuerySelectorAll("[data-testid=event]").ToList();
        var events = api.GetProperty("events").EnumerateArray().ToList();
        Assert.NotEmpty(events);
        Assert.Equal(events.Count, rows.Count);
        for (var i = 0; i < events.Count; i++)
        {
            Assert.Equal(events[i].GetProperty("pollutant").GetString(), rows[i].GetAttribute("data-pollutant"));
            Assert.Equal(Iso(events[i].GetProperty("startUtc").GetDateTime().ToUniversalTime()), rows[i].GetAttribute("data-start"));
            Assert.Equal(events[i].GetProperty("peak").GetDouble(), Value(rows[i], "peak"));
            Assert.Equal(events[i].GetProperty("limit").GetDouble(), Value(rows[i], "limit"));
            Assert.Contains("ended", Text(rows[i], "event-status"), StringComparison.Ordinal);
        }

        Assert.Empty(page.QuerySelectorAll("[data-testid=explain-form]"));
        Assert.NotNull(page.QuerySelector($"a[href='/stacks/{Stack("LS-01")}/reports/compliance?month=2025-03']"));
        Assert.NotNull(page.QuerySelector($"a[href='/stacks/{Stack("LS-01")}/reports/exceedances?from=2025-03-01&to=2025-03-31']"));
    }

    [Fact]
    public async Task StackPage_LimitLines_AreTheLimitsTheEventsWereJudgedBy()
    {
        using var client = await fixture.Demo.SignedInAsync("plant-editor");

        var api = await client.GetJsonAsync($"api/stacks/{Stack("NR-01")}/exceedances?from=2025-03-10&to=2025-03-10");
        var (_, page) = await PageAsync(client, $"/stacks/{Stack("NR-01")}");

        var events = api.GetProperty("events").EnumerateArray().ToList();
        var so2Target = events.Single(e => e.GetProperty("pollutant").GetString() == "so2" && e.GetProperty("against").GetString() == "target").GetProperty("limit").GetDouble();
        var noxStandard = events.Single(e => e.GetProperty("pollutant").GetString() == "nox" && e.GetProperty("against").GetString() == "standard").GetProperty("limit").GetDouble();
        foreach (var chart in new[] { "live", "days" })
        {
            Assert.Equal(so2Target, LineValue(page, $"{chart}-so2-ule"));
            Assert.Equal(noxStandard, LineValue(page, $"{chart}-nox-standard"));
        }

        Assert.Null(page.QuerySelector("[data-testid=live-o2-ule]"));
    }

    [Fact]
    public async Task StackPage_RecentHours_TablesHoldTheStoredHoursAndFlowFromTheMinutes()
    {
        using var client = await fixture.Demo.SignedInAsync("regulator");
        await using var db = fixture.Demo.Database.CreateContext();
        var id = Stack("NR-01");
        var stored = (await db.CemsHours.AsNoTracking().Where(h => h.StackId == id && h.Channel == (byte)MinuteChannel.So2 && h.HourUtc >= fixture.RecentFromUtc).ToListAsync())
            .ToDictionary(h => Iso(DateTime.SpecifyKind(h.HourUtc, DateTimeKind.Utc)), h => h.Converted!.Value);

        var (_, page) = await PageAsync(client, $"/stacks/{id}");

        var live = page.QuerySelectorAll("[data-testid=hour-table] tbody tr").ToList();
        var thirty = page.QuerySelectorAll("[data-testid=thirty-days-table] tbody tr").ToDictionary(r => r.GetAttribute("data-hour")!);
        // The 24 hours end with the current one, which has no stored hour yet.
        Assert.Equal(23, live.Count);
        Assert.Equal(StackPagesFixture.RecentHours, thirty.Count);
        foreach (var row in live)
        {
            Assert.Equal(stored[row.GetAttribute("data-hour")!], Cell(row, "so2"));
        }

        foreach (var (hour, value) in stored)
        {
            Assert.Equal(value, Cell(thirty[hour], "so2"));
            Assert.Equal(10, Cell(thirty[hour], "o2"));
        }

        // Flow has no stored hour: the fixture's minutes of recent hour h carry 120 + h.
        Assert.Equal(120, Cell(thirty[Iso(fixture.RecentFromUtc)], "flow"));
        Assert.Equal(120 + StackPagesFixture.RecentHours - 1, Cell(thirty[Iso(fixture.RecentFromUtc.AddHours(StackPagesFixture.RecentHours - 1))], "flow"));
    }

    [Fact]
    public async Task LiveEndpoint_Nr01_AnswersTheStoredHoursOfTheLast24Hours()
    {
        using var client = await fixture.Demo.SignedInAsync("company-admin");
        await using var db = fixture.Demo.Database.CreateContext();
        var id = Stack("NR-01");

        var live = await client.GetJsonAsync($"api/stacks/{id}/live");

        var from = live.GetProperty("fromUtc").GetDateTime().ToUniversalTime();
        var so2 = live.GetProperty("series").EnumerateArray().Single(s => s.GetProperty("key").GetString() == "so2");
        var stored = await db.CemsHours.AsNoTracking().Where(h => h.StackId == id && h.Channel == (byte)MinuteChannel.So2 && h.HourUtc >= from).OrderBy(h => h.HourUtc).Select(h => h.Converted).ToListAsync();
        Assert.Equal(stored, so2.GetProperty("points").EnumerateArray().Select(p => (double?)p.GetProperty("value").GetDouble()).ToList());
        Assert.Equal(24, (live.GetProperty("toUtc").GetDateTime() - live.GetProperty("fromUtc").GetDateTime()).TotalHours);
        Assert.Equal(35, so2.GetProperty("uleLimit").GetDouble());
    }

    [Fact]
    public async Task Explanation_EditorPostsTheForm_RedirectsShowsItToTheRegulatorAndIsAudited()
    {
        var id = Stack("NR-01");
        using var editor = await fixture.Demo.SignedInAsync("plant-editor");
        var (_, before) = await PageAsync(editor, $"/stacks/{id}?month=2025-03");
        var form = before.QuerySelectorAll("[data-testid=event]").Single(r => r.GetAttribute("data-pollutant") == "so2").QuerySelector("form")!;
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var text = $"Raw mill stopped {Guid.NewGuid():N}: SO2 <script>rose</script> & fell";

        using var post = await PageForms.PostAsync(editor, form.GetAttribute("action")!, token, $"month=2025-03&text={Uri.EscapeDataString(text)}");
        var (afterStatus, after) = await PageAsync(editor, post.Headers.Location!.OriginalString);
        Assert.True(afterStatus == HttpStatusCode.OK, after.Body?.TextContent);
        using var regulator = await fixture.Demo.SignedInAsync("regulator");
        var (_, seen) = await PageAsync(regulator, $"/stacks/{id}?month=2025-03");
        var api = await regulator.GetJsonAsync($"api/stacks/{id}/exceedances?from=2025-03-10&to=2025-03-10");

        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Equal($"/stacks/{id}?month=2025-03#exceedances", post.Headers.Location!.OriginalString);
        Assert.Contains("saved", after.QuerySelector("[data-testid=notice]")!.TextContent, StringComparison.Ordinal);
        var shown = seen.QuerySelectorAll("[data-testid=event]").Single(r => r.GetAttribute("data-pollutant") == "so2" && r.GetAttribute("data-start") == So2Start);
        Assert.Equal(text, shown.QuerySelector("[data-testid=explanation]")!.TextContent);
        Assert.Null(shown.QuerySelector("form"));
        Assert.Empty(seen.QuerySelectorAll("script:not([src])"));
        Assert.Equal(text, api.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("pollutant").GetString() == "so2").GetProperty("explanation").GetProperty("text").GetString());
        await using var db = fixture.Demo.Database.CreateContext();
        Assert.True(await db.AuditLog.AsNoTracking().AnyAsync(e => e.EntityType == "ExceedanceExplanation" && e.PlantId == fixture.Demo.PlantIds["NR-01"] && e.After!.Contains(text.Substring(0, 40))));
    }

    [Fact]
    public async Task Explanation_EmptyText_RedirectsWithTheReasonAndSavesNothing()
    {
        var id = Stack("NR-02");
        using var admin = await fixture.Demo.SignedInAsync("company-admin");
        var token = await PageForms.TokenAsync(admin);
        var path = $"api/stacks/{id}/exceedances?from=2025-03-10&to=2025-03-10";
        var before = (await admin.GetJsonAsync(path)).ToString();

        using var post = await PageForms.PostAsync(admin, $"/stacks/{id}/exceedances/so2/{So2Start}/explanation", token, "month=2025-03&text=+++");
        var (_, after) = await PageAsync(admin, post.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Contains("Not saved", after.QuerySelector("[data-testid=notice]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, (await admin.GetJsonAsync(path)).ToString());
    }

    [Fact]
    public async Task RegulatorPage_Regulator_ListsItsJurisdictionWorstFirst()
    {
        using var client = await fixture.Demo.SignedInAsync("regulator");

        var api = (await client.GetJsonAsync("api/stacks")).EnumerateArray().Select(s => s.GetProperty("id").GetInt32()).Order();
        var (status, page) = await PageAsync(client, "/stacks/regulator");

        Assert.Equal(HttpStatusCode.OK, status);
        var rows = page.QuerySelectorAll("[data-testid=stack-row]").ToList();
        Assert.Equal(api, rows.Select(r => int.Parse(r.GetAttribute("data-stack")!, CultureInfo.InvariantCulture)).Order());
        // NR-01 has a running exceedance, LS-01 none: NR-01 is worst.
        Assert.Equal("NR-01", rows[0].QuerySelector("a[href^='/plants/']")!.TextContent);
        var keys = rows.Select(r => (Open: int.Parse(Text(r, "open-exceedances"), CultureInfo.InvariantCulture), Capture: r.QuerySelector("[data-testid=capture]")!.GetAttribute("data-value"))).ToList();
        Assert.True(keys.Zip(keys.Skip(1)).All(p => p.First.Open >= p.Second.Open));
        Assert.Contains("open exceedances", page.QuerySelector("[data-testid=worst-rule]")!.TextContent, StringComparison.Ordinal);
    }

    private static async Task<(HttpStatusCode Status, IDocument Page)> PageAsync(PlatformClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return (response.StatusCode, new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()));
    }

    private static string Text(IElement row, string testId) => row.QuerySelector($"[data-testid={testId}]")!.TextContent.Trim();

    private static double Value(IElement row, string testId) =>
        double.Parse(row.QuerySelector($"[data-testid={testId}]")!.GetAttribute("data-value")!, CultureInfo.InvariantCulture);

    private static double Cell(IElement row, string key) =>
        double.Parse(row.QuerySelector($"td[data-key={key}]")!.GetAttribute("data-value")!, CultureInfo.InvariantCulture);

    private static double LineValue(IDocument page, string testId) =>
        double.Parse(page.QuerySelector($"[data-testid={testId}]")!.GetAttribute("data-value")!, CultureInfo.InvariantCulture);

    private static string Iso(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

public sealed class StackPagesTestsOnSqlite(StackPagesFixture fixture) : StackPagesTests(fixture), IClassFixture<StackPagesFixture>;

public sealed class StackPagesTestsOnPostgres(PostgresStackPagesFixture fixture) : StackPagesTests(fixture), IClassFixture<PostgresStackPagesFixture>;
