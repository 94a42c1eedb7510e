namespace Calcine.Application.Access;

/// <summary>The acting user of the CLI and of background jobs: the operator who can already open the
/// database, so the use cases run with platform rights and audit entries name the system.</summary>
public sealed class SystemUser : ICurrentUser
{
    public string? UserId => null;

    public string? DisplayName => "system";

    public ApiKeyCaller? ApiKey => null;

    public bool IsSystem => true;
}
