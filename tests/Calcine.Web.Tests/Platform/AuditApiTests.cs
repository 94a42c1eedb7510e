using System.Net;

using Calcine.Storage.Audit;
using Calcine.TestKit.Databases;
using Calcine.Web.Tests.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Web.Tests.Platform;

/// <summary>GET /api/audit for every demo role and for other tenants' ids, on the seeded demo.</summary>
public abstract class AuditApiAccessTests(DemoPlatformFixture demo)
{
    private const int Ok = 200, Forbidden = 403, NotFound = 404;

    /// <summary>Expected status for: no filter, plant NR-01, NR-02, LS-01, company Northridge, Lakeshore.
    /// Written by hand from the rules in docs/adr/0005-audit-trail.md.</summary>
    public static TheoryData<string, int[]> Matrix() => new()
    {
        { "platform-admin", [Ok, Ok, Ok, Ok, Ok, Ok] },
        { "association-analyst", [Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden] },
        { "company-admin", [Ok, Ok, Ok, NotFound, Ok, NotFound] },
        { "plant-editor", [Forbidden, Forbidden, NotFound, NotFound, Forbidden, NotFound] },
        { "verifier", [Ok, Ok, Ok, NotFound, Ok, NotFound] },
        { "regulator", [Ok, Ok, NotFound, Ok, Forbidden, Forbidden] },
        { "viewer", [Forbidden, NotFound, NotFound, Forbidden, NotFound, Forbidden] },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task AuditList_EachRoleAndTenant_AnswersAsThePolicySays(string role, int[] expected)
    {
        using var client = await demo.SignedInAsync(role);
        string[] paths =
        [
            "api/audit",
            $"api/audit?plantId={demo.PlantIds["NR-01"]}",
            $"api/audit?plantId={demo.PlantIds["NR-02"]}",
            $"api/audit?plantId={demo.PlantIds["LS-01"]}",
            $"api/audit?companyId={demo.CompanyIds["Northridge Cement"]}",
            $"api/audit?companyId={demo.CompanyIds["Lakeshore Building Materials"]}",
        ];

        var actual = new List<int>();
        foreach (var path in paths)
        {
            using var response = await client.GetAsync(path);
            actual.Add((int)response.StatusCode);
        }

        Assert.Equal(expected, actual);
    }

    /// <summary>The head goes to whoever may read some part of the log; written by hand from the matrix above.</summary>
    [Theory]
    [InlineData("platform-admin", 200)]
    [InlineData("association-analyst", 403)]
    [InlineData("company-admin", 200)]
    [InlineData("plant-editor", 403)]
    [InlineData("verifier", 200)]
    [InlineData("regulator", 200)]
    [InlineData("viewer", 403)]
    public async Task AuditHead_EachRole_AnswersAsTheReadersOfTheLog(string role, int expected)
    {
        using var client = await demo.SignedInAsync(role);
        using var response = await client.GetAsync("api/audit/head");
        Assert.Equal(expected, (int)response.StatusCode);
    }

    [Fact]
    public async Task AuditHead_AfterAWrite_IsTheLastEntryAndAnchorsTheVerifier()
    {
        using var admin = await demo.SignedInAsync("platform-admin");
        var before = await admin.GetJsonAsync("api/audit/head");
        var plant = demo.PlantIds["LS-01"];
        var version = (await admin.GetJsonAsync($"api/plants/{plant}")).GetProperty("version").GetInt32();
        using (var put = await admin.SendAsync(HttpMethod.Put, $"api/plants/{plant}", new { name = $"Head test {version}", version }))
        {
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        }

        var after = await admin.GetJsonAsync("api/audit/head");

        Assert.True(after.GetProperty("count").GetInt64() > before.GetProperty("count").GetInt64());
        await using var db = demo.Database.CreateContext();
        var last = await db.AuditLog.AsNoTracking().OrderByDescending(e => e.Sequence).FirstAsync();
        Assert.Equal((last.Sequence, last.Hash), (after.GetProperty("count").GetInt64(), after.GetProperty("hash").GetString()));
        Assert.True(AuditHead.TryParse(before.GetProperty("expectHead").GetString()!, out var earlier));
        Assert.True((await AuditChainVerifier.VerifyAsync(db, CancellationToken.None, earlier)).Intact);
    }

    [Fact]
    public async Task AuditList_Anonymous_Answers401()
    {
        using var client = demo.Client();
        using var response = await client.GetAsync("api/audit");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AuditList_CompanyAdminUnfiltered_ShowsOnlyTheirCompany()
    {
        using var client = await demo.SignedInAsync("company-admin");
        var page = await client.GetJsonAsync("api/audit?pageSize=200");

        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, e => Assert.Equal(demo.CompanyIds["Northridge Cement"], e.GetProperty("companyId").GetInt32()));
    }

    [Fact]
    public async Task AuditList_RegulatorUnfiltered_ShowsOnlyItsJurisdictionsPlants()
    {
        using var client = await demo.SignedInAsync("regulator");
        var page = await client.GetJsonAsync("api/audit?pageSize=200");

        var plants = page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("plantId").GetInt32()).ToHashSet();
        Assert.Equal(new HashSet<int> { demo.PlantIds["NR-01"], demo.PlantIds["LS-01"] }, plants);
    }

