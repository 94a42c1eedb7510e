using System.Collections.Concurrent;
using Npgsql;

namespace Calcine.TestKit.Databases;

/// <summary>Migrated and seeded databases made once per test run and copied for each fixture that
/// needs the same start. Left for the process's exit: a template is read by copies until the last
/// fixture is made.</summary>
internal static class DatabaseTemplates
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<TestDatabase>>> Templates = new(StringComparer.Ordinal);

    static DatabaseTemplates() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        foreach (var template in Templates.Values.Where(t => t.IsValueCreated && t.Value.IsCompletedSuccessfully))
        {
            template.Value.Result.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    };

    public static Task<TestDatabase> GetAsync(string provider, string key, Func<TestDatabase, Task> seed) =>
        Templates.GetOrAdd($"{provider}\n{key}", _ => new Lazy<Task<TestDatabase>>(() => MakeAsync(provider, seed))).Value;

    private static async Task<TestDatabase> MakeAsync(string provider, Func<TestDatabase, Task> seed)
    {
        var template = await TestDatabase.CreateAsync(provider);
        await seed(template);
        if (template.PostgresName is { } name)
        {
            // CREATE DATABASE … TEMPLATE needs the template without sessions, pooled ones included.
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable));
            await admin.OpenAsync();
            await using var end = new NpgsqlCommand($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}' AND pid <> pg_backend_pid()", admin);
            await end.ExecuteNonQueryAsync();
        }

        return template;
    }
}
