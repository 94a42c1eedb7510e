using System.Net;
using Calcine.TestKit.Databases;
using Calcine.Web.Tests.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Web.Tests.Platform;

/// <summary>An API key's life on each provider (SQLite here, PostgreSQL where CALCINE_TEST_PG is
/// set): issued, used for a month's upload, recorded as used, revoked.</summary>
public class ApiKeyProvidersTests
{
    public static TheoryData<string> Providers() => TestDatabase.Providers();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task KeyLifecycle_EachProvider_UploadsAMonthThenStopsWhenRevoked(string provider)
    {
        await using var db = await DemoPlatformFixture.DemoDatabaseAsync(provider);
        await using var platform = await InProcessPlatform.StartAsync(db.Options, DemoTenancy.Settings());
        using var admin = await new PlatformClient(platform.BaseAddress).SignedInAsync(DemoTenancy.Roles["company-admin"].Email, DemoTenancy.Password);
        var plantId = (await admin.GetJsonAsync("api/plants")).EnumerateArray().First(p => p.GetProperty("code").GetString() == "NR-01").GetProperty("id").GetInt32();
        var (keyId, token) = await ApiKeyCalls.IssueAsync(admin,
            ApiKeyCalls.Body("plant-editor", "plant", plantId, expiresAt: DateTimeOffset.UtcNow.AddDays(30)));
        using var machine = new PlatformClient(platform.BaseAddress, token);
        var month = $"api/plants/{plantId}/years/{DataEndpoints.OpenYear}/months/5";
        var version = (await machine.GetJsonAsync(month)).GetProperty("version").GetInt32();

        using var upload = await DataEndpoints.PutJsonAsync(machine, month, new { version, data = DataEndpoints.Month(clinker: 70_001m) });
        using var revoke = await admin.SendAsync(HttpMethod.Delete, $"api/api-keys/{keyId}");
        using var afterRevoke = await DataEndpoints.PutJsonAsync(machine, month, new { version = version + 1, data = DataEndpoints.Month(clinker: 1m) });

        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, afterRevoke.StatusCode);
        Assert.Equal(70_001m, (await admin.GetJsonAsync(month)).GetProperty("data").GetProperty("clinker").GetProperty("produced_t").GetDecimal());
        await using var context = db.CreateContext();
        var row = await context.ApiKeys.AsNoTracking().SingleAsync(k => k.KeyId == keyId);
        Assert.True(row.Revoked);
        Assert.NotNull(row.LastUsedUtc);
        Assert.NotNull(row.ExpiresUtc);
        Assert.Equal(32, row.SecretHash.Length);
        Assert.DoesNotContain(token[("calc_".Length + 16 + 1)..], System.Text.Encoding.Latin1.GetString(row.SecretHash), StringComparison.Ordinal);
        var upload1 = await context.AuditLog.AsNoTracking().Where(e => e.EntityType == "MonthlyActivity" && e.PlantId == plantId)
            .OrderByDescending(e => e.Sequence).FirstAsync();
        Assert.Equal(("api-key", keyId), (upload1.ActorKind, upload1.ActorId));
    }
}
