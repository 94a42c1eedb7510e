using BenchmarkDotNet.Attributes;
using Calcine.Application.Cems.Compliance;
using Calcine.Domain.Cems.Limits;
using Calcine.Domain.Cems.Processing;
using Calcine.Domain.Cems.Quality;
using Calcine.Storage;
using Calcine.Storage.Cems;
using Calcine.TestKit.Databases;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace Calcine.Benchmarks;

/// <summary>Issue 3 target on the stored path: one stack-year (525,600 <c>cems_minutes</c> rows of
/// 41-byte blobs: O2, PM, SO2, NOx) read from the database, decoded and evaluated (ULE months and
/// events per pollutant) in ≤ 1 s. <see cref="DecodeAndEvaluate"/> starts from blobs in memory;
/// <see cref="ReadDecodeAndEvaluate"/> reads them from the database as the API does (SQLite, and
/// PostgreSQL when CALCINE_TEST_PG is set).
/// Run: dotnet run -c Release --project tests/Calcine.Benchmarks -- --filter '*StoredCompliance*' --job short</summary>
[MemoryDiagnoser]
public class StoredComplianceBenchmarks
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);
    private static readonly DateTime YearStartUtc = new(2024, 12, 31, 16, 0, 0, DateTimeKind.Utc);

    private DateTime[] minutes = [];
    private byte[][] blobs = [];
    private TestDatabase? database;
    private int stackId;

    public static IEnumerable<string> Providers() => TestDatabase.PostgresConfigured ? ["sqlite", "postgres"] : ["sqlite"];

    [ParamsSource(nameof(Providers))]
    public string Provider { get; set; } = "sqlite";

    [GlobalSetup]
    public void Setup()
    {
        var year = new SyntheticKilnYear();
        minutes = new DateTime[SyntheticKilnYear.MinutesPerYear];
        blobs = new byte[SyntheticKilnYear.MinutesPerYear][];
        for (var i = 0; i < minutes.Length; i++)
        {
            var flag = year.Flags[i];
            minutes[i] = year.Timestamps[i].UtcDateTime;
            blobs[i] = MinuteRecordCodec.Encode([
                new(MinuteChannel.O2, flag, year.O2[i]), new(MinuteChannel.Pm, flag, year.Pm[i]),
                new(MinuteChannel.So2, flag, year.So2[i]), new(MinuteChannel.Nox, flag, year.Nox[i])]);
        }

        database = TestDatabase.CreateAsync(Provider).GetAwaiter().GetResult();
        stackId = SeedAsync().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => database?.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Baseline = true)]
    public int DecodeAndEvaluate()
    {
        var columns = new StoredMinuteColumns(minutes.Length);
        for (var i = 0; i < minutes.Length; i++)
        {
            columns.Add(minutes[i], blobs[i]);
        }

        return Evaluate(columns);
    }

    [Benchmark]
    public async Task<int> ReadDecodeAndEvaluate()
    {
        await using var db = database!.CreateContext();
        var columns = await new StackComplianceService(db).ReadMinutesAsync(stackId, YearStartUtc, YearStartUtc.AddDays(365), CancellationToken.None);
        return Evaluate(columns);
    }

    [Benchmark]
    public async Task<int> ReadAndQuality()
    {
        await using var db = database!.CreateContext();
        var columns = await new StackComplianceService(db).ReadMinutesAsync(stackId, YearStartUtc, YearStartUtc.AddDays(365), CancellationToken.None);
        return StoredEvaluation.Quality(columns, Beijing, 10, [], new QualityOptions())!.Days.Count;
    }

    private static int Evaluate(StoredMinuteColumns columns)
    {
        var result = StoredEvaluation.EvaluateUle(columns, Beijing, LimitCatalog.CnUle2024Kiln, LimitCatalog.Gb4915KilnTail).Value;
        return result.Months.Count + result.Events.Count;
    }

    private async Task<int> SeedAsync()
    {
        int id;
        await using (var context = database!.CreateContext())
        {
            var stack = new StackEntity { Code = "BENCH-K1", Name = "Benchmark kiln tail", ComplianceRules = LimitCatalog.CnUle2024Kiln.Id };
            context.Stacks.Add(stack);
            await context.SaveChangesAsync();
            id = stack.Id;
        }

        if (database.Options.Provider == StorageProvider.Sqlite)
        {
            await using var connection = new SqliteConnection(database.Options.ConnectionString);
            await connection.OpenAsync();
            await using var tx = connection.BeginTransaction();
            await using var insert = connection.CreateCommand();
            insert.Transaction = tx;
            insert.CommandText = """INSERT INTO cems_minutes ("StackId", "MinuteUtc", "SourceCn", "Data") VALUES ($s, $t, 2051, $d)""";
            var s = insert.Parameters.Add("$s", SqliteType.Integer);
            var t = insert.Parameters.Add("$t", SqliteType.Integer);
            var d = insert.Parameters.Add("$d", SqliteType.Blob);
            insert.Prepare();
            s.Value = id;
            for (var i = 0; i < minutes.Length; i++)
            {
                t.Value = minutes[i].Ticks;
                d.Value = blobs[i];
                await insert.ExecuteNonQueryAsync();
            }

            await tx.CommitAsync();
        }
        else
        {
            await using var connection = new NpgsqlConnection(database.Options.ConnectionString);
            await connection.OpenAsync();
            await using (var copy = await connection.BeginBinaryImportAsync("""COPY cems_minutes ("StackId", "MinuteUtc", "SourceCn", "Data") FROM STDIN (FORMAT BINARY)"""))
            {
                for (var i = 0; i < minutes.Length; i++)
                {
                    await copy.StartRowAsync();
                    await copy.WriteAsync(id, NpgsqlDbType.Integer);
                    await copy.WriteAsync(minutes[i], NpgsqlDbType.TimestampTz);
                    await copy.WriteAsync((short)2051, NpgsqlDbType.Smallint);
                    await copy.WriteAsync(blobs[i], NpgsqlDbType.Bytea);
                }

                await copy.CompleteAsync();
            }

            await using var analyze = new NpgsqlCommand("ANALYZE cems_minutes", connection);
            await analyze.ExecuteNonQueryAsync();
        }

        return id;
    }
}
