using System.Text.Json;
using Calcine.TestKit.Databases;
using Calcine.TestKit.Platform;

namespace Calcine.Web.Tests.Platform;

/// <summary>The demo tenancy the seed creates, and what each demo role may see and edit there.
/// Written out by hand: the tests check the policy against this table, not against itself.</summary>
public static class DemoTenancy
{
    public const string Password = "demo-password-for-tests";

    public static readonly string[] Plants = ["NR-01", "NR-02", "LS-01", "RV-01", "EP-01"];
    public static readonly string[] Companies = ["Northridge Cement", "Lakeshore Building Materials", "Red Valley Cement", "Eastport Cement"];

    public static readonly Dictionary<string, (string Email, string[] VisiblePlants, string[] EditablePlants, string[] VisibleCompanies)> Roles = new()
    {
        ["platform-admin"] = ("admin@calcine.demo", Plants, Plants, Companies),
        ["association-analyst"] = ("analyst@calcine.demo", Plants, [], Companies),
        ["company-admin"] = ("company.admin@calcine.demo", ["NR-01", "NR-02"], ["NR-01", "NR-02"], ["Northridge Cement"]),
        ["plant-editor"] = ("plant.editor@calcine.demo", ["NR-01"], ["NR-01"], ["Northridge Cement"]),
        ["verifier"] = ("verifier@calcine.demo", ["NR-01", "NR-02"], [], ["Northridge Cement"]),
        ["regulator"] = ("regulator@calcine.demo", ["NR-01", "LS-01"], [], ["Northridge Cement", "Lakeshore Building Materials"]),
        ["viewer"] = ("viewer@calcine.demo", ["LS-01"], [], ["Lakeshore Building Materials"]),
    };

    public static Dictionary<string, string> Settings(int loginPermitsPerMinute = 1000) => new()
    {
        ["Demo__UserPassword"] = Password,
        ["Demo__Devices"] = "10",
        ["Security__LoginPermitsPerMinute"] = loginPermitsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

/// <summary>One seeded host on SQLite shared by a test class, with the ids of the demo tenants.</summary>
public class DemoPlatformFixture : IAsyncLifetime
{
    private TestDatabase? database;

    /// <summary>The database the host runs on.</summary>
    protected virtual string Provider => "sqlite";

    public PlatformProcess Platform { get; private set; } = null!;
    /// <summary>The host's database, for checks the API does not offer (the audit chain).</summary>
    public TestDatabase Database => database!;
    public Dictionary<string, int> PlantIds { get; } = [];
    public Dictionary<string, int> CompanyIds { get; } = [];

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(Provider);
        Platform = await PlatformProcess.StartAsync(database.Options, settings: DemoTenancy.Settings());
        using var admin = await Client().SignedInAsync("admin@calcine.demo", DemoTenancy.Password);
        foreach (var p in (await admin.GetJsonAsync("api/plants")).EnumerateArray())
        {
            PlantIds[p.GetProperty("code").GetString()!] = p.GetProperty("id").GetInt32();
        }

        foreach (var c in (await admin.GetJsonAsync("api/companies")).EnumerateArray())
        {
            CompanyIds[c.GetProperty("name").GetString()!] = c.GetProperty("id").GetInt32();
        }
    }

    public PlatformClient Client() => new(Platform.BaseAddress);

    public Task<PlatformClient> SignedInAsync(string role) => Client().SignedInAsync(DemoTenancy.Roles[role].Email, DemoTenancy.Password);

    public async Task DisposeAsync()
    {
        if (Platform is not null)
        {
            await Platform.DisposeAsync();
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }

    internal static string[] Codes(JsonElement list, string property) =>
        [.. list.EnumerateArray().Select(e => e.GetProperty(property).GetString()!).Order(StringComparer.Ordinal)];
}

/// <summary>The same seeded host on PostgreSQL (CALCINE_TEST_PG, which scripts/test always sets): the
/// platform's test classes run on both providers.</summary>
public sealed class PostgresDemoPlatformFixture : DemoPlatformFixture
{
    protected override string Provider => TestDatabase.PostgresConfigured
        ? "postgres"
        : throw new InvalidOperationException($"{TestDatabase.PostgresVariable} is not set: run scripts/test, which starts PostgreSQL");
}
