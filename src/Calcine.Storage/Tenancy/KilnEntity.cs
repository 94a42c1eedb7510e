using Calcine.Storage.Audit;
namespace Calcine.Storage.Tenancy;

/// <summary>A clinker kiln of a plant; the process type (dry with preheater/precalciner, semi-dry,
/// wet, shaft) decides which methods and plausibility ranges apply.</summary>
public sealed class KilnEntity : IAudited
{
    public AuditScope TenantScope() => new(null, PlantId);

    public int Id { get; set; }
    public int PlantId { get; set; }
    public required string Name { get; set; }
    public required string ProcessType { get; set; }
}
