using Calcine.Storage.Audit;

namespace Calcine.Storage.Roadmaps;

/// <summary>One version of a lever library: the built-in seed (no association) or an association's
/// library, which copies the version it was based on and applies the association's own levers and
/// overrides. A version is never changed once written; a change is a new version.</summary>
public sealed class LeverLibraryVersionEntity : IAudited
{
    public AuditScope TenantScope() => AuditScope.None;

    public int Id { get; set; }
    /// <summary>Null for the built-in seed library.</summary>
    public int? AssociationId { get; set; }
    /// <summary>1, 2, … per association (and for the seed).</summary>
    public int Number { get; set; }
    public int? BasedOnId { get; set; }
    public required string Label { get; set; }
    /// <summary>The library's cards as JSON (levers in the scenario format, each with its sources).</summary>
    public required string LibraryJson { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset CreatedUtc { get; set; }
    public required string CreatedBy { get; set; }
}

/// <summary>A saved road-map scenario of a company or of an association (exactly one of the two);
/// its documents are the numbered <see cref="RoadmapScenarioVersionEntity"/> rows.</summary>
public sealed class RoadmapScenarioEntity : IAudited
{
    public AuditScope TenantScope() => new(CompanyId, null);

    public int Id { get; set; }
    public int? CompanyId { get; set; }
    public int? AssociationId { get; set; }
    public required string Name { get; set; }
    public int CurrentVersion { get; set; }
    /// <summary>Optimistic concurrency token: two saves of the same version cannot both win.</summary>
    public int Version { get; set; } = 1;
    public DateTimeOffset CreatedUtc { get; set; }
    public DateTimeOffset UpdatedUtc { get; set; }
    /// <summary>Deleted scenarios keep their versions (and their audit trail); they are no longer listed or served.</summary>
    public DateTimeOffset? DeletedUtc { get; set; }
    public List<RoadmapScenarioVersionEntity> Versions { get; set; } = [];
}

/// <summary>One saved document of a scenario (<c>roadmap-scenario/1</c>) and the lever-library
/// version it was built with. Never changed once written.</summary>
public sealed class RoadmapScenarioVersionEntity : IAudited
{
    public AuditScope TenantScope() => new(Scenario?.CompanyId, null);

    public int Id { get; set; }
    public int ScenarioId { get; set; }
    public RoadmapScenarioEntity? Scenario { get; set; }
    public int Number { get; set; }
    public required string DocumentJson { get; set; }
    public int LibraryVersionId { get; set; }
    public DateTimeOffset CreatedUtc { get; set; }
    public required string CreatedBy { get; set; }
}

/// <summary>The cached result of running one scenario version (derived, so not audited: the
/// version it belongs to is).</summary>
public sealed class RoadmapResultEntity
{
    public int Id { get; set; }
    public int ScenarioVersionId { get; set; }
    public required string ResultJson { get; set; }
    public bool ProvenOptimal { get; set; }
    public DateTimeOffset ComputedUtc { get; set; }
}
