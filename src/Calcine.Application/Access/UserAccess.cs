using Calcine.Storage.Identity;

namespace Calcine.Application.Access;

/// <summary>One role assignment as the policy reads it.</summary>
public sealed record Grant(string Role, AssignmentScope Scope, int? ScopeId = null, string? Jurisdiction = null, int? Year = null);

/// <summary>Everything a signed-in user has been granted, read from the database per request so a
/// revoked assignment takes effect at once. For an API key, <paramref name="Grants"/> is the key's
/// one grant and <paramref name="Ceiling"/> its creator's current access: the key may do only what
/// both allow, so it never outgrows the person who made it.</summary>
public sealed record UserAccess(string UserId, IReadOnlyList<Grant> Grants, UserAccess? Ceiling = null);
