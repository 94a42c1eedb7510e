namespace Calcine.Storage.Audit;

/// <summary>One row of the append-only, hash-chained <c>audit_log</c>. Rows are only ever inserted
/// (by <see cref="AuditLogWriter"/>); a database trigger rejects UPDATE and DELETE.</summary>
public sealed class AuditEntryEntity
{
    /// <summary>1, 2, 3, … without gaps: assigned under the audit lock, never by the database.</summary>
    public long Sequence { get; set; }
    /// <summary>UTC, truncated to whole microseconds so both providers store it exactly.</summary>
    public DateTime At { get; set; }
    public required string ActorKind { get; set; }
    public required string ActorId { get; set; }
    public string? ActorName { get; set; }
    public int? CompanyId { get; set; }
    public int? PlantId { get; set; }
    public required string EntityType { get; set; }
    public required string EntityKey { get; set; }
    /// <summary>create, update or delete.</summary>
    public required string Action { get; set; }
    /// <summary>JSON object: every audited property for a delete, the changed ones for an update.</summary>
    public string? Before { get; set; }
    public string? After { get; set; }
    public string? Reason { get; set; }
    public required string PreviousHash { get; set; }
    public required string Hash { get; set; }
}
