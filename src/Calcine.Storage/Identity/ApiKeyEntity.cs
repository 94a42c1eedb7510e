using Calcine.Storage.Audit;

namespace Calcine.Storage.Identity;

/// <summary>A machine's credential: one role over one tenant, granted like a role assignment by the
/// person who created it. Only a hash of the secret is kept; the secret itself is shown once.</summary>
public sealed class ApiKeyEntity : IAudited
{
    public AuditScope TenantScope() => Scope switch
    {
        AssignmentScope.Company => new(ScopeId, null),
        AssignmentScope.Plant => new(null, ScopeId),
        _ => AuditScope.None,
    };

    public int Id { get; set; }
    /// <summary>The public part of the key (the id between <c>calc_</c> and the secret): how a
    /// presented key finds its row, and how people refer to it.</summary>
    public required string KeyId { get; set; }
    public required string Name { get; set; }
    /// <summary>SHA-256 over the key id and the secret. Not a secret, but of no use to a reader of the log.</summary>
    [NotAudited]
    public required byte[] SecretHash { get; set; }
    /// <summary>One of the names in <c>PlatformRoles</c>.</summary>
    public required string Role { get; set; }
    public AssignmentScope Scope { get; set; }
    public int? ScopeId { get; set; }
    public string? Jurisdiction { get; set; }
    public int? Year { get; set; }
    /// <summary>The person who created the key: the key never does more than they may do now.</summary>
    public required string CreatedByUserId { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? ExpiresUtc { get; set; }
    /// <summary>Touched on use (at most once a minute); kept out of the audit log, which would
    /// otherwise grow by one entry per machine call.</summary>
    [NotAudited]
    public DateTime? LastUsedUtc { get; set; }
    public bool Revoked { get; set; }
    public DateTime? RevokedUtc { get; set; }
}
