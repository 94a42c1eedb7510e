using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Calcine.Storage.Audit;

/// <summary>What the audited tables imply about the log: every row of an <see cref="IAudited"/>
/// entity was created through the interceptor, so the log holds at least as many creates (less
/// deletes) of that type as the table has rows. An emptied log, or one cut before the creates of
/// rows that still exist, has fewer — a chain cannot show that from inside.</summary>
public static class AuditCoverage
{
    /// <summary>The first audited type with more rows than its entries account for, or null.</summary>
    public static async Task<string?> FindShortfallAsync(CalcineDbContext db, CancellationToken ct)
    {
        var logged = await db.AuditLog.AsNoTracking()
            .GroupBy(e => new { e.EntityType, e.Action })
            .Select(g => new { g.Key.EntityType, g.Key.Action, Count = g.LongCount() })
            .ToListAsync(ct);
        foreach (var type in db.Model.GetEntityTypes().Where(t => typeof(IAudited).IsAssignableFrom(t.ClrType)).OrderBy(t => t.ClrType.Name, StringComparer.Ordinal))
        {
            var name = type.ClrType.Name.EndsWith("Entity", StringComparison.Ordinal) ? type.ClrType.Name[..^"Entity".Length] : type.ClrType.Name;
            var implied = logged.Where(l => l.EntityType == name && l.Action == "create").Sum(l => l.Count)
                - logged.Where(l => l.EntityType == name && l.Action == "delete").Sum(l => l.Count);
            var rows = await CountRowsAsync(db, type.GetSchema(), type.GetTableName()!, ct);
            if (rows > implied)
            {
                return $"the log is shorter than the audited rows imply: {rows.ToString(CultureInfo.InvariantCulture)} {name} rows exist, "
                    + $"but the log accounts for {Math.Max(implied, 0).ToString(CultureInfo.InvariantCulture)} (creates less deletes)";
            }
        }

        return null;
    }

    private static async Task<long> CountRowsAsync(CalcineDbContext db, string? schema, string table, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(ct);
        }

        try
        {
            await using var command = connection.CreateCommand();
            // Names come from the EF model, never from input.
            command.CommandText = schema is null ? $"SELECT COUNT(*) FROM \"{table}\"" : $"SELECT COUNT(*) FROM \"{schema}\".\"{table}\"";
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            return Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }
}
