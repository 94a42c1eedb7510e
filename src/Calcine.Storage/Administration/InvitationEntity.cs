using Calcine.Storage.Audit;

namespace Calcine.Storage.Administration;

/// <summary>An invitation to a new account: the user row exists without a password until the invitee
/// sets one through the one-time link. The link's token is Identity's (never stored here); this row
/// says who invited whom, over which tenant, and when the link was used.</summary>
public sealed class InvitationEntity : IAudited
{
    public AuditScope TenantScope() => new(CompanyId, PlantId);

    public int Id { get; set; }
    public required string UserId { get; set; }
    public required string Email { get; set; }
    public required string InvitedByUserId { get; set; }
    /// <summary>The company or plant of the first role, so the tenant's admins see it in their log.</summary>
    public int? CompanyId { get; set; }
    public int? PlantId { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime ExpiresUtc { get; set; }
    public DateTime? AcceptedUtc { get; set; }
}
