using Calcine.Storage.Audit;
namespace Calcine.Storage.Tenancy;

/// <summary>A producer: the tenant that owns plants and their data.</summary>
public sealed class CompanyEntity : IAudited
{
    public AuditScope TenantScope() => new(Id, null);

    public int Id { get; set; }
    public int AssociationId { get; set; }
    public AssociationEntity? Association { get; set; }
    public required string Name { get; set; }
    public List<PlantEntity> Plants { get; set; } = [];
}
