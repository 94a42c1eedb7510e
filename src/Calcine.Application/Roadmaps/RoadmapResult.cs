using Calcine.Domain.Roadmaps;

namespace Calcine.Application.Roadmaps;

/// <summary>Everything <c>roadmap run</c> reports: BAU, the MACC of the scenario's maccYear and the
/// least-cost pathway.</summary>
public sealed record RoadmapResult(RoadmapScenario Scenario, PlanEvaluation Bau, MaccResult Macc, PathwayResult Pathway, PathwaySearch Search);

/// <summary>The roadmap use cases without a host: run a scenario, or compute one year's MACC.</summary>
public static class RoadmapRunner
{
    public static RoadmapResult Run(RoadmapScenario scenario, PathwayMethod method = PathwayMethod.Auto, double timeLimitSeconds = 600)
    {
        var model = new RoadmapModel(scenario);
        var bau = PlanEvaluation.Of(model, AdoptionPlan.Never(scenario.Plants.Count, scenario.Levers.Count));
        var macc = MaccCalculator.Compute(model, scenario.MaccYear);
        var (pathway, search) = LeastCostPlanner.Solve(model, method, timeLimitSeconds);
        return new RoadmapResult(scenario, bau, macc, pathway, search);
    }

    public static MaccResult Macc(RoadmapScenario scenario, int year) => MaccCalculator.Compute(new RoadmapModel(scenario), year);
}
