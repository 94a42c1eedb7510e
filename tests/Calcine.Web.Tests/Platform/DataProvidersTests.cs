using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Calcine.TestKit.Databases;
using Calcine.Web.Tests.Hosting;

namespace Calcine.Web.Tests.Platform;

/// <summary>The data slice on each provider (SQLite here, PostgreSQL where CALCINE_TEST_PG is set,
/// as in CI): demo years seeded, a month saved, a stale edit refused, the inventory computed.</summary>
public class DataProvidersTests
{
    public static TheoryData<string> Providers() => TestDatabase.Providers();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task MonthEditAndInventory_EachProvider_SaveConflictAndCompute(string provider)
    {
        await using var db = await DemoPlatformFixture.DemoDatabaseAsync(provider);
        await using var platform = await InProcessPlatform.StartAsync(db.Options, DemoTenancy.Settings());
        using var editor = await new PlatformClient(platform.BaseAddress).SignedInAsync("plant.editor@calcine.demo", DemoTenancy.Password);
        var id = Assert.Single((await editor.GetJsonAsync("api/plants")).EnumerateArray()).GetProperty("id").GetInt32();
        var path = $"api/plants/{id}/years/2025/months/6";
        var seeded = await editor.GetJsonAsync(path);
        var version = seeded.GetProperty("version").GetInt32();

        using var first = await DataEndpoints.PutJsonAsync(editor, path, new { version, data = DataEndpoints.Month(clinker: 77_777m) });
        using var stale = await DataEndpoints.PutJsonAsync(editor, path, new { version, data = DataEndpoints.Month(clinker: 66_666m) });
        var inventory = await editor.GetJsonAsync($"api/plants/{id}/years/2025/inventory");
        var after = await editor.GetJsonAsync(path);

        Assert.Equal(1, version);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(77_777m, after.GetProperty("data").GetProperty("clinker").GetProperty("produced_t").GetDecimal());
        Assert.Equal(12, inventory.GetProperty("monthly").GetArrayLength());
        Assert.True(inventory.GetProperty("annual").GetProperty("grossCo2_t").GetDecimal() > 0);
        Assert.Equal(version + 1, (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());
    }
}
