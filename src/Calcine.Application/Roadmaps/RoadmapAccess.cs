using Calcine.Application.Access;

namespace Calcine.Application.Roadmaps;

/// <summary>Whose road maps these are: a company's or an association's.</summary>
public sealed record RoadmapOwner(ResourceKind Kind, int Id)
{
    public static RoadmapOwner Company(int id) => new(ResourceKind.Company, id);

    public static RoadmapOwner Association(int id) => new(ResourceKind.Association, id);

    public static RoadmapOwner Of(int? companyId, int? associationId) =>
        companyId is { } c ? Company(c) : Association(associationId ?? 0);
}

/// <summary>The road maps' one access question, asked of the policy through the guard.</summary>
public static class RoadmapAccess
{
    /// <summary>Null when allowed. An owner the caller cannot see is 404; one they see but may not
    /// read or change is 403 — unless <paramref name="hideRefusal"/> (a scenario addressed by its own
    /// id), where every refusal to read is 404 so other tenants' ids cannot be probed.</summary>
    public static async Task<Outcome<T>?> RefuseAsync<T>(AccessGuard guard, RoadmapOwner owner, bool edit, CancellationToken ct, bool hideRefusal = false)
    {
        var read = await guard.DecideAsync(owner.Kind, owner.Id, AccessAction.Roadmap, ct);
        if (read == AccessDecision.NotVisible || (read == AccessDecision.Forbidden && hideRefusal))
        {
            return Outcome<T>.NotFound();
        }

        if (read == AccessDecision.Forbidden)
        {
            return Outcome<T>.Forbidden($"Your roles do not give access to this {owner.Kind.ToString().ToLowerInvariant()}'s road maps.");
        }

        if (edit && await guard.DecideAsync(owner.Kind, owner.Id, AccessAction.EditRoadmap, ct) != AccessDecision.Allowed)
        {
            return Outcome<T>.Forbidden($"Your roles allow reading this {owner.Kind.ToString().ToLowerInvariant()}'s road maps, not changing them.");
        }

        return null;
    }
}
