namespace Calcine.Application.Access;

/// <summary>The one place that decides whether a user may act on a tenant's resource. Endpoints
/// never look at roles; they ask this (through <see cref="AccessGuard"/>).</summary>
public interface IAccessPolicy
{
    AccessDecision Decide(UserAccess user, TenantResource resource, AccessAction action);
}
