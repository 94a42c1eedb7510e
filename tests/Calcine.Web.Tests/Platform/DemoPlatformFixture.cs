using System.Text.Json;
using Calcine.TestKit.Databases;
using Calcine.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

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
        // The road-map demo association (DemoRoadmapAssociationSeed) has tests of its own (Roadmaps/).
        ["Demo__RoadmapAssociation"] = "false",
    };
}

/// <summary>One seeded host on SQLite shared by a test class, with the ids of the demo tenants. The
/// host runs in the test process on a database of its own, copied from the demo template seeded once
/// per run; signed-in callers reuse one session per user.</summary>
public class DemoPlatformFixture : IAsyncLifetime
{
    private TestDatabase? database;
    private readonly SignedInSessions sessions;

    public DemoPlatformFixture() => sessions = new(() => Platform.BaseAddress);

    /// <summary>The database the host runs on.</summary>
    protected virtual string Provider => "sqlite";

    public InProcessPlatform Platform { get; private set; } = null!;
    /// <summary>The host's database, for checks the API does not offer (the audit chain).</summary>
    public TestDatabase Database => database!;
    public Dictionary<string, int> PlantIds { get; } = [];
    public Dictionary<string, int> CompanyIds { get; } = [];

    public async Task InitializeAsync()
    {
        database = await DemoDatabaseAsync(Provider);
        Platform = await InProcessPlatform.StartAsync(database.Options, DemoTenancy.Settings(), RequestCommandLog.Register);
        using var admin = await SignedInAsync("platform-admin");
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

    /// <summary>The SQL sent for the requests marked with a <see cref="RequestCommandLog.Header"/> value.</summary>
    public IReadOnlyList<string> CommandsOf(string key) => Platform.Services.GetRequiredService<RequestCommandLog>().For(key);

    /// <summary>A new caller signed in as the demo user of <paramref name="role"/>.</summary>
    public Task<PlatformClient> SignedInAsync(string role, TimeSpan? timeout = null) =>
        sessions.ClientAsync(DemoTenancy.Roles[role].Email, DemoTenancy.Password, timeout);

    /// <summary>A new caller that signs in now (a session of its own), for tests of what a sign-in does.</summary>
    public Task<PlatformClient> SignInAfreshAsync(string role) =>
        Client().SignedInAsync(DemoTenancy.Roles[role].Email, DemoTenancy.Password);

    /// <summary>A new cookie jar holding the session of the demo user of <paramref name="role"/>.</summary>
    public Task<System.Net.CookieContainer> SessionCookiesAsync(string role) =>
        sessions.CookiesAsync(DemoTenancy.Roles[role].Email, DemoTenancy.Password);

    /// <summary>A database of its own holding what the demo seed writes, copied from the template the
    /// first call per provider seeds (by starting the host on it once).</summary>
    public static Task<TestDatabase> DemoDatabaseAsync(string provider) =>
        TestDatabase.CreateFromTemplateAsync(provider, "demo", async template =>
        {
            await using var seeding = await InProcessPlatform.StartAsync(template.Options, DemoTenancy.Settings());
        });

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
