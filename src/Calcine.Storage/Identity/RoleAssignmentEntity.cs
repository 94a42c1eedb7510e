using Calcine.Storage.Audit;
namespace Calcine.Storage.Identity;

/// <summary>What a role is granted over.</summary>
public enum AssignmentScope
{
    Platform = 0,
    Association = 1,
    Company = 2,
    Plant = 3,
    Jurisdiction = 4,
}

/// <summary>One role granted to one user over one tenant: a company admin of company 7, a verifier
/// of company 3 for 2024, a regulator of CN-AH. A user may hold several.</summary>
public sealed class RoleAssignmentEntity : IAudited
{
    public AuditScope TenantScope() => Scope switch
    {
        AssignmentScope.Company => new(ScopeId, null),
        AssignmentScope.Plant => new(null, ScopeId),
        _ => AuditScope.None,
    };

    public int Id { get; set; }
    public required string UserId { get; set; }
    /// <summary>One of the names in <c>PlatformRoles</c> (platform-admin, company-admin, …).</summary>
    public required string Role { get; set; }
    public AssignmentScope Scope { get; set; }
    /// <summary>The association, company or plant id for those scopes; null for platform and jurisdiction.</summary>
    public int? ScopeId { get; set; }
    /// <summary>The jurisdiction code for the jurisdiction scope.</summary>
    public string? Jurisdiction { get; set; }
    /// <summary>The reporting year a verifier is engaged for; null means every year.</summary>
    public int? Year { get; set; }
}
