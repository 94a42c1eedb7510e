using Calcine.Storage;
using Calcine.Storage.Identity;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Application.Access;

/// <summary>The request-scoped face of the policy: loads the caller's grants once, and answers
/// "may I?" for one resource and "which may I see?" for lists.</summary>
public sealed class AccessGuard(ICurrentUser current, CalcineDbContext db, TenantDirectory directory, IAccessPolicy policy)
{
    private const string AuditSystemId = "system";

    private UserAccess? user;

    /// <summary>A person's grants; for an API key, the key's grant bounded by its creator's current
    /// access. A key whose creator no longer administers its scope (so could not issue it today)
    /// is left with no grant at all. Loaded once per scope: every later question reuses them.</summary>
    public async Task<UserAccess> UserAsync(CancellationToken ct)
    {
        if (user is not null)
        {
            return user;
        }

        if (current.IsSystem)
        {
            return user = new UserAccess(AuditSystemId, [new Grant(PlatformRoles.PlatformAdmin, AssignmentScope.Platform)]);
        }

        if (current.ApiKey is { } key)
        {
            var creator = new UserAccess(key.CreatorId, await GrantsAsync(key.CreatorId, ct));
            var scope = await ScopeResourceAsync(key.Grant, ct);
            var current = scope is not null && policy.Decide(creator, scope, AccessAction.Administer) == AccessDecision.Allowed;
            return user = new UserAccess(key.KeyId, current ? [key.Grant] : [], creator);
        }

        var id = current.UserId;
        return user = new UserAccess(id ?? "", id is null ? [] : await GrantsAsync(id, ct));
    }

    /// <summary>The grants if this scope has loaded them already (a web request loads them before a
    /// page renders); null otherwise. Reading them never touches the database, so the layout can
    /// use them while the page's component uses the scope's DbContext.</summary>
    public UserAccess? Loaded => user;

    /// <summary>A resource that does not exist is answered like one the caller cannot see.
    /// <paramref name="year"/> narrows a plant or company to one reporting year.</summary>
    public async Task<AccessDecision> DecideAsync(ResourceKind kind, int id, AccessAction action, CancellationToken ct, int? year = null)
    {
        var resource = await directory.FindAsync(kind, id, ct, year);
        return resource is null ? AccessDecision.NotVisible : policy.Decide(await UserAsync(ct), resource, action);
    }

    /// <summary>The ids of the resources of this kind on which the caller may do <paramref name="action"/> (read by default).</summary>
    public async Task<IReadOnlySet<int>> VisibleAsync(ResourceKind kind, CancellationToken ct, AccessAction action = AccessAction.Read)
    {
        var caller = await UserAsync(ct);
        var all = await directory.AllAsync(kind, ct);
        return all.Where(r => policy.Decide(caller, r, action) == AccessDecision.Allowed).Select(r => r.Id).ToHashSet();
    }

    /// <summary>Whether the caller may hand <paramref name="grant"/> to a credential (an API key).
    /// They must administer the grant's scope, and the grant must allow nothing the caller may not
    /// do: the policy is asked, for every tenant and action (and the grant's year), what the grant
    /// allows and whether the caller is allowed it too. NotVisible when the scope does not exist or
    /// is another tenant's.</summary>
    public async Task<AccessDecision> MayGrantAsync(Grant grant, CancellationToken ct)
    {
        var caller = await UserAsync(ct);
        var scope = await ScopeResourceAsync(grant, ct);
        if (scope is null)
        {
            return AccessDecision.NotVisible;
        }

        var administer = policy.Decide(caller, scope, AccessAction.Administer);
        if (administer != AccessDecision.Allowed)
        {
            // The platform is no secret: not administering it is a plain 403.
            return scope.Kind == ResourceKind.Platform ? AccessDecision.Forbidden : administer;
        }

        var granted = new UserAccess("", [grant]);
        List<TenantResource> resources =
            [.. await directory.AllAsync(ResourceKind.Plant, ct), .. await directory.AllAsync(ResourceKind.Company, ct), TenantResource.Platform];
        int?[] years = grant.Year is { } y ? [null, y] : [null];
        foreach (var resource in resources.SelectMany(r => years.Select(year => year is null || r.Kind == ResourceKind.Platform ? r : r with { Year = year })))
        {
            foreach (var action in Enum.GetValues<AccessAction>())
            {
                // A benchmark position is a member's view of itself, not a right: a platform admin has
                // none (it belongs to no company) yet reads the data it is computed from.
                if (action == AccessAction.BenchmarkPosition)
                {
                    continue;
                }

                if (policy.Decide(granted, resource, action) == AccessDecision.Allowed && policy.Decide(caller, resource, action) != AccessDecision.Allowed)
                {
                    return AccessDecision.Forbidden;
                }
            }
        }

        return AccessDecision.Allowed;
    }

    /// <summary>Tells, for any grant, whether the caller administers its scope (used to list and
    /// revoke the keys of a tenant). Loads the tenancy once, however many grants are asked about.</summary>
    public async Task<Func<Grant, bool>> AdministeredScopesAsync(CancellationToken ct)
    {
        var companies = await VisibleAsync(ResourceKind.Company, ct, AccessAction.Administer);
        var plants = await VisibleAsync(ResourceKind.Plant, ct, AccessAction.Administer);
        var platform = policy.Decide(await UserAsync(ct), TenantResource.Platform, AccessAction.Administer) == AccessDecision.Allowed;
        return g => g.Scope switch
        {
            AssignmentScope.Company => g.ScopeId is { } c && companies.Contains(c),
            AssignmentScope.Plant => g.ScopeId is { } p && plants.Contains(p),
            _ => platform,
        };
    }

    /// <summary>The resource a grant is over: its company or plant; the platform for grants over
    /// an association, a jurisdiction or everything (only platform administration reaches those).</summary>
    private Task<TenantResource?> ScopeResourceAsync(Grant grant, CancellationToken ct) => grant.Scope switch
    {
        AssignmentScope.Company when grant.ScopeId is { } c => directory.FindAsync(ResourceKind.Company, c, ct),
        AssignmentScope.Plant when grant.ScopeId is { } p => directory.FindAsync(ResourceKind.Plant, p, ct),
        AssignmentScope.Company or AssignmentScope.Plant => Task.FromResult<TenantResource?>(null),
        _ => Task.FromResult<TenantResource?>(TenantResource.Platform),
    };

    private async Task<List<Grant>> GrantsAsync(string userId, CancellationToken ct) =>
        await db.RoleAssignments.AsNoTracking().Where(r => r.UserId == userId)
            .Select(r => new Grant(r.Role, r.Scope, r.ScopeId, r.Jurisdiction, r.Year)).ToListAsync(ct);
}
