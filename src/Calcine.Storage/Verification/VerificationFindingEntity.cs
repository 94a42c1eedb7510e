using Calcine.Storage.Activity;
using Calcine.Storage.Audit;

namespace Calcine.Storage.Verification;

/// <summary>A verifier's finding on a reporting year and the company's answer
/// (statuses in <see cref="Calcine.Domain.Verification.FindingStatus"/>).</summary>
public sealed class VerificationFindingEntity : IAudited
{
    public AuditScope TenantScope() => new(null, PlantYear?.PlantId);

    public int Id { get; set; }
    public int PlantYearId { get; set; }
    public PlantYearEntity? PlantYear { get; set; }
    public required string Text { get; set; }
    public required string Severity { get; set; }
    public required string Status { get; set; }
    public required string RaisedById { get; set; }
    public string? RaisedByName { get; set; }
    public DateTimeOffset RaisedUtc { get; set; }
    public string? Answer { get; set; }
    public string? AnsweredById { get; set; }
    public string? AnsweredByName { get; set; }
    public DateTimeOffset? AnsweredUtc { get; set; }
    public string? ClosedById { get; set; }
    public string? ClosedByName { get; set; }
    public DateTimeOffset? ClosedUtc { get; set; }
    /// <summary>Optimistic concurrency: an answer and a close racing each other cannot both win.</summary>
    public int Version { get; set; } = 1;
}
