using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Web.Tests.Stacks;

/// <summary>What the stack endpoints compute from stored minutes, and how they refuse bad input.</summary>
public class StacksApiTests(StacksFixture fixture) : IClassFixture<StacksFixture>
{
    private static readonly string So2Start = StacksFixture.So2EventStartUtc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private string ExplainPath(string plant = "NR-01", string pollutant = "so2", string? start = null) =>
        $"api/stacks/{fixture.StackIds[plant]}/exceedances/{pollutant}/{start ?? So2Start}/explanation";

    [Fact]
    public async Task Compliance_DayWithAThreeHourSo2Episode_FailsTheUleTestForSo2Only()
    {
        using var client = await fixture.Demo.SignedInAsync("company-admin");

        var month = await client.GetJsonAsync($"api/stacks/{fixture.StackIds["NR-02"]}/compliance?month=2025-03");

        var pollutants = month.GetProperty("pollutants").EnumerateArray().ToDictionary(p => p.GetProperty("pollutant").GetString()!);
        Assert.Equal(24, pollutants["so2"].GetProperty("validHours").GetInt32());
        Assert.Equal(3, pollutants["so2"].GetProperty("hoursAboveUle").GetInt32());
        Assert.Equal(21.0 / 24, pollutants["so2"].GetProperty("uleRatio").GetDouble(), 1e-12);
        Assert.False(pollutants["so2"].GetProperty("ulePass").GetBoolean());
        Assert.True(pollutants["pm"].GetProperty("ulePass").GetBoolean());
        Assert.Equal(1, pollutants["nox"].GetProperty("standardExceedanceHours").GetInt32());
        Assert.False(month.GetProperty("pass").GetBoolean());
        Assert.Equal("cn-ule-2024-kiln", month.GetProperty("rules").GetProperty("ule").GetString());
    }

    [Fact]
    public async Task Exceedances_Day_ListsTheSo2TargetEventAndTheNoxStandardEventWithTheirMultiples()
    {
        using var client = await fixture.Demo.SignedInAsync("viewer");

        var list = await client.GetJsonAsync($"api/stacks/{fixture.StackIds["LS-01"]}/exceedances?from=2025-03-10&to=2025-03-10");

        var events = list.GetProperty("events").EnumerateArray().ToList();
        var so2 = events.Single(e => e.GetProperty("pollutant").GetString() == "so2");
        Assert.Equal("target", so2.GetProperty("against").GetString());
        Assert.Equal(StacksFixture.So2EventStartUtc, so2.GetProperty("startUtc").GetDateTime().ToUniversalTime());
        Assert.Equal(180, so2.GetProperty("durationMinutes").GetInt32());
        Assert.Equal(35, so2.GetProperty("limit").GetDouble());
        var noxStandard = events.Single(e => e.GetProperty("pollutant").GetString() == "nox" && e.GetProperty("against").GetString() == "standard");
        Assert.Equal(450.0 / 400, noxStandard.GetProperty("peakMultipleOfLimit").GetDouble(), 1e-12);
        Assert.Equal(50.0 / 400, noxStandard.GetProperty("exceedanceMultiple").GetDouble(), 1e-12);
    }

