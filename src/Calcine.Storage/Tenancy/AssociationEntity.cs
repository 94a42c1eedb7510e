using Calcine.Storage.Audit;

namespace Calcine.Storage.Tenancy;

/// <summary>An industry association: the top tenant, whose analysts compare its member companies.</summary>
public sealed class AssociationEntity : IAudited
{
    public AuditScope TenantScope() => AuditScope.None;

    public int Id { get; set; }
    public required string Name { get; set; }
    public List<CompanyEntity> Companies { get; set; } = [];
}
