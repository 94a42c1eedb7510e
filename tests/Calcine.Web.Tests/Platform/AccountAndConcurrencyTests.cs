using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Calcine.TestKit.Databases;
using Calcine.Web.Tests.Hosting;

namespace Calcine.Web.Tests.Platform;

/// <summary>Lockout, login rate limiting and optimistic concurrency, each on its own host.</summary>
public class AccountAndConcurrencyTests
{
    public static TheoryData<string> Providers() => TestDatabase.Providers();

    [Fact]
    public async Task Login_AfterFiveWrongPasswords_IsLockedEvenWithTheRightPassword()
    {
        await using var db = await DemoPlatformFixture.DemoDatabaseAsync("sqlite");
        await using var platform = await InProcessPlatform.StartAsync(db.Options, DemoTenancy.Settings());
        using var client = new PlatformClient(platform.BaseAddress);

        for (var i = 0; i < 5; i++)
        {
            using var wrong = await client.LoginAsync("viewer@calcine.demo", $"not-the-password-{i}");
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var locked = await client.LoginAsync("viewer@calcine.demo", DemoTenancy.Password);
        using var other = await client.LoginAsync("regulator@calcine.demo", DemoTenancy.Password);

        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Login_MoreAttemptsThanThePermitsPerMinute_Answers429()
    {
        await using var db = await DemoPlatformFixture.DemoDatabaseAsync("sqlite");
        await using var platform = await InProcessPlatform.StartAsync(db.Options, DemoTenancy.Settings(loginPermitsPerMinute: 3));
        using var client = new PlatformClient(platform.BaseAddress);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await client.LoginAsync("viewer@calcine.demo", DemoTenancy.Password);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task PlantPut_TwoEditorsFromTheSameVersion_SecondGets409AndFirstEditStands(string provider)
    {
        await using var db = await DemoPlatformFixture.DemoDatabaseAsync(provider);
        await using var platform = await InProcessPlatform.StartAsync(db.Options, DemoTenancy.Settings());
        using var editor = await new PlatformClient(platform.BaseAddress).SignedInAsync("plant.editor@calcine.demo", DemoTenancy.Password);
        using var companyAdmin = await new PlatformClient(platform.BaseAddress).SignedInAsync("company.admin@calcine.demo", DemoTenancy.Password);
        var plant = Assert.Single((await editor.GetJsonAsync("api/plants")).EnumerateArray());
        var id = plant.GetProperty("id").GetInt32();
        var version = (await editor.GetJsonAsync($"api/plants/{id}")).GetProperty("version").GetInt32();

        using var first = await editor.SendAsync(HttpMethod.Put, $"api/plants/{id}", new
        {
            name = "Riverside Works (renamed)",
            version,
            kilns = new[] { new { name = "Kiln A", processType = "dry-precalciner" } },
            mills = new[] { new { name = "Cement mill A", millType = "cement" } },
        });
        using var second = await companyAdmin.SendAsync(HttpMethod.Put, $"api/plants/{id}", new { name = "Overwritten", version });
        var problem = await second.Content.ReadFromJsonAsync<JsonElement>();
        var stored = await editor.GetJsonAsync($"api/plants/{id}");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(version + 1, problem.GetProperty("currentVersion").GetInt32());
        Assert.Equal("Riverside Works (renamed)", stored.GetProperty("name").GetString());
        Assert.Equal("Kiln A", Assert.Single(stored.GetProperty("kilns").EnumerateArray()).GetProperty("name").GetString());
        Assert.Equal(version + 1, stored.GetProperty("version").GetInt32());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task OtherTenantsPlant_PlantEditor_GetsNotFoundOnBothDatabases(string provider)
    {
        await using var db = await DemoPlatformFixture.DemoDatabaseAsync(provider);
        await using var platform = await InProcessPlatform.StartAsync(db.Options, DemoTenancy.Settings());
        using var admin = await new PlatformClient(platform.BaseAddress).SignedInAsync("admin@calcine.demo", DemoTenancy.Password);
        using var editor = await new PlatformClient(platform.BaseAddress).SignedInAsync("plant.editor@calcine.demo", DemoTenancy.Password);
        var other = (await admin.GetJsonAsync("api/plants")).EnumerateArray().Single(p => p.GetProperty("code").GetString() == "RV-01");

        using var get = await editor.GetAsync($"api/plants/{other.GetProperty("id").GetInt32()}");
        using var put = await editor.SendAsync(HttpMethod.Put, $"api/plants/{other.GetProperty("id").GetInt32()}", new { name = "x", version = 1 });

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
    }
}
