using Microsoft.Data.Sqlite;

namespace Calcine.Storage.Cems;

/// <summary>SQLite: one transaction per batch with one prepared INSERT OR IGNORE; the unique
/// (device, CN, data time) index turns a resent packet into a no-op.</summary>
public sealed class SqliteFrameStore(string connectionString) : ICemsFrameStore
{
    public async Task<FrameWriteOutcome[]> WriteBatchAsync(IReadOnlyList<IncomingFrame> frames, CancellationToken cancellationToken)
    {
        var outcomes = new FrameWriteOutcome[frames.Count];
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var pragma = connection.CreateCommand())
        {
            // WAL with synchronous=FULL: a committed batch survives a process kill and a power cut.
            pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=5000;";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var insert = connection.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText = """
            INSERT OR IGNORE INTO cems_frames ("DeviceId", "Cn", "DataTimeUtc", "Part", "Qn", "ReceivedUtc", "Cp")
            VALUES ($device, $cn, $time, $part, $qn, $received, $cp)
            """;
        var device = insert.Parameters.Add("$device", SqliteType.Integer);
        var cn = insert.Parameters.Add("$cn", SqliteType.Integer);
        var time = insert.Parameters.Add("$time", SqliteType.Integer);
        var part = insert.Parameters.Add("$part", SqliteType.Integer);
        var qn = insert.Parameters.Add("$qn", SqliteType.Text);
        var received = insert.Parameters.Add("$received", SqliteType.Integer);
        var cp = insert.Parameters.Add("$cp", SqliteType.Text);
        insert.Prepare();
        for (var i = 0; i < frames.Count; i++)
        {
            var f = frames[i];
            device.Value = f.DeviceId;
            cn.Value = f.Cn;
            time.Value = f.DataTimeUtc.Ticks;
            part.Value = f.Part;
            qn.Value = (object?)f.Qn ?? DBNull.Value;
            received.Value = f.ReceivedUtc.Ticks;
            cp.Value = f.Cp;
            var rows = await insert.ExecuteNonQueryAsync(cancellationToken);
            outcomes[i] = rows == 1 ? FrameWriteOutcome.Stored : FrameWriteOutcome.Duplicate;
        }

        await tx.CommitAsync(cancellationToken);
        return outcomes;
    }
}
