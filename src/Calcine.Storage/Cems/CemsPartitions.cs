using System.Collections.Concurrent;
using System.Globalization;
using Npgsql;

namespace Calcine.Storage.Cems;

/// <summary>Creates the monthly partitions of cems_frames and cems_minutes (derived from the
/// frames, so never earlier) before the first frame of a month arrives.
/// A month whose rows already sit in the default partition stays there (PostgreSQL refuses to
/// create a partition that would take rows from the default one); nothing is lost either way.</summary>
public sealed class CemsPartitions
{
    private readonly ConcurrentDictionary<(int Year, int Month), bool> known = new();

    public async Task EnsureAsync(NpgsqlConnection connection, IReadOnlyList<IncomingFrame> frames, CancellationToken cancellationToken)
    {
        foreach (var f in frames)
        {
            var month = (f.DataTimeUtc.Year, f.DataTimeUtc.Month);
            if (known.ContainsKey(month))
            {
                continue;
            }

            foreach (var table in PartitionedTables)
            {
                await CreateAsync(connection, table, month, cancellationToken);
            }

            known[month] = true;
        }
    }

    /// <summary>The tables partitioned by month, each by its own time column.</summary>
    public static IReadOnlyList<string> PartitionedTables { get; } = ["cems_frames", "cems_minutes"];

    private static async Task CreateAsync(NpgsqlConnection connection, string table, (int Year, int Month) month, CancellationToken cancellationToken)
    {
        var from = new DateTime(month.Year, month.Month, 1, 0, 0, 0, DateTimeKind.Utc);
        var name = string.Create(CultureInfo.InvariantCulture, $"{table}_y{month.Year:0000}m{month.Month:00}");
        var sql = string.Create(CultureInfo.InvariantCulture,
            $"CREATE TABLE IF NOT EXISTS {name} PARTITION OF {table} FOR VALUES FROM ('{from:yyyy-MM-dd}') TO ('{from.AddMonths(1):yyyy-MM-dd}')");
        try
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.CheckViolation or PostgresErrorCodes.DuplicateTable or PostgresErrorCodes.UniqueViolation)
        {
            // Rows of this month already live in the default partition, or another writer won the race.
        }
    }
}
