using Calcine.Domain.Benchmarking;
using Calcine.Domain.Roadmaps;
using Calcine.Domain.Roadmaps.Association;

namespace Calcine.Application.Roadmaps.Association;

/// <summary>A member's own study and its result, as the association receives it (company id, scenario, result).</summary>
public sealed record MemberRoadmap(int CompanyId, RoadmapScenario Scenario, RoadmapResult Result);

/// <summary>The association's road map and how its plan was found (null search: each member's own).</summary>
public sealed record AssociationRoadmapRun(AssociationRoadmap Roadmap, PathwaySearch? Search, bool Feasible);

/// <summary>The two ways to the association's road map: the members' own plans combined, or one
/// least-cost plan for every member plant under the national cap (the existing optimiser on the merged
/// study), with each company's share of the abatement and the cost.</summary>
public static class AssociationRoadmapBuilder
{
    public static AssociationRoadmapRun MembersPlans(IReadOnlyList<MemberRoadmap> members, IReadOnlyDictionary<int, double> targetCap, BenchmarkPolicy policy)
    {
        var parts = members.Select(m =>
        {
            var model = new RoadmapModel(m.Scenario);
            return new MemberPart(m.CompanyId, model, [.. Enumerable.Range(0, m.Scenario.Plants.Count)], m.Result.Bau, m.Result.Pathway.Optimum);
        }).ToList();
        var roadmap = AssociationRoadmapCalculator.Compute(parts, Options(AssociationMode.MembersPlans, targetCap, policy));
        return new AssociationRoadmapRun(roadmap, null, members.All(m => m.Result.Pathway.Feasible));
    }

    /// <param name="members">Each company with its own scenario; the plants are merged into one study
    /// with the first scenario's assumptions and levers (every member must have the same library), and
    /// the national cap as an annual cap.</param>
    public static AssociationRoadmapRun SectorOptimum(IReadOnlyList<(int CompanyId, RoadmapScenario Scenario)> members, IReadOnlyDictionary<int, double> cap,
        BenchmarkPolicy policy, double timeLimitSeconds = 60)
    {
        var sector = Merge(members, cap);
        var model = new RoadmapModel(sector);
        var bau = PlanEvaluation.Of(model, AdoptionPlan.Never(sector.Plants.Count, sector.Levers.Count));
        var (pathway, search) = LeastCostPlanner.Solve(model, PathwayMethod.CpSat, timeLimitSeconds);
        var parts = new List<MemberPart>();
        var offset = 0;
        foreach (var (company, scenario) in members)
        {
            parts.Add(new MemberPart(company, model, [.. Enumerable.Range(offset, scenario.Plants.Count)], bau, pathway.Optimum));
            offset += scenario.Plants.Count;
        }

        return new AssociationRoadmapRun(AssociationRoadmapCalculator.Compute(parts, Options(AssociationMode.SectorOptimum, cap, policy)), search, pathway.Feasible);
    }

    public static RoadmapScenario Merge(IReadOnlyList<(int CompanyId, RoadmapScenario Scenario)> members, IReadOnlyDictionary<int, double> cap)
    {
        var first = members[0].Scenario;
        var leverIds = first.Levers.Select(l => l.Id).ToList();
        foreach (var (company, scenario) in members)
        {
            if (!scenario.Levers.Select(l => l.Id).SequenceEqual(leverIds, StringComparer.Ordinal))
            {
                throw new ArgumentException($"company {company}: the sector optimum needs every member on the same lever library", nameof(members));
            }
        }

        var plants = members.SelectMany(m => m.Scenario.Plants).ToList();
        var duplicate = plants.GroupBy(p => p.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"plant id {duplicate.Key} belongs to more than one member", nameof(members));
        }

        return first with { Id = "association-sector", Plants = plants, Target = new AnnualCapTarget(cap) };
    }

    private static AssociationOptions Options(AssociationMode mode, IReadOnlyDictionary<int, double> cap, BenchmarkPolicy policy) =>
        new(mode, cap, AssociationScenarios.MaccYears, AssociationScenarios.InvestmentPeriods, policy);
}
