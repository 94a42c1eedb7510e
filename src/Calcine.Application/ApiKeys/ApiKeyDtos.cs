namespace Calcine.Application.ApiKeys;

/// <summary>A new key: the grant it carries (as a role assignment: role, scope, scope id or
/// jurisdiction, year) and, optionally, when it stops working.</summary>
public sealed record CreateApiKey(string? Name, string? Role, string? Scope, int? ScopeId, string? Jurisdiction, int? Year, DateTimeOffset? ExpiresAt);

/// <summary>A key as listed: never its secret, nor the secret's hash.</summary>
public sealed record ApiKeyDto(string Id, string Name, string Role, string Scope, int? ScopeId, string? Jurisdiction, int? Year,
    string CreatedBy, DateTime CreatedAt, DateTime? ExpiresAt, DateTime? LastUsedAt, bool Revoked, DateTime? RevokedAt);

/// <summary>The answer to a creation, the only time the full key (<c>calc_&lt;id&gt;_&lt;secret&gt;</c>) is shown.</summary>
public sealed record CreatedApiKey(ApiKeyDto Key, string Token);
