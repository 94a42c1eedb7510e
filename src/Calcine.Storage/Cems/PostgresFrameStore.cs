using Npgsql;
using NpgsqlTypes;

namespace Calcine.Storage.Cems;

/// <summary>PostgreSQL: binary COPY of the batch into a temporary table, then one INSERT … ON
/// CONFLICT DO NOTHING into the partitioned table, all in one transaction. COPY cannot skip
/// duplicates itself; the staging table lets the batch keep COPY's speed and stay idempotent.</summary>
public sealed class PostgresFrameStore(NpgsqlDataSource dataSource) : ICemsFrameStore
{
    private readonly CemsPartitions partitions = new();

    public async Task<FrameWriteOutcome[]> WriteBatchAsync(IReadOnlyList<IncomingFrame> frames, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await partitions.EnsureAsync(connection, frames, cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        await using (var create = new NpgsqlCommand(
            """CREATE TEMP TABLE IF NOT EXISTS cems_frames_staging (ord int, "DeviceId" int, "Cn" smallint, "DataTimeUtc" timestamptz, "Part" smallint, "Qn" varchar(20), "ReceivedUtc" timestamptz, "Cp" text) ON COMMIT DELETE ROWS""",
            connection, tx))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var copy = await connection.BeginBinaryImportAsync(
            """COPY cems_frames_staging (ord, "DeviceId", "Cn", "DataTimeUtc", "Part", "Qn", "ReceivedUtc", "Cp") FROM STDIN (FORMAT BINARY)""", cancellationToken))
        {
            for (var i = 0; i < frames.Count; i++)
            {
                var f = frames[i];
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(i, NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(f.DeviceId, NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(f.Cn, NpgsqlDbType.Smallint, cancellationToken);
                await copy.WriteAsync(f.DataTimeUtc, NpgsqlDbType.TimestampTz, cancellationToken);
                await copy.WriteAsync(f.Part, NpgsqlDbType.Smallint, cancellationToken);
                if (f.Qn is null)
                {
                    await copy.WriteNullAsync(cancellationToken);
                }
                else
                {
                    await copy.WriteAsync(f.Qn, NpgsqlDbType.Varchar, cancellationToken);
                }

                await copy.WriteAsync(f.ReceivedUtc, NpgsqlDbType.TimestampTz, cancellationToken);
                await copy.WriteAsync(f.Cp, NpgsqlDbType.Text, cancellationToken);
            }

            await copy.CompleteAsync(cancellationToken);
        }

        var outcomes = new FrameWriteOutcome[frames.Count];
        Array.Fill(outcomes, FrameWriteOutcome.Duplicate);
        await using (var insert = new NpgsqlCommand(
            """
            INSERT INTO cems_frames ("DeviceId", "Cn", "DataTimeUtc", "Part", "Qn", "ReceivedUtc", "Cp")
            SELECT DISTINCT ON ("DeviceId", "Cn", "DataTimeUtc", "Part") "DeviceId", "Cn", "DataTimeUtc", "Part", "Qn", "ReceivedUtc", "Cp"
            FROM cems_frames_staging ORDER BY "DeviceId", "Cn", "DataTimeUtc", "Part", ord
            ON CONFLICT ("DeviceId", "Cn", "DataTimeUtc", "Part") DO NOTHING
            RETURNING "DeviceId", "Cn", "DataTimeUtc", "Part"
            """, connection, tx))
        {
            var stored = new HashSet<(int, short, DateTime, short)>();
            await using var reader = await insert.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                stored.Add((reader.GetInt32(0), reader.GetInt16(1), reader.GetDateTime(2), reader.GetInt16(3)));
            }

            for (var i = 0; i < frames.Count; i++)
            {
                // Within one batch the first copy of a packet is the stored one; later copies are duplicates.
                if (stored.Remove((frames[i].DeviceId, frames[i].Cn, frames[i].DataTimeUtc, frames[i].Part)))
                {
                    outcomes[i] = FrameWriteOutcome.Stored;
                }
            }
        }

        await tx.CommitAsync(cancellationToken);
        return outcomes;
    }
}
