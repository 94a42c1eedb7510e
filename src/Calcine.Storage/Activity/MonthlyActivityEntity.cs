using Calcine.Storage.Audit;
namespace Calcine.Storage.Activity;

/// <summary>One month of a plant's activity data, stored as a monthly-activity/1 JSON document
/// (docs/formats/monthly-activity.md): the Application layer validates and aggregates it; the
/// database only keeps it, so no accounting decimal is summed in SQL.</summary>
public sealed class MonthlyActivityEntity : IAudited
{
    /// <summary>The year's plant, when the year is loaded with its months (the data endpoints always do).</summary>
    public AuditScope TenantScope() => new(null, PlantYear?.PlantId);

    public int Id { get; set; }
    public int PlantYearId { get; set; }
    public PlantYearEntity? PlantYear { get; set; }
    public int Month { get; set; }
    public required string Json { get; set; }
    /// <summary>Optimistic concurrency token of this month: two editors of one month never
    /// silently overwrite each other, while editors of different months do not collide.</summary>
    public int Version { get; set; } = 1;
    public DateTimeOffset UpdatedUtc { get; set; }
    public string? UpdatedBy { get; set; }
}
