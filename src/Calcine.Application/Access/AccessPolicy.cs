using Calcine.Storage.Identity;

namespace Calcine.Application.Access;

/// <summary>Role × scope rules. A grant first has to cover the resource (make it visible); then
/// its role decides the actions. The most generous covering grant wins.</summary>
public sealed class AccessPolicy : IAccessPolicy
{
    public AccessDecision Decide(UserAccess user, TenantResource resource, AccessAction action)
    {
        var own = Decide(user.Grants, resource, action);
        // Decisions are ordered NotVisible < Forbidden < Allowed: the lower of key and creator wins.
        return user.Ceiling is { } ceiling ? (AccessDecision)Math.Min((int)own, (int)Decide(ceiling, resource, action)) : own;
    }

    private static AccessDecision Decide(IReadOnlyList<Grant> grants, TenantResource resource, AccessAction action)
    {
        var visible = false;
        foreach (var grant in grants)
        {
            if (!Covers(grant, resource))
            {
                continue;
            }

            visible = true;
            if (Permits(grant, resource, action))
            {
                return AccessDecision.Allowed;
            }
        }

        return visible ? AccessDecision.Forbidden : AccessDecision.NotVisible;
    }

    /// <summary>The roles that read an association's distributions (the Benchmark action on what
    /// their grant covers): its analysts and its members' people. A verifier or regulator sees single
    /// plants for a purpose that needs no comparison with their peers.</summary>
    public static bool MayBenchmark(string role) => role is PlatformRoles.PlatformAdmin or PlatformRoles.AssociationAnalyst
        or PlatformRoles.CompanyAdmin or PlatformRoles.PlantEditor or PlatformRoles.Viewer;

    private static bool Covers(Grant grant, TenantResource r) => grant.Scope switch
    {
        AssignmentScope.Platform => grant.Role == PlatformRoles.PlatformAdmin,
        AssignmentScope.Association => grant.ScopeId == r.AssociationId,
        AssignmentScope.Company => grant.ScopeId == r.CompanyId || (grant.ScopeId is { } company && r.MemberCompanyIds.Contains(company)),
        // A plant grant shows that plant, and its company as the plant's owner.
        AssignmentScope.Plant => grant.ScopeId is { } plant && r.PlantIds.Contains(plant),
        AssignmentScope.Jurisdiction => grant.Jurisdiction is { } j && r.Jurisdictions.Contains(j, StringComparer.OrdinalIgnoreCase),
        _ => false,
    };

    private static bool Permits(Grant grant, TenantResource r, AccessAction action) => action switch
    {
        AccessAction.Read => true,
        AccessAction.Edit => grant.Role is PlatformRoles.PlatformAdmin or PlatformRoles.CompanyAdmin
            || (grant.Role == PlatformRoles.PlantEditor && r.Kind == ResourceKind.Plant),
        // A verifier engaged for one year verifies that year only.
        AccessAction.Verify => grant.Role == PlatformRoles.PlatformAdmin
            || (grant.Role == PlatformRoles.Verifier && (grant.Year is null || grant.Year == r.Year)),
        AccessAction.Administer => grant.Role is PlatformRoles.PlatformAdmin or PlatformRoles.CompanyAdmin,
        // The audit log: a company admin and an engaged verifier read their company's (every year:
        // entries carry no reporting year yet); a regulator reads its jurisdiction's plants only,
        // not the whole company behind them.
        AccessAction.ReadAudit => grant.Role is PlatformRoles.PlatformAdmin or PlatformRoles.CompanyAdmin
            || (grant.Role == PlatformRoles.Verifier && r.Kind is ResourceKind.Company or ResourceKind.Plant)
            || (grant.Role == PlatformRoles.Regulator && r.Kind == ResourceKind.Plant),
        AccessAction.Benchmark => MayBenchmark(grant.Role),
        // Own position: a member's people for their own plant or company, never an association-wide
        // grant (that would place every member). A plant grant does not place the whole company,
        // whose figure mixes in plants the holder cannot read.
        AccessAction.BenchmarkPosition => grant.Role is PlatformRoles.CompanyAdmin or PlatformRoles.PlantEditor or PlatformRoles.Viewer
            && (r.Kind == ResourceKind.Plant ? grant.Scope is AssignmentScope.Company or AssignmentScope.Plant
                : r.Kind == ResourceKind.Company && grant.Scope == AssignmentScope.Company),
        AccessAction.Roadmap => MayRoadmap(grant, r, edit: false),
        AccessAction.EditRoadmap => MayRoadmap(grant, r, edit: true),
        // The association's road map is the association's document: its analysts (on an association
        // grant) and platform admins; members, verifiers and regulators see it refused (issue 12).
        AccessAction.AssociationRoadmap => grant.Role == PlatformRoles.PlatformAdmin
            || (grant.Role == PlatformRoles.AssociationAnalyst && grant.Scope == AssignmentScope.Association && r.Kind == ResourceKind.Association),
        _ => false,
    };

    /// <summary>Road maps: a company's plans belong to its own people (never to an association-wide,
    /// verifier or regulator grant); an association's scenarios to its analysts (they may hold
    /// members' figures, so no member reads them). Editing is for the company's or association's
    /// administrators.</summary>
    private static bool MayRoadmap(Grant grant, TenantResource r, bool edit)
    {
        if (grant.Role == PlatformRoles.PlatformAdmin)
        {
            return true;
        }

        return r.Kind switch
        {
            ResourceKind.Association => grant.Role == PlatformRoles.AssociationAnalyst && grant.Scope == AssignmentScope.Association,
            ResourceKind.Company or ResourceKind.Plant => grant.Scope is AssignmentScope.Company or AssignmentScope.Plant
                && (edit ? grant.Role == PlatformRoles.CompanyAdmin && grant.Scope == AssignmentScope.Company
                    : grant.Role is PlatformRoles.CompanyAdmin or PlatformRoles.PlantEditor or PlatformRoles.Viewer),
            _ => false,
        };
    }
}
