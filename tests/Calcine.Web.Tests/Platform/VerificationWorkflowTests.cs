using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Calcine.Storage.Audit;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Web.Tests.Platform;

/// <summary>A reporting year through the whole verification workflow on a running host.</summary>
public abstract class VerificationWorkflowTests(DemoPlatformFixture fixture)
{
    private static readonly Dictionary<string, string> Reason = new() { ["X-Change-Reason"] = "workflow%20test" };

    private static async Task<JsonElement> ExpectAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static async Task<JsonElement> PostAsync(PlatformClient client, string url, HttpStatusCode expected, object? body = null)
    {
        using var response = await client.SendAsync(HttpMethod.Post, url, body, Reason);
        return await ExpectAsync(response, expected);
    }

    private static async Task<HttpStatusCode> EditMonthAsync(PlatformClient editor, string year, decimal clinker)
    {
        var path = $"{year}/months/3";
        var version = (await editor.GetJsonAsync(path)).GetProperty("version").GetInt32();
        using var put = await DataEndpoints.PutJsonAsync(editor, path, new { version, data = DataEndpoints.Month(clinker: clinker) });
        return put.StatusCode;
    }

    [Fact]
    public async Task Workflow_WholeJourney_LocksOnSignOffKeepsVersionOneAfterReopenAndTheChainVerifies()
    {
        var year = $"api/plants/{fixture.PlantIds["NR-01"]}/years/2024";
        using var editor = await fixture.SignedInAsync("plant-editor");
        using var companyAdmin = await fixture.SignedInAsync("company-admin");
        using var verifier = await fixture.SignedInAsync("verifier");

        Assert.Equal("submitted", (await PostAsync(editor, $"{year}/submit", HttpStatusCode.OK)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, await EditMonthAsync(editor, year, 95_000m));
        Assert.Equal("under-verification", (await PostAsync(verifier, $"{year}/start-verification", HttpStatusCode.OK)).GetProperty("status").GetString());

        var finding = await PostAsync(verifier, $"{year}/findings", HttpStatusCode.Created, new { text = "March clinker does not match the kiln log.", severity = "major" });
        var fid = finding.GetProperty("id").GetInt32();
        var early = await PostAsync(verifier, $"{year}/sign-off", HttpStatusCode.Conflict);
        Assert.Contains("finding", early.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("answered", (await PostAsync(editor, $"{year}/findings/{fid}/answer", HttpStatusCode.OK, new { answer = "The kiln log was corrected." })).GetProperty("status").GetString());
        Assert.Equal("closed", (await PostAsync(verifier, $"{year}/findings/{fid}/close", HttpStatusCode.OK)).GetProperty("status").GetString());

        var signed = await PostAsync(verifier, $"{year}/sign-off", HttpStatusCode.OK);
        Assert.Equal(("verified", 1, false), (signed.GetProperty("status").GetString(), signed.GetProperty("signedVersions").GetInt32(), signed.GetProperty("editable").GetBoolean()));
        Assert.Equal(HttpStatusCode.Conflict, await EditMonthAsync(editor, year, 96_000m));
        using (var byEditor = await editor.SendAsync(HttpMethod.Post, $"{year}/reopen", null, Reason))
        {
            Assert.Equal(HttpStatusCode.Forbidden, byEditor.StatusCode);
        }

        using (var noReason = await companyAdmin.SendAsync(HttpMethod.Post, $"{year}/reopen"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        }

        Assert.Equal("reopened", (await PostAsync(companyAdmin, $"{year}/reopen", HttpStatusCode.OK)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, await EditMonthAsync(editor, year, 97_000m));

        var versions = await editor.GetJsonAsync($"{year}/versions");
        var v1 = await editor.GetJsonAsync($"{year}/versions/1");
        Assert.Equal([1], versions.EnumerateArray().Select(v => v.GetProperty("number").GetInt32()));
        Assert.Equal("plant-year/1", v1.GetProperty("document").GetProperty("format").GetString());
        Assert.Equal(JsonValueKind.Object, v1.GetProperty("inventory").ValueKind);

        // Round two: the next sign-off adds version 2 beside the kept version 1.
        await PostAsync(companyAdmin, $"{year}/submit", HttpStatusCode.OK);
        await PostAsync(verifier, $"{year}/start-verification", HttpStatusCode.OK);
        await PostAsync(verifier, $"{year}/sign-off", HttpStatusCode.OK);
        var after = (await editor.GetJsonAsync($"{year}/versions")).EnumerateArray().ToList();
        var v1Again = await editor.GetJsonAsync($"{year}/versions/1");
        Assert.Equal([1, 2], after.Select(v => v.GetProperty("number").GetInt32()));
        Assert.NotEqual(after[0].GetProperty("documentSha256").GetString(), after[1].GetProperty("documentSha256").GetString());
        Assert.Equal(v1.GetRawText(), v1Again.GetRawText());

        await using var db = fixture.Database.CreateContext();
        var verification = await AuditChainVerifier.VerifyAsync(db, CancellationToken.None);
        Assert.True(verification.Intact, verification.Break?.Problem);
        // Each version publishes the chain's head at its sign-off: later heads, and the log agrees with both.
        var heads = after.Select(v => AuditHead.TryParse(v.GetProperty("auditHead").GetString()!, out var h) ? h : null).ToList();
        Assert.InRange(heads[0]!.Count, 1, heads[1]!.Count - 1);
        Assert.Equal(after[0].GetProperty("auditHead").GetString(), v1Again.GetProperty("auditHead").GetString());
        foreach (var head in heads)
        {
            Assert.True((await AuditChainVerifier.VerifyAsync(db, CancellationToken.None, head)).Intact);
            Assert.Equal(head!.Hash, await db.AuditLog.Where(e => e.Sequence == head.Count).Select(e => e.Hash).SingleAsync());
        }

        var plantId = fixture.PlantIds["NR-01"];
        var reasons = await db.AuditLog.AsNoTracking().Where(e => e.PlantId == plantId && (e.EntityType == "VerificationFinding" || e.EntityType == "PlantYearVersion"))
            .Select(e => e.Reason).ToListAsync();
        Assert.Equal(5, reasons.Count); // raised, answered, closed; versions 1 and 2
        Assert.All(reasons, r => Assert.Equal("workflow test", r));
    }

    [Fact]
    public async Task SignOff_VersionDocument_IsTheDataAsSignedNotAsEditedAfterReopening()
    {
        var year = $"api/plants/{fixture.PlantIds["NR-02"]}/years/2024";
        using var admin = await fixture.SignedInAsync("company-admin");
        using var verifier = await fixture.SignedInAsync("verifier");
        var before = await (await admin.GetAsync($"{year}/document")).Content.ReadFromJsonAsync<JsonElement>();

        await PostAsync(admin, $"{year}/submit", HttpStatusCode.OK);
        await PostAsync(verifier, $"{year}/start-verification", HttpStatusCode.OK);
        await PostAsync(verifier, $"{year}/sign-off", HttpStatusCode.OK);
        await PostAsync(admin, $"{year}/reopen", HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.OK, await EditMonthAsync(admin, year, 12_345m));
        var now = await (await admin.GetAsync($"{year}/document")).Content.ReadFromJsonAsync<JsonElement>();
        var v1 = await admin.GetJsonAsync($"{year}/versions/1");

        Assert.Equal(Clinker(before), Clinker(v1.GetProperty("document")));
        Assert.NotEqual(Clinker(now), Clinker(v1.GetProperty("document")));
    }

    private static decimal Clinker(JsonElement document) => document.GetProperty("clinker").GetProperty("produced_t").GetDecimal();

    [Theory]
    [InlineData("withdraw")]
    [InlineData("start-verification")]
    [InlineData("return")]
    [InlineData("sign-off")]
    [InlineData("reopen")]
    public async Task Step_InvalidFromDraft_Answers409NamingTheStatusAndChangesNothing(string step)
    {
        var year = $"api/plants/{fixture.PlantIds["RV-01"]}/years/2025";
        using var admin = await fixture.SignedInAsync("platform-admin");
        var before = await admin.GetJsonAsync($"{year}/status");

        var problem = await PostAsync(admin, $"{year}/{step}", HttpStatusCode.Conflict);
        var after = await admin.GetJsonAsync($"{year}/status");

        Assert.Equal("draft", problem.GetProperty("yearStatus").GetString());
        Assert.Contains("draft", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before.GetRawText(), after.GetRawText());
    }

    [Fact]
    public async Task StartVerification_VerifierOutsideTheEngagedYear_Answers403()
    {
        var plant = fixture.PlantIds["NR-02"];
        using var admin = await fixture.SignedInAsync("company-admin");
        using var verifier = await fixture.SignedInAsync("verifier");
        await PostAsync(admin, $"api/plants/{plant}/years/2025/submit", HttpStatusCode.OK);

        using var response = await verifier.SendAsync(HttpMethod.Post, $"api/plants/{plant}/years/2025/start-verification");
        var status = await admin.GetJsonAsync($"api/plants/{plant}/years/2025/status");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("submitted", status.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Submit_YearWithoutData_Answers400AndStaysDraft()
    {
        var year = $"api/plants/{fixture.PlantIds["EP-01"]}/years/2030";
        using var admin = await fixture.SignedInAsync("platform-admin");

        var problem = await PostAsync(admin, $"{year}/submit", HttpStatusCode.BadRequest);
        var status = await admin.GetJsonAsync($"{year}/status");

        Assert.True(problem.GetProperty("errors").TryGetProperty("months[1]", out _), problem.GetRawText());
        Assert.Equal("draft", status.GetProperty("status").GetString());
    }

    [Fact]
    public async Task FindingRaise_InvalidSeverity_Answers400NamingTheField()
    {
        var year = $"api/plants/{fixture.PlantIds["LS-01"]}/years/2024";
        using var admin = await fixture.SignedInAsync("platform-admin");

        var problem = await PostAsync(admin, $"{year}/findings", HttpStatusCode.BadRequest, new { text = "x", severity = "huge" });

        Assert.True(problem.GetProperty("errors").TryGetProperty("severity", out _));
    }
}

/// <summary>VerificationWorkflowTests on the embedded default, SQLite.</summary>
public sealed class VerificationWorkflowTestsOnSqlite(DemoPlatformFixture fixture) : VerificationWorkflowTests(fixture), IClassFixture<DemoPlatformFixture>;

/// <summary>VerificationWorkflowTests on PostgreSQL.</summary>
public sealed class VerificationWorkflowTestsOnPostgres(PostgresDemoPlatformFixture fixture) : VerificationWorkflowTests(fixture), IClassFixture<PostgresDemoPlatformFixture>;
