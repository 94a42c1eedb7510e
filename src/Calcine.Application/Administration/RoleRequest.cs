using Calcine.Application.Access;
using Calcine.Storage.Identity;

namespace Calcine.Application.Administration;

/// <summary>Reads a requested role into the grant the access policy decides on; errors name the
/// field under the given prefix (<c>role.scope</c>, …).</summary>
internal static class RoleRequest
{
    public static Grant? Parse(NewRole? role, FieldErrors errors, string prefix)
    {
        if (role is null)
        {
            errors.Add(prefix, "is required");
            return null;
        }

        var valid = true;
        if (!PlatformRoles.All.Contains(role.Role ?? ""))
        {
            errors.Add($"{prefix}.role", $"is one of {string.Join(", ", PlatformRoles.All)}");
            valid = false;
        }

        if (!Enum.TryParse<AssignmentScope>(role.Scope, ignoreCase: true, out var scope) || int.TryParse(role.Scope, out _))
        {
            errors.Add($"{prefix}.scope", "is one of platform, association, company, plant, jurisdiction");
            return null;
        }

        if (scope is AssignmentScope.Association or AssignmentScope.Company or AssignmentScope.Plant && role.ScopeId is null)
        {
            errors.Add($"{prefix}.scopeId", $"is required for the {scope.ToString().ToLowerInvariant()} scope");
            valid = false;
        }

        var jurisdiction = role.Jurisdiction?.Trim().ToUpperInvariant();
        if (scope == AssignmentScope.Jurisdiction && string.IsNullOrEmpty(jurisdiction))
        {
            errors.Add($"{prefix}.jurisdiction", "is required for the jurisdiction scope");
            valid = false;
        }

        if (role.Year is { } year && (year < 2000 || year > 2100))
        {
            errors.Add($"{prefix}.year", "is a reporting year between 2000 and 2100");
            valid = false;
        }

        return valid
            ? new Grant(role.Role!, scope, scope is AssignmentScope.Platform or AssignmentScope.Jurisdiction ? null : role.ScopeId,
                scope == AssignmentScope.Jurisdiction ? jurisdiction : null, role.Year)
            : null;
    }

    public static RoleDto Dto(RoleAssignmentEntity r) =>
        new(r.Id, r.Role, r.Scope.ToString().ToLowerInvariant(), r.ScopeId, r.Jurisdiction, r.Year);

    public static RoleAssignmentEntity Entity(string userId, Grant g) =>
        new() { UserId = userId, Role = g.Role, Scope = g.Scope, ScopeId = g.ScopeId, Jurisdiction = g.Jurisdiction, Year = g.Year };

    public static Grant Grant(RoleAssignmentEntity r) => new(r.Role, r.Scope, r.ScopeId, r.Jurisdiction, r.Year);
}
