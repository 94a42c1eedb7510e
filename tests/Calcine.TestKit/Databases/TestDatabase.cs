using Calcine.Storage;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xunit;

namespace Calcine.TestKit.Databases;

/// <summary>A real, empty, migrated database for one test: a temporary SQLite file, or a fresh
/// database on the PostgreSQL server named by CALCINE_TEST_PG (scripts/test always starts one).</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "CALCINE_TEST_PG";

    private readonly Func<Task> cleanup;

    private TestDatabase(StorageOptions options, Func<Task> cleanup)
    {
        Options = options;
        this.cleanup = cleanup;
    }

    public StorageOptions Options { get; }

    /// <summary>The providers to run integration tests on here: SQLite always, PostgreSQL when configured.</summary>
    public static bool PostgresConfigured => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(PostgresVariable));

    public static TheoryData<string> Providers()
    {
        var data = new TheoryData<string> { "sqlite" };
        if (PostgresConfigured)
        {
            data.Add("postgres");
        }

        return data;
    }

    public static async Task<TestDatabase> CreateAsync(string provider)
    {
        TestDatabase db;
        if (provider == "sqlite")
        {
            var path = Path.Combine(Path.GetTempPath(), $"calcine-test-{Guid.NewGuid():N}.db");
            db = new TestDatabase(new StorageOptions(StorageProvider.Sqlite, $"Data Source={path};Pooling=False"), () =>
            {
                foreach (var f in new[] { path, path + "-wal", path + "-shm" })
                {
                    File.Delete(f);
                }

                return Task.CompletedTask;
            });
        }
        else
        {
            var server = Environment.GetEnvironmentVariable(PostgresVariable)
                ?? throw new InvalidOperationException($"{PostgresVariable} is not set");
            var name = $"calcine_test_{Guid.NewGuid():N}";
            await using (var admin = new NpgsqlConnection(server))
            {
                await admin.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
                await create.ExecuteNonQueryAsync();
            }

            var cs = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
            db = new TestDatabase(new StorageOptions(StorageProvider.Postgres, cs), async () =>
            {
                NpgsqlConnection.ClearAllPools();
                await using var admin = new NpgsqlConnection(server);
                await admin.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", admin);
                await drop.ExecuteNonQueryAsync();
            });
        }

        await using var context = db.CreateContext();
        await context.Database.MigrateAsync();
        return db;
    }

    public CalcineDbContext CreateContext() => CalcineDbContextFactory.Create(Options);

    public async ValueTask DisposeAsync() => await cleanup();
}
