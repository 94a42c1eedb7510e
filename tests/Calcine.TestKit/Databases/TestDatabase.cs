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
        var db = await CreateEmptyAsync(provider, template: null);
        await using var context = db.CreateContext();
        await context.Database.MigrateAsync();
        return db;
    }

    /// <summary>A database of its own for one test or fixture, copied from a template that
    /// <paramref name="seed"/> fills once per test run for each provider and <paramref name="key"/>
    /// (a copied SQLite file; a PostgreSQL <c>CREATE DATABASE … TEMPLATE …</c>).</summary>
    public static async Task<TestDatabase> CreateFromTemplateAsync(string provider, string key, Func<TestDatabase, Task> seed)
    {
        var template = await DatabaseTemplates.GetAsync(provider, key, seed);
        if (provider == "sqlite")
        {
            var db = await CreateEmptyAsync(provider, template: null);
            File.Copy(template.SqlitePath!, db.SqlitePath!, overwrite: true);
            return db;
        }

        // One copy at a time: PostgreSQL refuses a template that another session is reading.
        await TemplateCopies.WaitAsync();
        try
        {
            return await CreateEmptyAsync(provider, template.PostgresName);
        }
        finally
        {
            TemplateCopies.Release();
        }
    }

    private static readonly SemaphoreSlim TemplateCopies = new(1, 1);

    /// <summary>The file of a SQLite database (null on PostgreSQL).</summary>
    internal string? SqlitePath { get; private init; }

    /// <summary>The name of a PostgreSQL database (null on SQLite).</summary>
    internal string? PostgresName { get; private init; }

    internal static async Task<TestDatabase> CreateEmptyAsync(string provider, string? template)
    {
        if (provider == "sqlite")
        {
            var path = Path.Combine(Path.GetTempPath(), $"calcine-test-{Guid.NewGuid():N}.db");
            return new TestDatabase(new StorageOptions(StorageProvider.Sqlite, $"Data Source={path};Pooling=False"), () =>
            {
                foreach (var f in new[] { path, path + "-wal", path + "-shm" })
                {
                    File.Delete(f);
                }

                return Task.CompletedTask;
            })
            { SqlitePath = path };
        }

        var server = Environment.GetEnvironmentVariable(PostgresVariable)
            ?? throw new InvalidOperationException($"{PostgresVariable} is not set");
        var name = $"calcine_test_{Guid.NewGuid():N}";
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            var sql = template is null ? $"CREATE DATABASE {name}" : $"CREATE DATABASE {name} TEMPLATE {template}";
            await using var create = new NpgsqlCommand(sql, admin);
            await create.ExecuteNonQueryAsync();
        }

        var cs = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        return new TestDatabase(new StorageOptions(StorageProvider.Postgres, cs), async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(server);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        })
        { PostgresName = name };
    }

    public CalcineDbContext CreateContext() => CalcineDbContextFactory.Create(Options);

    public async ValueTask DisposeAsync() => await cleanup();
}
