using System.Collections.Concurrent;
using Calcine.Application.Access;
using Calcine.Domain.Benchmarking;
using Calcine.Domain.Roadmaps;
using Calcine.Domain.Roadmaps.Association;
using Calcine.Storage;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Application.Roadmaps.Association;

/// <summary>Outcome of opening an association's road map: the view, or the access answer.</summary>
public sealed record AssociationRoadmapOpening(AccessDecision Decision, AssociationRoadmapView? View, string? Problem = null);

/// <summary>Road maps already computed, per association, mode and data stamp: the optimiser runs once per
/// change of the members' data, not once per request.</summary>
public sealed class AssociationRoadmapCache
{
    private readonly ConcurrentDictionary<(int, AssociationMode), (string Stamp, Lazy<Task<AssociationRoadmapRun?>> Run)> runs = new();

    public Task<AssociationRoadmapRun?> GetOrComputeAsync(int association, AssociationMode mode, string stamp, Func<Task<AssociationRoadmapRun?>> compute)
    {
        var entry = runs.AddOrUpdate((association, mode),
            _ => (stamp, new Lazy<Task<AssociationRoadmapRun?>>(compute)),
            (_, old) => old.Stamp == stamp ? old : (stamp, new Lazy<Task<AssociationRoadmapRun?>>(compute)));
        return entry.Run.Value;
    }
}

/// <summary>Builds the association's road map that the API, the files and the page all show. Access is the
/// policy's (<see cref="AccessAction.AssociationRoadmap"/>): the association's analysts and platform admins.</summary>
public sealed class AssociationRoadmapService(CalcineDbContext db, AccessGuard guard, BenchmarkPolicy policy, AssociationRoadmapCache cache)
{
    public async Task<AssociationRoadmapOpening> OpenAsync(int? associationId, AssociationMode mode, CancellationToken ct)
    {
        var (decision, id, problem) = await ResolveAsync(associationId, ct);
        if (decision != AccessDecision.Allowed || id is not { } association)
        {
            return new(decision, null, problem);
        }

        var name = await db.Associations.AsNoTracking().Where(a => a.Id == association).Select(a => a.Name).SingleAsync(ct);
        var stamp = await AssociationMembers.StampAsync(db, association, ct);
        var baselines = await AssociationMembers.BaselinesAsync(db, association, ct);
        var run = await cache.GetOrComputeAsync(association, mode, stamp, () => Task.Run(() => Compute(baselines, mode, policy), CancellationToken.None));
        return run is null
            ? new(AccessDecision.Allowed, null, "the association has no member plant with a verified year")
            : new(AccessDecision.Allowed, new AssociationRoadmapView(association, name, run, policy));
    }

    /// <summary>Each company's plan from its own scenario, or the sector optimum under the national cap.</summary>
    public static AssociationRoadmapRun? Compute(IReadOnlyList<MemberPlantBaseline> baselines, AssociationMode mode, BenchmarkPolicy policy)
    {
        if (baselines.Count == 0)
        {
            return null;
        }

        var cap = AssociationScenarios.NationalCap(baselines);
        var companies = baselines.GroupBy(b => b.CompanyId).OrderBy(g => g.Key)
            .Select(g => (CompanyId: g.Key, Scenario: AssociationScenarios.ForCompany($"company-{g.Key}", [.. g]))).ToList();
        if (mode == AssociationMode.SectorOptimum)
        {
            return AssociationRoadmapBuilder.SectorOptimum(companies, cap, policy);
        }

        return AssociationRoadmapBuilder.MembersPlans([.. companies.Select(c => new MemberRoadmap(c.CompanyId, c.Scenario, Run(c.Scenario)))], cap, policy);
    }

    /// <summary>A member's run without the implied carbon prices (they need a solve per binding check and
    /// the association's road map does not show them).</summary>
    private static RoadmapResult Run(RoadmapScenario scenario)
    {
        var model = new RoadmapModel(scenario);
        var bau = PlanEvaluation.Of(model, AdoptionPlan.Never(scenario.Plants.Count, scenario.Levers.Count));
        var (pathway, search) = LeastCostPlanner.Solve(model, PathwayMethod.Auto, 60);
        var optimum = pathway.Optimum;
        var analysis = new RoadmapAnalysis(BreakEvenCalculator.Compute(model),
            optimum is null ? null : InvestmentSchedule.Compute(model, optimum.Plan),
            optimum is null ? null : CementCost.Compare(optimum, bau), null);
        return new RoadmapResult(scenario, bau, MaccCalculator.Compute(model, scenario.MaccYear), pathway, search, analysis);
    }

    /// <summary>The association asked for, or the one the caller may see the road map of when there is exactly one.</summary>
    private async Task<(AccessDecision, int?, string?)> ResolveAsync(int? associationId, CancellationToken ct)
    {
        if (associationId is { } id)
        {
            return (await guard.DecideAsync(ResourceKind.Association, id, AccessAction.AssociationRoadmap, ct), id, null);
        }

        var allowed = await guard.VisibleAsync(ResourceKind.Association, ct, AccessAction.AssociationRoadmap);
        if (allowed.Count == 1)
        {
            return (AccessDecision.Allowed, allowed.Single(), null);
        }

        if (allowed.Count > 1)
        {
            return (AccessDecision.Allowed, null, $"several associations; pick one with association= ({string.Join(", ", allowed.Order())})");
        }

        var seen = await guard.VisibleAsync(ResourceKind.Association, ct);
        return (seen.Count > 0 ? AccessDecision.Forbidden : AccessDecision.NotVisible, null, null);
    }
}
