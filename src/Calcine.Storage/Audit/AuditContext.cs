namespace Calcine.Storage.Audit;

/// <summary>Who made a change: a signed-in user, an API key, or the system itself (seeding,
/// background jobs, the CLI).</summary>
public sealed record AuditActor(string Kind, string Id, string? Name)
{
    public const string UserKind = "user";
    public const string ApiKeyKind = "api-key";
    public const string SystemKind = "system";

    public static AuditActor System { get; } = new(SystemKind, "system", null);

    public static AuditActor User(string id, string? displayName) => new(UserKind, id, displayName);

    /// <summary>A machine calling with an API key: the key's public id and name.</summary>
    public static AuditActor ApiKey(string keyId, string name) => new(ApiKeyKind, keyId, name);
}

/// <summary>The actor and reason of the changes saved in one unit of work (one web request). The
/// host fills it; the interceptor reads it. Unfilled, changes are attributed to the system.</summary>
public sealed class AuditContext
{
    public const int MaxReasonLength = 1000;

    public AuditActor Actor { get; set; } = AuditActor.System;
    public string? Reason { get; set; }
}
