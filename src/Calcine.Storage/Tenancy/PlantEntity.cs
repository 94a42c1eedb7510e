using Calcine.Storage.Audit;
using Calcine.Storage.Cems;

namespace Calcine.Storage.Tenancy;

/// <summary>A cement plant and its profile (kilns, mills, monitored stacks).</summary>
public sealed class PlantEntity : IAudited
{
    public AuditScope TenantScope() => new(CompanyId, Id);

    public int Id { get; set; }
    public int CompanyId { get; set; }
    public CompanyEntity? Company { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    /// <summary>The regulating jurisdiction (ISO 3166-2, e.g. CN-AH): what a regulator's role is scoped to.</summary>
    public required string Jurisdiction { get; set; }
    /// <summary>Optimistic concurrency token: every accepted edit increments it, so two editors never
    /// silently overwrite each other. Portable across SQLite and PostgreSQL (no xmin, no rowversion).</summary>
    public int Version { get; set; } = 1;
    public List<KilnEntity> Kilns { get; set; } = [];
    public List<MillEntity> Mills { get; set; } = [];
    public List<StackEntity> Stacks { get; set; } = [];
}