    [Fact]
    public async Task Explanation_EditorWrites_ListedWithTheEventAndAudited()
    {
        using var editor = await fixture.Demo.SignedInAsync("plant-editor");
        const string text = "SO2 rose while the raw mill was stopped; <b>not</b> an abatement failure. '; DROP TABLE stacks; --";

        using var put = await editor.SendAsync(HttpMethod.Put, ExplainPath(), new { text });
        using var regulator = await fixture.Demo.SignedInAsync("regulator");
        var list = await regulator.GetJsonAsync($"api/stacks/{fixture.StackIds["NR-01"]}/exceedances?from=2025-03-10&to=2025-03-10");

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var so2 = list.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("pollutant").GetString() == "so2");
        Assert.Equal(text, so2.GetProperty("explanation").GetProperty("text").GetString());
        Assert.Equal("plant.editor", so2.GetProperty("explanation").GetProperty("updatedBy").GetString());
        await using var db = fixture.Demo.Database.CreateContext();
        var audited = await db.AuditLog.AsNoTracking().Where(e => e.EntityType == "ExceedanceExplanation").ToListAsync();
        Assert.Contains(audited, e => e.PlantId == fixture.Demo.PlantIds["NR-01"] && e.After!.Contains("raw mill", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Explanation_NoEventStartsThen_IsNotFoundAndNothingIsStored()
    {
        using var editor = await fixture.Demo.SignedInAsync("company-admin");

        using var response = await editor.SendAsync(HttpMethod.Put, ExplainPath("NR-02", "so2", "2025-03-10T03:00:00Z"), new { text = "mid-event hour" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await using var db = fixture.Demo.Database.CreateContext();
        Assert.False(await db.ExceedanceExplanations.AnyAsync(e => e.Text == "mid-event hour"));
    }

    [Theory]
    [InlineData("compliance", "month", "")]
    [InlineData("compliance", "month", "month=2025-13")]
    [InlineData("compliance", "month", "month=March")]
    [InlineData("compliance", "month", "month=1999-12")]
    [InlineData("exceedances", "from", "to=2025-03-10")]
    [InlineData("exceedances", "from", "from=2025-02-30&to=2025-03-10")]
    [InlineData("exceedances", "to", "from=2025-03-10&to=2025-03-09")]
    [InlineData("quality", "to", "from=2024-01-01&to=2025-03-10")]
    [InlineData("quality", "from", "from=%3Cscript%3E&to=2025-03-10")]
    public async Task Query_BadParameter_IsAProblemNamingIt(string endpoint, string parameter, string query)
    {
        using var client = await fixture.Demo.SignedInAsync("company-admin");

        using var response = await client.GetAsync($"api/stacks/{fixture.StackIds["NR-01"]}/{endpoint}?{query}");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(StacksAccessTests.Errors(body).TryGetProperty(parameter, out _), body);
        Assert.DoesNotContain("<script>", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pollutant", "co2", null)]
    [InlineData("startUtc", "so2", "yesterday")]
    [InlineData("startUtc", "so2", "2025-03-10T02:00:00")]
    public async Task Explanation_BadRouteValue_IsAProblemNamingIt(string parameter, string pollutant, string? start)
    {
        using var client = await fixture.Demo.SignedInAsync("plant-editor");

        using var response = await client.SendAsync(HttpMethod.Put, ExplainPath("NR-01", pollutant, start), new { text = "x" });
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(StacksAccessTests.Errors(body).TryGetProperty(parameter, out _), body);
    }

    public static TheoryData<string, string> BadTexts() => new()
    {
        { "empty", "" },
        { "blank", "   \n  " },
        { "too long", new string('x', 4001) },
        { "control characters", "before\u0000after" },
        { "escape sequence", "\u001b[31mred" },
    };

    [Theory]
    [MemberData(nameof(BadTexts))]
    public async Task Explanation_BadText_IsRefusedNamingText(string why, string text)
    {
        using var client = await fixture.Demo.SignedInAsync("plant-editor");

        using var response = await client.SendAsync(HttpMethod.Put, ExplainPath(), new { text });
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, why);
        Assert.True(StacksAccessTests.Errors(body).TryGetProperty("text", out _), body);
    }

    [Theory]
    [InlineData("{\"text\": ")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"text\": 42}")]
    [InlineData("not json at all")]
    public async Task Explanation_MalformedBody_IsABadRequest(string body)
    {
        using var client = await fixture.Demo.SignedInAsync("plant-editor");

        using var response = await client.SendRawAsync(HttpMethod.Put, ExplainPath(), Encoding.UTF8.GetBytes(body), "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Explanation_OversizedBody_IsRefusedBeforeItIsRead()
    {
        using var client = await fixture.Demo.SignedInAsync("plant-editor");
        var body = JsonSerializer.SerializeToUtf8Bytes(new { text = new string('a', 200_000) });

        using var response = await client.SendRawAsync(HttpMethod.Put, ExplainPath(), body, "application/json");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Quality_Day_GivesFullTransmissionAndNoFindingsForCleanData()
    {
        using var client = await fixture.Demo.SignedInAsync("association-analyst");

        var quality = await client.GetJsonAsync($"api/stacks/{fixture.StackIds["RV-01"]}/quality?from=2025-03-10&to=2025-03-10");

        var day = quality.GetProperty("days").EnumerateArray().Single();
        Assert.Equal("2025-03-10", day.GetProperty("date").GetString());
        Assert.Equal(1.0, day.GetProperty("transmissionRate").GetDouble());
        Assert.Equal(1.0, day.GetProperty("captureRate").GetDouble());
        Assert.Equal(24, day.GetProperty("validHours").GetInt32());
    }

    [Fact]
    public async Task List_StackWithRecentSo2AboveTarget_ShowsAnOpenExceedance()
    {
        using var client = await fixture.Demo.SignedInAsync("plant-editor");

        var list = await client.GetJsonAsync("api/stacks");

        var stack = list.EnumerateArray().Single(s => s.GetProperty("plantCode").GetString() == "NR-01");
        var open = stack.GetProperty("openExceedances").EnumerateArray().Single();
        Assert.Equal("so2", open.GetProperty("pollutant").GetString());
        Assert.Equal(180, open.GetProperty("durationMinutes").GetInt32());
        Assert.Equal("cn-ule-2024-kiln", stack.GetProperty("rules").GetString());
    }

    [Fact]
    public async Task OpenApiDocument_ListsTheStackRoutes()
    {
        using var client = fixture.Demo.Client();

        var doc = await client.GetJsonAsync("openapi/v1.json");

        var paths = doc.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/stacks", out _));
        Assert.True(paths.TryGetProperty("/api/stacks/{id}/compliance", out _));
        Assert.True(paths.GetProperty("/api/stacks/{id}/exceedances/{pollutant}/{startUtc}/explanation").TryGetProperty("put", out _));
    }
}
