using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Calcine.Storage;
using Calcine.TestKit.Databases;
using Npgsql;

namespace Calcine.Web.Tests.Hosting;

/// <summary>Liveness and readiness on the running host: ready only while the database answers and
/// the HJ 212 listener accepts; /health answers as readiness for earlier callers.</summary>
public sealed class HealthEndpointTests
{
    private static readonly Dictionary<string, string> NoDemo = new() { ["Demo:Seed"] = "false" };

    private static async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    /// <summary>Polls until the path answers <paramref name="expected"/>; the time it took.</summary>
    private static async Task<TimeSpan> UntilAsync(HttpClient http, string path, HttpStatusCode expected, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while ((await GetAsync(http, path)).Status != expected)
        {
            Assert.True(clock.Elapsed < limit, $"{path} did not answer {(int)expected} within {limit.TotalSeconds} s");
            await Task.Delay(200);
        }

        return clock.Elapsed;
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Ready_DatabaseAndListenerUp_AnswersOkWithEachCheck(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var platform = await InProcessPlatform.StartAsync(database.Options, NoDemo);
        using var http = new HttpClient { BaseAddress = platform.BaseAddress };

        foreach (var path in new[] { "health/ready", "health" })
        {
            var (status, body) = await GetAsync(http, path);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal("ok", body.GetProperty("status").GetString());
            Assert.Equal("healthy", body.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
            Assert.Equal("healthy", body.GetProperty("checks").GetProperty("hj212-listener").GetProperty("status").GetString());
        }

        Assert.Equal(HttpStatusCode.OK, (await GetAsync(http, "health/live")).Status);
    }

    [Fact]
    public async Task Ready_NothingListensOnTheDatabasePort_Answers503WhileLiveAnswers200()
    {
        var port = Calcine.TestKit.Platform.PlatformProcess.FreePort();
        var storage = new StorageOptions(StorageProvider.Postgres, $"Host=127.0.0.1;Port={port};Username=calcine;Database=calcine;Timeout=2");
        var settings = new Dictionary<string, string>(NoDemo) { ["Storage:MigrateOnStart"] = "false" };
        await using var platform = await InProcessPlatform.StartAsync(storage, settings);
        using var http = new HttpClient { BaseAddress = platform.BaseAddress };

        var clock = Stopwatch.StartNew();
        var (status, body) = await GetAsync(http, "health/ready");

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"readiness took {clock.Elapsed}");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("unavailable", body.GetProperty("status").GetString());
        Assert.Equal("unhealthy", body.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await GetAsync(http, "health")).Status);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(http, "health/live")).Status);
    }

    [Fact]
    public async Task Ready_PostgresDatabaseClosedAndReopened_503Within5sThen200Within5s()
    {
        if (!TestDatabase.PostgresConfigured)
        {
            return; // PostgreSQL-only; SQLite has no server to lose.
        }

        await using var database = await TestDatabase.CreateAsync("postgres");
        await using var platform = await InProcessPlatform.StartAsync(database.Options, NoDemo);
        using var http = new HttpClient { BaseAddress = platform.BaseAddress };
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(http, "health/ready")).Status);
        var name = new NpgsqlConnectionStringBuilder(database.Options.ConnectionString).Database!;

        // The database goes away for the host: no new connections, the open ones cut.
        await AdminAsync($"ALTER DATABASE {name} ALLOW_CONNECTIONS false; SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'");
        await UntilAsync(http, "health/ready", HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(5));
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(http, "health/live")).Status);

        await AdminAsync($"ALTER DATABASE {name} ALLOW_CONNECTIONS true");
        await UntilAsync(http, "health/ready", HttpStatusCode.OK, TimeSpan.FromSeconds(5));
    }

    private static async Task AdminAsync(string sql)
    {
        await using var admin = new NpgsqlConnection(Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable));
        await admin.OpenAsync();
        await using var command = new NpgsqlCommand(sql, admin);
        await command.ExecuteNonQueryAsync();
    }
}
