using System.Security.Claims;
using Calcine.Storage;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Web.Platform.Access;

/// <summary>The request-scoped face of the policy: loads the caller's grants once, and answers
/// "may I?" for one resource and "which may I see?" for lists.</summary>
public sealed class AccessGuard(IHttpContextAccessor http, CalcineDbContext db, TenantDirectory directory, IAccessPolicy policy)
{
    private UserAccess? user;

    public async Task<UserAccess> UserAsync(CancellationToken ct)
    {
        if (user is not null)
        {
            return user;
        }

        var id = http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);
        var grants = id is null
            ? []
            : await db.RoleAssignments.AsNoTracking().Where(r => r.UserId == id)
                .Select(r => new Grant(r.Role, r.Scope, r.ScopeId, r.Jurisdiction, r.Year)).ToListAsync(ct);
        return user = new UserAccess(id ?? "", grants);
    }

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
}
