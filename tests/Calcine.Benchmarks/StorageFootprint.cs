using System.Globalization;
using Calcine.Application.Cems.Processing;
using Calcine.Application.Cems.Simulation;
using Calcine.Storage;
using Calcine.Storage.Cems;
using Calcine.TestKit.Databases;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Calcine.Benchmarks;

/// <summary>Bytes per stored stack-minute: one week of CN 2051 minute packets with ten channels
/// (Min/Avg/Max, Zs statistics and Cou for pollutants, flags) written through the real stores,
/// then the database's own size accounting divided by the rows; then the same for the derived
/// minutes, hours and days processing makes of them (four pollutant channels). Run with
/// <c>dotnet run -c Release --project tests/Calcine.Benchmarks -- footprint</c>.</summary>
public static class StorageFootprint
{
    private const int Minutes = 7 * 24 * 60;

    public static async Task RunAsync()
    {
        string[] providers = TestDatabase.PostgresConfigured ? ["sqlite", "postgres"] : ["sqlite"];
        foreach (var provider in providers)
        {
            await using var db = await TestDatabase.CreateAsync(provider);
            var deviceId = await SeedAsync(db);
            var empty = await SizeAsync(db.Options);
            ICemsFrameStore store = db.Options.Provider == StorageProvider.Sqlite
                ? new SqliteFrameStore(db.Options.ConnectionString)
                : new PostgresFrameStore(NpgsqlDataSource.Create(db.Options.ConnectionString));
            var signal = new KilnSignal(7);
            var start = new DateTime(2025, 3, 1, 0, 0, 0);
            long cpBytes = 0;
            for (var batch = 0; batch < Minutes; batch += 1000)
            {
                var frames = new List<IncomingFrame>();
                for (var m = batch; m < Math.Min(Minutes, batch + 1000); m++)
                {
                    var local = start.AddMinutes(m);
                    var cp = signal.MinuteCp(local);
                    cpBytes += System.Text.Encoding.UTF8.GetByteCount(cp);
                    var qn = local.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "000";
                    frames.Add(new IncomingFrame(deviceId, 2051, DateTime.SpecifyKind(local.AddHours(-8), DateTimeKind.Utc), qn, DateTime.UtcNow, cp));
                }

                await store.WriteBatchAsync(frames, CancellationToken.None);
            }

            var raw = await SizeAsync(db.Options);
            var bytes = raw - empty;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{provider}: {Minutes} stack-minutes, CP text {cpBytes / (double)Minutes:F0} B/minute, stored {bytes / (double)Minutes:F0} B per stack-minute (table, indexes, TOAST)"));

            var processor = new CemsProcessor(new ProcessingOptions());
            while (true)
            {
                await using var context = db.CreateContext();
                if ((await processor.ProcessNextAsync(context, DateTime.UtcNow.AddDays(1), CancellationToken.None)).FramesRead == 0)
                {
                    break;
                }
            }

            var derived = provider == "sqlite" ? await SizeAsync(db.Options) - raw : await DerivedSizeAsync(db.Options);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{provider}: derived minutes (10 channels), hours and days (4 pollutants) {derived / (double)Minutes:F0} B per stack-minute"));
        }
    }

    private static async Task<long> SizeAsync(StorageOptions options)
    {
        if (options.Provider == StorageProvider.Sqlite)
        {
            await using var c = new SqliteConnection(options.ConnectionString);
            await c.OpenAsync();
            await using var cmd = c.CreateCommand();
            // The whole file after a checkpoint and VACUUM; the caller subtracts the empty database.
            cmd.CommandText = "PRAGMA wal_checkpoint(TRUNCATE); VACUUM;";
            await cmd.ExecuteNonQueryAsync();
            cmd.CommandText = "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size();";
            return Convert.ToInt64(await cmd.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        }

        await using var pg = new NpgsqlConnection(options.ConnectionString);
        await pg.OpenAsync();
        await using var q = new NpgsqlCommand("VACUUM ANALYZE cems_frames", pg);
        await q.ExecuteNonQueryAsync();
        await using var size = new NpgsqlCommand(
            "SELECT coalesce(sum(pg_total_relation_size(inhrelid)), 0) FROM pg_inherits WHERE inhparent = 'cems_frames'::regclass", pg);
        return Convert.ToInt64(await size.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private static async Task<long> DerivedSizeAsync(StorageOptions options)
    {
        await using var pg = new NpgsqlConnection(options.ConnectionString);
        await pg.OpenAsync();
        foreach (var table in new[] { "cems_minutes", "cems_hours", "cems_days" })
        {
            // One statement per command: VACUUM refuses to run inside a batch.
            await using var q = new NpgsqlCommand($"VACUUM ANALYZE {table}", pg);
            await q.ExecuteNonQueryAsync();
        }

        await using var size = new NpgsqlCommand(
            "SELECT (SELECT coalesce(sum(pg_total_relation_size(inhrelid)), 0) FROM pg_inherits WHERE inhparent = 'cems_minutes'::regclass) + pg_total_relation_size('cems_hours') + pg_total_relation_size('cems_days')", pg);
        return Convert.ToInt64(await size.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private static async Task<int> SeedAsync(TestDatabase db)
    {
        await using var context = db.CreateContext();
        var device = new DeviceEntity { Mn = DemoDevice.Mn(1), PasswordHash = [1], PasswordSalt = [1], Stack = new StackEntity { Code = "K1", Name = "Kiln 1 tail", Channels = Channels() } };
        context.Devices.Add(device);
        await context.SaveChangesAsync();
        return device.Id;
    }

    private static List<StackChannelEntity> Channels() =>
        [.. new[] { "pm", "so2", "nox", "nh3" }.Select(p => new StackChannelEntity { Pollutant = p, Unit = "mg/m3", Basis = "dry", ReferenceO2Percent = 10 })];
}
