namespace Calcine.Application.Access;

/// <summary>Who is acting in this scope (one web request, one CLI run, one background job). Use
/// cases ask this instead of reading an HTTP principal, so they run the same without a web host.
/// The grants themselves are loaded (once per scope) by <c>AccessGuard</c>.</summary>
public interface ICurrentUser
{
    /// <summary>The person's user id; null for an API key, the system, or an anonymous caller.</summary>
    string? UserId { get; }

    /// <summary>The name shown in audit entries and messages, when known.</summary>
    string? DisplayName { get; }

    /// <summary>The API key a machine called with, when it did.</summary>
    ApiKeyCaller? ApiKey { get; }

    /// <summary>The system itself (the CLI, seeding, background jobs): acts with platform rights.</summary>
    bool IsSystem { get; }
}

/// <summary>An authenticated API key: its id and name, its creator, and the one grant it carries.</summary>
public sealed record ApiKeyCaller(string KeyId, string Name, string CreatorId, Grant Grant);
