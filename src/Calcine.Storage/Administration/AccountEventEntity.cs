using Calcine.Storage.Audit;

namespace Calcine.Storage.Administration;

/// <summary>A change to an account that the Identity user row does not audit (that row changes on
/// every failed sign-in): deactivated, reactivated, password changed, invitation accepted. Written
/// beside the change so the audit log names who did it and why.</summary>
public sealed class AccountEventEntity : IAudited
{
    public AuditScope TenantScope() => new(CompanyId, null);

    public int Id { get; set; }
    public required string UserId { get; set; }
    /// <summary>One of <see cref="AccountEventKinds"/>.</summary>
    public required string Kind { get; set; }
    public required string ByUserId { get; set; }
    /// <summary>The company whose admin acted, when one did.</summary>
    public int? CompanyId { get; set; }
    public DateTime AtUtc { get; set; }
}

public static class AccountEventKinds
{
    public const string Deactivated = "deactivated";
    public const string Reactivated = "reactivated";
    public const string PasswordChanged = "password-changed";
    public const string InvitationAccepted = "invitation-accepted";
}