    [Fact]
    public async Task AuditList_Paged_ReturnsNewestFirstAndTheTotal()
    {
        using var client = await demo.SignedInAsync("platform-admin");
        var first = await client.GetJsonAsync("api/audit?pageSize=3");
        var second = await client.GetJsonAsync("api/audit?pageSize=3&page=2");

        var sequences = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray())
            .Select(e => e.GetProperty("sequence").GetInt64()).ToList();
        Assert.Equal(6, sequences.Count);
        Assert.Equal(sequences.OrderDescending(), sequences);
        Assert.True(first.GetProperty("total").GetInt32() > 6);
    }

    [Fact]
    public async Task AuditList_BadPageSize_AnswersValidationProblem()
    {
        using var client = await demo.SignedInAsync("platform-admin");
        using var response = await client.GetAsync("api/audit?pageSize=1000");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}

/// <summary>Changes through the running host, on SQLite and (when configured) PostgreSQL.</summary>
public sealed class AuditTrailTests
{
    public static TheoryData<string> Providers() => TestDatabase.Providers();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task PlantUpdate_ThroughTheApi_IsLoggedOnceWithActorReasonAndChainStaysLinearUnderConcurrency(string provider)
    {
        await using var database = await DemoPlatformFixture.DemoDatabaseAsync(provider);
        await using var platform = await InProcessPlatform.StartAsync(database.Options, DemoTenancy.Settings());
        using var editor = await new PlatformClient(platform.BaseAddress).SignedInAsync(DemoTenancy.Roles["plant-editor"].Email, DemoTenancy.Password);
        var plants = await editor.GetJsonAsync("api/plants");
        var plant = plants.EnumerateArray().Single(p => p.GetProperty("code").GetString() == "NR-01").GetProperty("id").GetInt32();
        var version = (await editor.GetJsonAsync($"api/plants/{plant}")).GetProperty("version").GetInt32();

        using (var put = await editor.SendAsync(HttpMethod.Put, $"api/plants/{plant}", new { name = "Riverside Works (renamed)", version },
            new Dictionary<string, string> { ["X-Change-Reason"] = "name%20per%202024%20permit" }))
        {
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        }

        using var admin = await new PlatformClient(platform.BaseAddress).SignedInAsync(DemoTenancy.Roles["company-admin"].Email, DemoTenancy.Password);
        var entries = (await admin.GetJsonAsync($"api/audit?plantId={plant}")).GetProperty("items").EnumerateArray()
            .Where(e => e.GetProperty("action").GetString() == "update").ToList();
        var entry = Assert.Single(entries);
        Assert.Equal(("Plant", "user", "plant.editor", "name per 2024 permit"), (entry.GetProperty("entityType").GetString(),
            entry.GetProperty("actorKind").GetString(), entry.GetProperty("actorName").GetString(), entry.GetProperty("reason").GetString()));
        Assert.Equal("Northridge Riverside Works", entry.GetProperty("before").GetProperty("Name").GetString());
        Assert.Equal("Riverside Works (renamed)", entry.GetProperty("after").GetProperty("Name").GetString());
        Assert.Equal(version + 1, entry.GetProperty("after").GetProperty("Version").GetInt32());

        // Twenty editors at once on the same plant: the version lets some win, and each win is one
        // entry appended after the previous one.
        var current = version + 1;
        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(async i =>
        {
            using var response = await admin.SendAsync(HttpMethod.Put, $"api/plants/{plant}", new { name = $"Concurrent {i}", version = current + (i % 4) });
            return response.StatusCode;
        }));
        Assert.All(results, s => Assert.True(s is HttpStatusCode.OK or HttpStatusCode.Conflict, s.ToString()));

        await using var db = database.CreateContext();
        var updates = await db.AuditLog.AsNoTracking().CountAsync(e => e.Action == "update" && e.PlantId == plant);
        var finalVersion = await db.Plants.AsNoTracking().Where(p => p.Id == plant).Select(p => p.Version).SingleAsync();
        Assert.Equal(finalVersion - 1, updates);
        var verification = await AuditChainVerifier.VerifyAsync(db, CancellationToken.None);
        Assert.True(verification.Intact, verification.Break?.Problem);
        Assert.Equal(await db.AuditLog.CountAsync(), verification.Count);
    }
}

/// <summary>AuditApiAccessTests on the embedded default, SQLite.</summary>
public sealed class AuditApiAccessTestsOnSqlite(DemoPlatformFixture fixture) : AuditApiAccessTests(fixture), IClassFixture<DemoPlatformFixture>;

/// <summary>AuditApiAccessTests on PostgreSQL.</summary>
public sealed class AuditApiAccessTestsOnPostgres(PostgresDemoPlatformFixture fixture) : AuditApiAccessTests(fixture), IClassFixture<PostgresDemoPlatformFixture>;
