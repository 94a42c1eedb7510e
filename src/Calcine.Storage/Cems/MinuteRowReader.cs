using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Storage.Cems;

/// <summary>Receives one stored minute; the span is valid only during the call.</summary>
public delegate void MinuteRowHandler(DateTime minuteUtc, ReadOnlySpan<byte> data);

/// <summary>The bulk read path of <c>cems_minutes</c>: a stack-year is 525,600 rows, and reading
/// them through the ADO.NET reader avoids EF's object per row (on PostgreSQL into one reused
/// buffer, without an array per blob).</summary>
public static class MinuteRowReader
{
    private const int MaxRecordBytes = 1024;

    /// <summary>Minutes of [fromUtc, toUtc) of one stack, in time order.</summary>
    public static async Task ReadAsync(CalcineDbContext db, int stackId, DateTime fromUtc, DateTime toUtc, MinuteRowHandler onRow, CancellationToken ct)
    {
        var sqlite = db.Database.IsSqlite();
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(ct);
        }

        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = """SELECT "MinuteUtc", "Data" FROM cems_minutes WHERE "StackId" = @stack AND "MinuteUtc" >= @from AND "MinuteUtc" < @to ORDER BY "MinuteUtc" """;
            Add(command, "@stack", stackId);
            // SQLite keeps instants as UTC ticks (UtcTicksConverter); PostgreSQL as timestamptz.
            Add(command, "@from", sqlite ? fromUtc.Ticks : DateTime.SpecifyKind(fromUtc, DateTimeKind.Utc));
            Add(command, "@to", sqlite ? toUtc.Ticks : DateTime.SpecifyKind(toUtc, DateTimeKind.Utc));
            // SQLite: GetFieldValue<byte[]> reads the column blob directly (GetBytes goes through a
            // stream that looks up column metadata on every call, ten times slower). PostgreSQL:
            // sequential access into one reused buffer.
            await using var reader = await command.ExecuteReaderAsync(sqlite ? System.Data.CommandBehavior.Default : System.Data.CommandBehavior.SequentialAccess, ct);
            var buffer = new byte[MaxRecordBytes];
            while (await reader.ReadAsync(ct))
            {
                if (sqlite)
                {
                    onRow(new DateTime(reader.GetInt64(0), DateTimeKind.Utc), reader.GetFieldValue<byte[]>(1));
                    continue;
                }

                var minute = DateTime.SpecifyKind(reader.GetDateTime(0), DateTimeKind.Utc);
                var length = (int)reader.GetBytes(1, 0, buffer, 0, buffer.Length);
                if (length == buffer.Length && reader.GetBytes(1, length, null, 0, 0) > length)
                {
                    throw new InvalidDataException($"Stored minute {minute:O} of stack {stackId} is longer than {MaxRecordBytes} bytes.");
                }

                onRow(minute, buffer.AsSpan(0, length));
            }
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        command.Parameters.Add(p);
    }
}
