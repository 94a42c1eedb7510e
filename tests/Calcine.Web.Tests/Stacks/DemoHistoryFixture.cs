using Calcine.TestKit.Databases;
using Calcine.Web.Tests.Hosting;
using Calcine.Web.Tests.Platform;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Web.Tests.Stacks;

/// <summary>One database started three times: with Demo:CemsHistoryDays=0 (the demo without
/// history), then with two days (the history is seeded on this start, since the stacks have no
/// packets yet), then again with two days (nothing may be added). The last host stays up.</summary>
public class DemoHistoryFixture : IAsyncLifetime
{
    public const int Days = 2;
    public const int Seed = 77;

    private TestDatabase? database;
    private readonly SignedInSessions sessions;

    public DemoHistoryFixture() => sessions = new(() => Platform.BaseAddress);

    /// <summary>The database the host runs on.</summary>
    protected virtual string Provider => "sqlite";

    public TestDatabase Database => database!;
    public InProcessPlatform Platform { get; private set; } = null!;

    /// <summary>Stack id by plant code (the demo stacks linked to plants).</summary>
    public Dictionary<string, int> StackIds { get; } = [];

    public (int Frames, int Minutes, int Hours) WithoutHistory { get; private set; }
    public (int Frames, int Minutes, int Hours) AfterSeeding { get; private set; }
    public (int Frames, int Minutes, int Hours) AfterSecondStart { get; private set; }

    /// <summary>The minute the seed ended at (exclusive): the newest stored packet's plus one.</summary>
    public DateTime EndUtc { get; private set; }

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(Provider);
        await using (var first = await StartAsync(0))
        {
            WithoutHistory = await CountAsync();
        }

        await using (var second = await StartAsync(Days))
        {
            AfterSeeding = await CountAsync();
        }

        Platform = await StartAsync(Days);
        AfterSecondStart = await CountAsync();
        await using var db = Database.CreateContext();
        foreach (var s in await db.Stacks.AsNoTracking().Where(s => s.PlantId != null).Select(s => new { s.Id, s.PlantCode }).ToListAsync())
        {
            StackIds[s.PlantCode!] = s.Id;
        }

        EndUtc = DateTime.SpecifyKind((await db.CemsFrames.MaxAsync(f => f.DataTimeUtc)).AddMinutes(1), DateTimeKind.Utc);
    }

    public Task<PlatformClient> SignedInAsync(string role) => sessions.ClientAsync(DemoTenancy.Roles[role].Email, DemoTenancy.Password);

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

    private Task<InProcessPlatform> StartAsync(int days)
    {
        var settings = DemoTenancy.Settings();
        settings["Demo__CemsHistoryDays"] = days.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Demo__CemsHistorySeed"] = Seed.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return InProcessPlatform.StartAsync(Database.Options, settings);
    }

    private async Task<(int, int, int)> CountAsync()
    {
        await using var db = Database.CreateContext();
        return (await db.CemsFrames.CountAsync(), await db.CemsMinutes.CountAsync(), await db.CemsHours.CountAsync());
    }
}

/// <summary>The same three starts on PostgreSQL (CALCINE_TEST_PG): packets through the COPY frame store.</summary>
public sealed class PostgresDemoHistoryFixture : DemoHistoryFixture
{
    protected override string Provider => TestDatabase.PostgresConfigured
        ? "postgres"
        : throw new InvalidOperationException($"{TestDatabase.PostgresVariable} is not set: run scripts/test, which starts PostgreSQL");
}
