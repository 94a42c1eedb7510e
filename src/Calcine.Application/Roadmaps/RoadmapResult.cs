using Calcine.Domain.Roadmaps;

namespace Calcine.Application.Roadmaps;

/// <summary>Everything <c>roadmap run</c> reports: BAU, the MACC of the scenario's maccYear and the
/// least-cost pathway.</summary>
public sealed record RoadmapResult(RoadmapScenario Scenario, PlanEvaluation Bau, MaccResult Macc, PathwayResult Pathway, PathwaySearch Search, RoadmapAnalysis Analysis);

/// <summary>Beyond the contract: break-even years, and for a feasible optimum its investment
/// schedule, cost per t cement against BAU and the implied carbon prices of the capped years.</summary>
public sealed record RoadmapAnalysis(
    IReadOnlyList<LeverBreakEven> BreakEven,
    IReadOnlyList<CompanyInvestment>? Investment,
    IReadOnlyList<CementCost>? CementCost,
    IReadOnlyList<ImpliedCarbonPrice>? ImpliedCarbonPrices)
{
    /// <summary>CBAM exposure per t cement exported, per year, plant and total (BAU, and the plan when feasible).</summary>
    public IReadOnlyList<CbamExposureYear> CbamExposure { get; init; } = [];
}

/// <summary>The roadmap use cases without a host: run a scenario, or compute one year's MACC.</summary>
public static class RoadmapRunner
{
    public static RoadmapResult Run(RoadmapScenario scenario, PathwayMethod method = PathwayMethod.Auto, double timeLimitSeconds = 600, CbamExposureSettings? cbam = null)
    {
        var model = new RoadmapModel(scenario);
        var bau = PlanEvaluation.Of(model, AdoptionPlan.Never(scenario.Plants.Count, scenario.Levers.Count));
        var macc = MaccCalculator.Compute(model, scenario.MaccYear);
        var (pathway, search) = LeastCostPlanner.Solve(model, method, timeLimitSeconds);
        var optimum = pathway.Optimum;
        var analysis = new RoadmapAnalysis(
            BreakEvenCalculator.Compute(model),
            optimum is null ? null : InvestmentSchedule.Compute(model, optimum.Plan),
            optimum is null ? null : CementCost.Compare(optimum, bau),
            optimum is null ? null : ImpliedCarbonPrices.Compute(model, optimum, s => LeastCostPlanner.Solve(new RoadmapModel(s), method, timeLimitSeconds).Result))
        {
            CbamExposure = CbamExposureCalculator.Compute(scenario, bau, optimum, cbam ?? new CbamExposureOptions().ToSettings()),
        };
        return new RoadmapResult(scenario, bau, macc, pathway, search, analysis);
    }

    public static MaccResult Macc(RoadmapScenario scenario, int year) => MaccCalculator.Compute(new RoadmapModel(scenario), year);
}
