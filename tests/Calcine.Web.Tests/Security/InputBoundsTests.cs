using System.Net;
using System.Text;
using System.Text.Json;
using Calcine.Web.Tests.Platform;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Web.Tests.Security;

/// <summary>Input bounds on the running host (issue 13, item 6): the shared JSON body guard, a plant's
/// equipment limits, names without control characters, reasons on one line, and plant PUTs that
/// write only what changed.</summary>
public abstract class InputBoundsTests(DemoPlatformFixture fixture)
{
    private int Plant => fixture.PlantIds["NR-02"];

    private async Task<(PlatformClient Admin, JsonElement Plant)> AdminAndPlantAsync()
    {
        var admin = await fixture.SignedInAsync("company-admin");
        return (admin, await admin.GetJsonAsync($"api/plants/{Plant}"));
    }

    private static async Task<JsonElement> ExpectAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{(int)response.StatusCode}: {text}");
        return text.Length > 0 ? JsonDocument.Parse(text).RootElement.Clone() : default;
    }

    private Task<long> AuditCountAsync()
    {
        var db = fixture.Database.CreateContext();
        return db.AuditLog.LongCountAsync().ContinueWith(t => { db.Dispose(); return t.Result; }, TaskScheduler.Default);
    }

    private static object[] Kilns(int count) => [.. Enumerable.Range(1, count).Select(i => new { name = $"Kiln {i}", processType = "dry-precalciner" })];

    [Fact]
    public async Task PlantPut_InvalidUtf8_Answers400NamingTheByteOffset()
    {
        var (admin, plant) = await AdminAndPlantAsync();
        using var _ = admin;
        var prefix = Encoding.UTF8.GetBytes($$"""{"version":{{plant.GetProperty("version").GetInt32()}},"name":"Bad """);
        byte[] body = [.. prefix, 0xFF, .. "\"}"u8];

        using var response = await admin.SendRawAsync(HttpMethod.Put, $"api/plants/{Plant}", body, "application/json");

        var problem = await ExpectAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains($"byte {prefix.Length} ", problem.GetProperty("errors").GetProperty("body")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoginPost_InvalidUtf8_Answers400NamingTheByteOffset()
    {
        using var anonymous = fixture.Client();
        var prefix = "{\"email\":\"a"u8.ToArray();
        byte[] body = [.. prefix, 0xC3, 0x28, .. "\",\"password\":\"x\"}"u8];

        using var response = await anonymous.SendRawAsync(HttpMethod.Post, "api/account/login", body, "application/json");

        var problem = await ExpectAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains($"byte {prefix.Length} ", problem.GetProperty("errors").GetProperty("body")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlantPut_MoreKilnsThanAPlantHas_Answers400NamingKilns()
    {
        var (admin, plant) = await AdminAndPlantAsync();
        using var _ = admin;

        using var response = await admin.SendAsync(HttpMethod.Put, $"api/plants/{Plant}",
            new { version = plant.GetProperty("version").GetInt32(), kilns = Kilns(51) });

        var problem = await ExpectAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("at most 50 kilns per plant", problem.GetProperty("errors").GetProperty("kilns")[0].GetString());
    }

    [Fact]
    public async Task PlantPut_ArrayOverTheGuardsLimit_Answers400NamingTheArray()
    {
        var (admin, plant) = await AdminAndPlantAsync();
        using var _ = admin;

        using var response = await admin.SendAsync(HttpMethod.Put, $"api/plants/{Plant}",
            new { version = plant.GetProperty("version").GetInt32(), kilns = Kilns(5000) });

        var problem = await ExpectAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("at most 1000 items", problem.GetProperty("errors").GetProperty("kilns")[0].GetString());
    }

    [Theory]
    [InlineData("name", "Riverside\u0000Works", "name")]
    [InlineData("kiln", "Kiln\u00071", "kilns[0].name")]
    public async Task PlantPut_ControlCharacterInAName_Answers400NamingTheField(string where, string value, string field)
    {
        var (admin, plant) = await AdminAndPlantAsync();
        using var _ = admin;
        object body = where == "name"
            ? new { version = plant.GetProperty("version").GetInt32(), name = value }
            : new { version = plant.GetProperty("version").GetInt32(), kilns = new[] { new { name = value, processType = "wet" } } };

        using var response = await admin.SendAsync(HttpMethod.Put, $"api/plants/{Plant}", body);

        var problem = await ExpectAsync(response, HttpStatusCode.BadRequest);
        Assert.StartsWith("control character U+00", problem.GetProperty("errors").GetProperty(field)[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(plant.GetProperty("name").GetString(), (await admin.GetJsonAsync($"api/plants/{Plant}")).GetProperty("name").GetString());
    }

    [Fact]
    public async Task PlantPut_ReasonWithCrLf_IsLoggedOnOneLine()
    {
        var (admin, plant) = await AdminAndPlantAsync();
        using var _ = admin;
        var version = plant.GetProperty("version").GetInt32();

        using var response = await admin.SendAsync(HttpMethod.Put, $"api/plants/{Plant}", new { version, name = $"Reason test {version}" },
            new Dictionary<string, string> { ["X-Change-Reason"] = "first%0D%0ASet-Cookie:%20x%0Asecond" });

        await ExpectAsync(response, HttpStatusCode.OK);
        await using var db = fixture.Database.CreateContext();
        var entry = await db.AuditLog.AsNoTracking().Where(e => e.PlantId == Plant && e.EntityType == "Plant").OrderByDescending(e => e.Sequence).FirstAsync();
        Assert.Equal("first Set-Cookie: x second", entry.Reason);
    }

    [Fact]
    public async Task PlantPut_NothingChanged_KeepsTheVersionAndWritesNoEntry()
    {
        var (admin, plant) = await AdminAndPlantAsync();
        using var _ = admin;
        var version = plant.GetProperty("version").GetInt32();
        var before = await AuditCountAsync();

        using var response = await admin.SendAsync(HttpMethod.Put, $"api/plants/{Plant}", new
        {
            version,
            name = plant.GetProperty("name").GetString(),
            kilns = plant.GetProperty("kilns"),
            mills = plant.GetProperty("mills"),
        });

        Assert.Equal(version, (await ExpectAsync(response, HttpStatusCode.OK)).GetProperty("version").GetInt32());
        Assert.Equal(before, await AuditCountAsync());
        Assert.Equal(version, (await admin.GetJsonAsync($"api/plants/{Plant}")).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task PlantPut_OneKilnChanged_LogsThatKilnOnlyNotEveryChild()
    {
        var (admin, plant) = await AdminAndPlantAsync();
        using var _ = admin;
        var version = plant.GetProperty("version").GetInt32();
        using (var seed = await admin.SendAsync(HttpMethod.Put, $"api/plants/{Plant}", new { version, kilns = Kilns(3) }))
        {
            version = (await ExpectAsync(seed, HttpStatusCode.OK)).GetProperty("version").GetInt32();
        }

        await using var db = fixture.Database.CreateContext();
        var last = await db.AuditLog.MaxAsync(e => e.Sequence);
        var kilns = Kilns(3);
        kilns[1] = new { name = "Kiln 2", processType = "wet" };

        using var response = await admin.SendAsync(HttpMethod.Put, $"api/plants/{Plant}", new { version, kilns });

        await ExpectAsync(response, HttpStatusCode.OK);
        var entries = await db.AuditLog.AsNoTracking().Where(e => e.Sequence > last).ToListAsync();
        Assert.Equal([("Kiln", "update"), ("Plant", "update")], entries.Select(e => (e.EntityType, e.Action)).Order().ToList());
        var kiln = entries.Single(e => e.EntityType == "Kiln");
        Assert.Equal("""{"ProcessType":"wet"}""", kiln.After);
    }

    [Fact]
    public async Task PlantPut_DuplicateKilnName_Answers400NamingTheSecond()
    {
        var (admin, plant) = await AdminAndPlantAsync();
        using var _ = admin;
        var kilns = new[] { new { name = "Kiln A", processType = "wet" }, new { name = "Kiln A ", processType = "shaft" } };

        using var response = await admin.SendAsync(HttpMethod.Put, $"api/plants/{Plant}", new { version = plant.GetProperty("version").GetInt32(), kilns });

        var problem = await ExpectAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("appears twice", problem.GetProperty("errors").GetProperty("kilns[1].name")[0].GetString(), StringComparison.Ordinal);
    }
}

/// <summary>InputBoundsTests on SQLite.</summary>
public sealed class InputBoundsTestsOnSqlite(DemoPlatformFixture fixture) : InputBoundsTests(fixture), IClassFixture<DemoPlatformFixture>;

/// <summary>InputBoundsTests on PostgreSQL.</summary>
public sealed class InputBoundsTestsOnPostgres(PostgresDemoPlatformFixture fixture) : InputBoundsTests(fixture), IClassFixture<PostgresDemoPlatformFixture>;
