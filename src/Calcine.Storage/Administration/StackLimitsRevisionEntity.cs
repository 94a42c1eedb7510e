using Calcine.Storage.Audit;

namespace Calcine.Storage.Administration;

/// <summary>One saved version of what a stack is judged by: its rule set, GB 4915 variant and permit
/// limit set (docs/formats/cems-limits.md), with its clock. The stack row holds the current one;
/// these rows keep every earlier one, numbered per stack, and each is audited when written.</summary>
public sealed class StackLimitsRevisionEntity : IAudited
{
    public AuditScope TenantScope() => new(null, PlantId);

    public int Id { get; set; }
    public int StackId { get; set; }
    /// <summary>The stack's plant when the revision was made (the audit log's tenant).</summary>
    public int? PlantId { get; set; }
    /// <summary>1 for the stack's first configuration, then one more per saved change.</summary>
    public int Revision { get; set; }
    public string? Rules { get; set; }
    public string? Standard { get; set; }
    public string? LimitsJson { get; set; }
    public int UtcOffsetMinutes { get; set; }
    public required string ByUserId { get; set; }
    public DateTime AtUtc { get; set; }
    /// <summary>The months ("2026-03, 2026-04") whose evaluation the change altered and that were re-run.</summary>
    public string? MonthsRerun { get; set; }
}
