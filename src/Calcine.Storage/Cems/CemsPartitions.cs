using System.Collections.Concurrent;
using System.Globalization;
using Npgsql;

namespace Calcine.Storage.Cems;

/// <summary>Creates the monthly partition of cems_frames before the first row of a month arrives.
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

            var from = new DateTime(month.Year, month.Month, 1, 0, 0, 0, DateTimeKind.Utc);
            var name = string.Create(CultureInfo.InvariantCulture, $"cems_frames_y{month.Year:0000}m{month.Month:00}");
            var sql = string.Create(CultureInfo.InvariantCulture,
                $"CREATE TABLE IF NOT EXISTS {name} PARTITION OF cems_frames FOR VALUES FROM ('{from:yyyy-MM-dd}') TO ('{from.AddMonths(1):yyyy-MM-dd}')");
            try
            {
                await using var command = new NpgsqlCommand(sql, connection);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.CheckViolation or PostgresErrorCodes.DuplicateTable or PostgresErrorCodes.UniqueViolation)
            {
                // Rows of this month already live in the default partition, or another writer won the race.
            }

            known[month] = true;
        }
    }
}
