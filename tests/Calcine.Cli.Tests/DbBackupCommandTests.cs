using Calcine.TestKit.Databases;
using Microsoft.Data.Sqlite;

namespace Calcine.Cli.Tests;

/// <summary>`calcine db backup` / `db restore` on a real SQLite database with audited rows: a
/// restore after the database is wiped gives back every table's rows and an intact audit chain.</summary>
public sealed class DbBackupCommandTests
{
    private static async Task<Dictionary<string, long>> RowCountsAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var counts = new Dictionary<string, long>();
        foreach (var table in tables)
        {
            await using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            counts[table] = (long)(await count.ExecuteScalarAsync())!;
        }

        return counts;
    }

    private static string TempFile() => Path.Combine(Path.GetTempPath(), $"calcine-backup-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task BackupWipeRestore_AuditedDatabase_KeepsEveryTablesRowsAndTheAuditChain()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await AuditTamper.SeedPlantsAsync(database, 3);
        var cs = database.Options.ConnectionString;
        var admin = InProcessCli.Run("admin", "create", "--email", "ops@plant.example", "--provider", "sqlite", "--connection", cs);
        Assert.Equal(0, admin.ExitCode);
        var before = await RowCountsAsync(cs);
        var file = TempFile();
        try
        {
            var backup = InProcessCli.Run("db", "backup", file, "--provider", "sqlite", "--connection", cs);
            Assert.Equal((0, ""), (backup.ExitCode, backup.StandardError));

            SqliteConnection.ClearAllPools();
            var path = new SqliteConnectionStringBuilder(cs).DataSource;
            foreach (var f in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(f);
            }

            var restore = InProcessCli.Run("db", "restore", file, "--provider", "sqlite", "--connection", cs);
            Assert.Equal((0, ""), (restore.ExitCode, restore.StandardError));

            var after = await RowCountsAsync(cs);
            Assert.Equal(before, after);
            Assert.True(before["audit_log"] >= 5 && before["plants"] == 3 && before["users"] == 1, string.Join(", ", before));
            var verify = InProcessCli.Run("audit", "verify", "--provider", "sqlite", "--connection", cs);
            Assert.Equal(0, verify.ExitCode);
            Assert.StartsWith($"audit log intact: {before["audit_log"]} entries", verify.StandardOutput, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Backup_FileExists_RefusesAndLeavesItAlone()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        var file = TempFile();
        await File.WriteAllTextAsync(file, "keep me");
        try
        {
            var outcome = InProcessCli.Run("db", "backup", file, "--provider", "sqlite", "--connection", database.Options.ConnectionString);

            Assert.Equal(1, outcome.ExitCode);
            Assert.Equal($"error: {file}: exists already; choose a new file (a backup never overwrites)", outcome.StandardError.TrimEnd());
            Assert.Equal("keep me", await File.ReadAllTextAsync(file));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Restore_NotADatabase_FailsAndLeavesTheDatabaseAlone()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await AuditTamper.SeedPlantsAsync(database, 2);
        var before = await RowCountsAsync(database.Options.ConnectionString);
        var file = TempFile();
        await File.WriteAllTextAsync(file, "plant,year\nNR-01,2024\n");
        try
        {
            var outcome = InProcessCli.Run("db", "restore", file, "--provider", "sqlite", "--connection", database.Options.ConnectionString);

            Assert.Equal(1, outcome.ExitCode);
            Assert.StartsWith($"error: {file}: is not a Calcine SQLite database", outcome.StandardError, StringComparison.Ordinal);
            Assert.EndsWith("nothing was restored", outcome.StandardError.TrimEnd(), StringComparison.Ordinal);
            Assert.Equal(before, await RowCountsAsync(database.Options.ConnectionString));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Backup_Postgres_PointsToPgDump()
    {
        var outcome = InProcessCli.Run("db", "backup", "x.dump", "--provider", "postgres", "--connection", "Host=127.0.0.1;Database=calcine");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("pg_dump", outcome.StandardError, StringComparison.Ordinal);
    }
}
