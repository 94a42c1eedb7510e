namespace Calcine.Storage.Administration;

/// <summary>One successful sign-in, shown to its user on the account page (when and from where).
/// Not audited: it is the user's own record, not a change to what anyone may do.</summary>
public sealed class SignInRecordEntity
{
    public long Id { get; set; }
    public required string UserId { get; set; }
    public DateTime AtUtc { get; set; }
    public string? ClientAddress { get; set; }
    public string? UserAgent { get; set; }
}
