using Calcine.Storage.Activity;
using Calcine.Storage.Audit;

namespace Calcine.Storage.Verification;

/// <summary>What a verifier signed: the year's plant-year/1 document and its GCCA inventory as
/// they were at sign-off. Written once, never updated; reopening the year keeps it, and the next
/// sign-off adds the next number.</summary>
public sealed class PlantYearVersionEntity : IAudited
{
    public AuditScope TenantScope() => new(null, PlantYear?.PlantId);

    public int Id { get; set; }
    public int PlantYearId { get; set; }
    public PlantYearEntity? PlantYear { get; set; }
    /// <summary>1 for the first sign-off of the year, then 2, 3, …</summary>
    public int Number { get; set; }
    /// <summary>Kept out of the audit entry (it can be large); <see cref="DocumentSha256"/> is in
    /// it, so the hash chain pins the exact text signed.</summary>
    [NotAudited]
    public required string DocumentJson { get; set; }
    [NotAudited]
    public required string InventoryJson { get; set; }
    /// <summary>SHA-256, lower-case hex, of the UTF-8 <see cref="DocumentJson"/>.</summary>
    public required string DocumentSha256 { get; set; }
    public required string InventorySha256 { get; set; }
    public required string SignedById { get; set; }
    public string? SignedByName { get; set; }
    public DateTimeOffset SignedUtc { get; set; }
    /// <summary>The audit chain's head when the year was signed (before this sign-off's own
    /// entries): published with the version, so anyone holding it can later run
    /// <c>calcine audit verify --expect-head AuditHeadCount:AuditHeadHash</c>.</summary>
    public long AuditHeadCount { get; set; }
    public string AuditHeadHash { get; set; } = AuditHash.Genesis;
}
