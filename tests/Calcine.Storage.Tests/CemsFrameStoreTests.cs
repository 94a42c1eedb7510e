using Calcine.Storage.Cems;
using Calcine.TestKit.Databases;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Calcine.Storage.Tests;

/// <summary>The bulk frame writers on real databases: committed, idempotent, partitioned.</summary>
public class CemsFrameStoreTests
{
    public static TheoryData<string> Providers() => TestDatabase.Providers();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task WriteBatch_NewFrames_AreStoredOnce_AndResendsAreDuplicates(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var deviceId = await SeedDeviceAsync(db);
        var store = CreateStore(db);
        var frames = Enumerable.Range(0, 50).Select(i => Frame(deviceId, new DateTime(2025, 3, 15, 9, i, 0, DateTimeKind.Utc))).ToList();

        var first = await store.WriteBatchAsync(frames, CancellationToken.None);
        var second = await store.WriteBatchAsync(frames, CancellationToken.None);

        Assert.All(first, o => Assert.Equal(FrameWriteOutcome.Stored, o));
        Assert.All(second, o => Assert.Equal(FrameWriteOutcome.Duplicate, o));
        await using var context = db.CreateContext();
        Assert.Equal(50, await context.CemsFrames.CountAsync());
        var stored = await context.CemsFrames.OrderBy(f => f.DataTimeUtc).FirstAsync();
        Assert.Equal(frames[0].Cp, stored.Cp);
        Assert.Equal(frames[0].DataTimeUtc, stored.DataTimeUtc);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task WriteBatch_SamePacketTwiceInOneBatch_StoresFirstOnly(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var deviceId = await SeedDeviceAsync(db);
        var time = new DateTime(2025, 3, 15, 9, 0, 0, DateTimeKind.Utc);
        var batch = new[] { Frame(deviceId, time, "first"), Frame(deviceId, time, "second"), Frame(deviceId, time.AddMinutes(1)) };

        var outcomes = await CreateStore(db).WriteBatchAsync(batch, CancellationToken.None);

        Assert.Equal([FrameWriteOutcome.Stored, FrameWriteOutcome.Duplicate, FrameWriteOutcome.Stored], outcomes);
        await using var context = db.CreateContext();
        Assert.Equal("first", (await context.CemsFrames.SingleAsync(f => f.DataTimeUtc == time)).Cp);
    }

    [Fact]
    public async Task WriteBatch_Postgres_PutsRowsInMonthlyPartitions()
    {
        if (!TestDatabase.PostgresConfigured)
        {
            return; // Runs wherever PostgreSQL is configured; scripts/test always configures it.
        }

        await using var db = await TestDatabase.CreateAsync("postgres");
        var deviceId = await SeedDeviceAsync(db);
        var frames = new[] { Frame(deviceId, new DateTime(2025, 3, 31, 23, 59, 0, DateTimeKind.Utc)), Frame(deviceId, new DateTime(2025, 4, 1, 0, 0, 0, DateTimeKind.Utc)) };

        await CreateStore(db).WriteBatchAsync(frames, CancellationToken.None);

        await using var connection = new NpgsqlConnection(db.Options.ConnectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT (SELECT count(*) FROM cems_frames_y2025m03), (SELECT count(*) FROM cems_frames_y2025m04), (SELECT count(*) FROM cems_frames_default)", connection);
        await using var reader = await count.ExecuteReaderAsync();
        await reader.ReadAsync();
        Assert.Equal((1L, 1L, 0L), (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2)));
    }

    internal static ICemsFrameStore CreateStore(TestDatabase db) => db.Options.Provider == StorageProvider.Sqlite
        ? new SqliteFrameStore(db.Options.ConnectionString)
        : new PostgresFrameStore(NpgsqlDataSource.Create(db.Options.ConnectionString));

    internal static async Task<int> SeedDeviceAsync(TestDatabase db)
    {
        await using var context = db.CreateContext();
        var stack = new StackEntity { Code = "K1-TAIL", Name = "Kiln 1 tail" };
        var device = new DeviceEntity { Mn = "CEMTEST0000000000000K01T", PasswordHash = [1], PasswordSalt = [2], Stack = stack };
        context.Devices.Add(device);
        await context.SaveChangesAsync();
        return device.Id;
    }

    private static IncomingFrame Frame(int deviceId, DateTime time, string? cp = null) =>
        new(deviceId, 2051, time, time.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture), time.AddSeconds(5),
            cp ?? $"DataTime={time:yyyyMMddHHmmss};a21026-Avg=12.0,a21026-Flag=N");
}
