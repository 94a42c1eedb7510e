using Calcine.Storage.Audit;

namespace Calcine.Storage.Cems;

/// <summary>The plant's explanation of an exceedance event. Events are not stored (they are derived
/// on read, so late data can move them); the explanation is keyed by what identifies an event: the
/// stack, the pollutant and the UTC start of its first hour.</summary>
public sealed class ExceedanceExplanationEntity : IAudited
{
    public const int MaxText = 4000;

    public AuditScope TenantScope() => new(null, PlantId);

    public int Id { get; set; }
    public int StackId { get; set; }
    /// <summary>The stack's plant when the explanation was written: the audit log's tenant.</summary>
    public int PlantId { get; set; }
    /// <summary>pm, so2, nox or nh3.</summary>
    public required string Pollutant { get; set; }
    public DateTime EventStartUtc { get; set; }
    public required string Text { get; set; }
    public required string UpdatedById { get; set; }
    public string? UpdatedByName { get; set; }
    public DateTimeOffset UpdatedUtc { get; set; }
}
