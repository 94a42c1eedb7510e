namespace Calcine.Application.Access;

/// <summary>Where a resource sits in the tenancy tree: everything the policy needs, nothing else.
/// A company carries all its plants and their jurisdictions; a plant carries itself.</summary>
public sealed record TenantResource(
    ResourceKind Kind,
    int Id,
    int AssociationId,
    int CompanyId,
    IReadOnlyCollection<int> PlantIds,
    IReadOnlyCollection<string> Jurisdictions,
    int? Year = null)
{
    /// <summary>An association's member companies (empty for other kinds): a grant on any of them
    /// makes the association visible to its holder.</summary>
    public IReadOnlyCollection<int> MemberCompanyIds { get; init; } = [];

    /// <summary>Covered only by platform grants: no association, company, plant or jurisdiction has it.</summary>
    public static TenantResource Platform { get; } = new(ResourceKind.Platform, 0, 0, 0, [], []);
}
