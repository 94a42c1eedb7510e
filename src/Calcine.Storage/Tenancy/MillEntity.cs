using Calcine.Storage.Audit;
namespace Calcine.Storage.Tenancy;

/// <summary>A mill of a plant: raw meal, coal or cement grinding.</summary>
public sealed class MillEntity : IAudited
{
    public AuditScope TenantScope() => new(null, PlantId);

    public int Id { get; set; }
    public int PlantId { get; set; }
    public required string Name { get; set; }
    public required string MillType { get; set; }
}
