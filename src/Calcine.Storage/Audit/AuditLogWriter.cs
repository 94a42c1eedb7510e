using System.Data.Common;
using Calcine.Storage.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Calcine.Storage.Audit;

/// <summary>One change to append: what the interceptor saw, before the chain fields are known.</summary>
public sealed record AuditDraft(string EntityType, string EntityKey, string Action, string? Before, string? After, AuditScope Scope);

/// <summary>Appends entries to the chain inside the caller's transaction. The chain stays linear
/// under concurrent writers because the tail is read under a lock held to commit: PostgreSQL's
/// transaction-scoped advisory lock; on SQLite the transaction already holds the database's single
/// write lock (BEGIN IMMEDIATE, and the entity rows were written first). The primary key on the
/// sequence is the backstop: a fork would fail to insert rather than commit.</summary>
public static class AuditLogWriter
{
    /// <summary>"CALCINE" in ASCII: the one advisory lock key the platform uses for the audit chain.</summary>
    public const long PostgresLockKey = 0x43414C43494E45;

    public static async Task AppendAsync(DbContext context, IReadOnlyList<AuditDraft> drafts, AuditContext audit, DateTime utcNow, CancellationToken ct)
    {
        var transaction = context.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("audit entries are written inside the transaction of the change");
        var connection = transaction.Connection!;
        if (context.Database.IsNpgsql())
        {
            await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({PostgresLockKey})", ct);
        }

        var (sequence, previous) = await TailAsync(connection, transaction, ct);
        var at = AuditHash.Truncate(utcNow);
        foreach (var draft in drafts)
        {
            var scope = draft.Scope;
            if (scope.CompanyId is null && scope.PlantId is { } plant)
            {
                scope = scope with { CompanyId = await PlantCompanyAsync(context, connection, transaction, plant, ct) };
            }

            var entry = new AuditEntryEntity
            {
                Sequence = ++sequence,
                At = at,
                ActorKind = audit.Actor.Kind,
                ActorId = audit.Actor.Id,
                ActorName = audit.Actor.Name,
                CompanyId = scope.CompanyId,
                PlantId = scope.PlantId,
                EntityType = draft.EntityType,
                EntityKey = draft.EntityKey,
                Action = draft.Action,
                Before = draft.Before,
                After = draft.After,
                Reason = audit.Reason,
                PreviousHash = previous,
                Hash = "",
            };
            entry.Hash = AuditHash.Compute(entry);
            await InsertAsync(connection, transaction, entry, ct);
            previous = entry.Hash;
        }
    }

    private static async Task<(long Sequence, string Hash)> TailAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct)
    {
        await using var command = Command(connection, transaction, """SELECT "Sequence", "Hash" FROM "audit_log" ORDER BY "Sequence" DESC LIMIT 1""");
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? (reader.GetInt64(0), reader.GetString(1)) : (0, AuditHash.Genesis);
    }

    /// <summary>A kiln or a plant-scoped grant names only its plant; its company comes from the
    /// tracked plant if there is one, else from the database.</summary>
    private static async Task<int?> PlantCompanyAsync(DbContext context, DbConnection connection, DbTransaction transaction, int plantId, CancellationToken ct)
    {
        var tracked = context.ChangeTracker.Entries<PlantEntity>().FirstOrDefault(e => e.Entity.Id == plantId);
        if (tracked is not null)
        {
            return tracked.Entity.CompanyId;
        }

        await using var command = Command(connection, transaction, """SELECT "CompanyId" FROM "plants" WHERE "Id" = @plant""");
        Add(command, "plant", plantId);
        return await command.ExecuteScalarAsync(ct) is { } value and not DBNull ? Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    private static async Task InsertAsync(DbConnection connection, DbTransaction transaction, AuditEntryEntity e, CancellationToken ct)
    {
        await using var command = Command(connection, transaction, """
            INSERT INTO "audit_log" ("Sequence", "At", "ActorKind", "ActorId", "ActorName", "CompanyId", "PlantId",
                "EntityType", "EntityKey", "Action", "Before", "After", "Reason", "PreviousHash", "Hash")
            VALUES (@sequence, @at, @actorKind, @actorId, @actorName, @companyId, @plantId,
                @entityType, @entityKey, @action, @before, @after, @reason, @previousHash, @hash)
            """);
        Add(command, "sequence", e.Sequence);
        Add(command, "at", e.At);
        Add(command, "actorKind", e.ActorKind);
        Add(command, "actorId", e.ActorId);
        Add(command, "actorName", e.ActorName, System.Data.DbType.String);
        Add(command, "companyId", e.CompanyId, System.Data.DbType.Int32);
        Add(command, "plantId", e.PlantId, System.Data.DbType.Int32);
        Add(command, "entityType", e.EntityType);
        Add(command, "entityKey", e.EntityKey);
        Add(command, "action", e.Action);
        Add(command, "before", e.Before, System.Data.DbType.String);
        Add(command, "after", e.After, System.Data.DbType.String);
        Add(command, "reason", e.Reason, System.Data.DbType.String);
        Add(command, "previousHash", e.PreviousHash);
        Add(command, "hash", e.Hash);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken ct)
    {
        await using var command = Command(connection, transaction, sql);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static void Add(DbCommand command, string name, object? value, System.Data.DbType? type = null)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value ?? DBNull.Value;
        if (type is { } t)
        {
            p.DbType = t;
        }

        command.Parameters.Add(p);
    }
}
