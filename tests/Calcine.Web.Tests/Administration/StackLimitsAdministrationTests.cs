using System.Net;
using System.Text.Json;
using Calcine.Web.Tests.Platform;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Web.Tests.Administration;

/// <summary>A stack's limits as an administrator changes them: numbered revisions, a stale revision
/// refused, the months with data evaluated again and named, an audit entry per revision, and the
/// compliance answer judging by the new set at once.</summary>
public abstract class StackLimitsAdministrationTests(DemoPlatformFixture demo)
{
    private async Task<int> StackOfAsync(string plant)
    {
        using var admin = await demo.SignedInAsync("platform-admin");
        var stacks = await admin.GetJsonAsync("api/stacks/");
        return stacks.EnumerateArray().First(s => s.GetProperty("plantCode").GetString() == plant).GetProperty("id").GetInt32();
    }

    /// <summary>Role, the plant whose demo stack it changes, expected answer.</summary>
    public static TheoryData<string, string, HttpStatusCode> LimitEditors() => new()
    {
        { "plant-editor", "NR-01", HttpStatusCode.Forbidden },
        { "verifier", "NR-01", HttpStatusCode.Forbidden },
        { "regulator", "NR-01", HttpStatusCode.Forbidden },
        { "association-analyst", "NR-01", HttpStatusCode.Forbidden },
        { "viewer", "NR-01", HttpStatusCode.NotFound },
        { "company-admin", "LS-01", HttpStatusCode.NotFound },
        { "plant-editor", "LS-01", HttpStatusCode.NotFound },
    };

    [Theory]
    [MemberData(nameof(LimitEditors))]
    public async Task ChangeLimits_RoleWithoutAdministration_IsRefusedAndNothingIsWritten(string role, string plant, HttpStatusCode expected)
    {
        var stack = await StackOfAsync(plant);
        using var client = await demo.SignedInAsync(role);
        var revisions = await demo.CountAuditAsync("StackLimitsRevision");

        var (status, _) = await client.CallAsync(HttpMethod.Put, $"api/admin/stacks/{stack}/limits",
            new { rules = "cn-ule-2024-kiln", limits = AdminCalls.PermitLimits(150), revision = 0 });

        Assert.Equal(expected, status);
        Assert.Equal(revisions, await demo.CountAuditAsync("StackLimitsRevision"));
    }

    [Fact]
    public async Task ChangeLimits_CompanyAdmin_SavesRevisionRerunsMonthsAuditsAndComplianceUsesTheNewSet()
    {
        var stack = await StackOfAsync("NR-02");
        using var admin = await demo.SignedInAsync("company-admin");
        var view = await admin.GetJsonAsync($"api/admin/stacks/{stack}/limits");
        var revision = view.GetProperty("revision").GetInt32();
        var audited = await demo.CountAuditAsync("StackLimitsRevision");

        var (status, changed) = await admin.CallAsync(HttpMethod.Put, $"api/admin/stacks/{stack}/limits",
            new { rules = "cn-ule-2024-kiln", limits = AdminCalls.PermitLimits(150), revision });
        var stale = await admin.CallAsync(HttpMethod.Put, $"api/admin/stacks/{stack}/limits",
            new { rules = "cn-ule-2024-kiln", limits = AdminCalls.PermitLimits(120), revision });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(revision + 1, changed.GetProperty("revision").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, stale.Status);
        Assert.Equal(revision + 1, stale.Body.GetProperty("currentRevision").GetInt32());
        Assert.Equal(audited + 1, await demo.CountAuditAsync("StackLimitsRevision"));

        // The permit set replaces GB 4915 on every day, so every month with data was evaluated again.
        await using var db = demo.Database.CreateContext();
        var days = await db.CemsDays.AsNoTracking().Where(d => d.StackId == stack).Select(d => d.Day).Distinct().ToListAsync();
        var months = days.Select(d => $"{d.Year:D4}-{d.Month:D2}").Distinct().Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(months, changed.GetProperty("monthsRerun").EnumerateArray().Select(m => m.GetString()!).ToArray());

        var after = await admin.GetJsonAsync($"api/admin/stacks/{stack}/limits");
        Assert.Contains("\"nox\":150", after.GetProperty("limits").GetString(), StringComparison.Ordinal);
        Assert.Equal(revision + 1, after.GetProperty("revisions")[0].GetProperty("revision").GetInt32());
        var month = months.Length > 0 ? months[^1] : DateTime.UtcNow.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var compliance = JsonSerializer.Serialize(await admin.GetJsonAsync($"api/stacks/{stack}/compliance?month={month}"));
        Assert.Contains("permit-k1", compliance, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangeLimits_BadLimitSet_NamesTheFieldAndTheJsonPath()
    {
        var stack = await StackOfAsync("NR-01");
        using var admin = await demo.SignedInAsync("company-admin");
        var revision = (await admin.GetJsonAsync($"api/admin/stacks/{stack}/limits")).GetProperty("revision").GetInt32();

        var (status, body) = await admin.CallAsync(HttpMethod.Put, $"api/admin/stacks/{stack}/limits",
            new { rules = "cn-ule-2024-kiln", limits = AdminCalls.PermitLimits(150).Replace("\"kiln-tail\"", "\"kiln-head\"", StringComparison.Ordinal), revision });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["limits"], AdminCalls.ErrorFields(body));
        Assert.Contains("kiln-head", body.GetProperty("errors").GetProperty("limits")[0].GetString(), StringComparison.Ordinal);
    }
}

public sealed class StackLimitsAdministrationTestsOnSqlite(DemoPlatformFixture fixture) : StackLimitsAdministrationTests(fixture), IClassFixture<DemoPlatformFixture>;

public sealed class StackLimitsAdministrationTestsOnPostgres(PostgresDemoPlatformFixture fixture) : StackLimitsAdministrationTests(fixture), IClassFixture<PostgresDemoPlatformFixture>;
