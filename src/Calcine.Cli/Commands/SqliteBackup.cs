using Calcine.Storage;
using Microsoft.Data.Sqlite;

namespace Calcine.Cli.Commands;

/// <summary>Copies of the embedded SQLite database through SQLite's online backup API, which copies a
/// consistent snapshot page by page even while the host writes (a file copy of a WAL database may not be).</summary>
public static class SqliteBackup
{
    /// <summary>Writes a snapshot of the database to a new file; the error to report, or null.</summary>
    public static string? Backup(StorageOptions storage, string file)
    {
        var target = Path.GetFullPath(file);
        if (File.Exists(target))
        {
            return $"{file}: exists already; choose a new file (a backup never overwrites)";
        }

        if (Path.GetDirectoryName(target) is { } folder && !Directory.Exists(folder))
        {
            return $"{file}: folder {folder} does not exist";
        }

        if (MissingDatabase(storage) is { } missing)
        {
            return missing;
        }

        using var source = Open(storage.ConnectionString, SqliteOpenMode.ReadWrite);
        using var destination = Open($"Data Source={target}", SqliteOpenMode.ReadWriteCreate);
        source.BackupDatabase(destination);
        return null;
    }

    /// <summary>Replaces the database's content with a backup's, after checking the backup is a whole
    /// Calcine database; the error to report, or null. The host must be stopped.</summary>
    public static string? Restore(StorageOptions storage, string file)
    {
        var path = Path.GetFullPath(file);
        if (!File.Exists(path))
        {
            return $"{file}: no such file";
        }

        using var backup = Open($"Data Source={path}", SqliteOpenMode.ReadOnly);
        if (Check(backup) is { } problem)
        {
            return $"{file}: {problem}; nothing was restored";
        }

        using var target = Open(storage.ConnectionString, SqliteOpenMode.ReadWriteCreate);
        backup.BackupDatabase(target);
        return null;
    }

    private static string? Check(SqliteConnection backup)
    {
        try
        {
            using var integrity = backup.CreateCommand();
            integrity.CommandText = "PRAGMA integrity_check";
            if (integrity.ExecuteScalar() as string != "ok")
            {
                return "fails SQLite's integrity check";
            }

            using var migrations = backup.CreateCommand();
            migrations.CommandText = "SELECT COUNT(*) FROM \"__EFMigrationsHistory\"";
            return Convert.ToInt64(migrations.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0 ? null : "is not a migrated Calcine database";
        }
        catch (SqliteException ex)
        {
            return $"is not a Calcine SQLite database ({ex.Message})";
        }
    }

    private static string? MissingDatabase(StorageOptions storage)
    {
        var dataSource = new SqliteConnectionStringBuilder(storage.ConnectionString).DataSource;
        return File.Exists(dataSource) ? null : $"database {dataSource} does not exist";
    }

    private static SqliteConnection Open(string connectionString, SqliteOpenMode mode)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { Mode = mode, Pooling = false };
        var connection = new SqliteConnection(builder.ConnectionString);
        connection.Open();
        return connection;
    }
}
