namespace Calcine.Domain.Roadmaps;

/// <summary>One capped year of an annual-cap target: the optimum's slack, and when the cap binds
/// (slack below one tonne) what one tonne less costs: the change in least discounted cost, and that
/// change in the year's own money (÷ its discount factor), comparable with the carbon price path.
/// Both are null when no plan meets the tightened cap.</summary>
public sealed record ImpliedCarbonPrice(int Year, double Cap_tCO2, double Slack_tCO2, bool Binding, double? DeltaDiscountedCost_USD, double? Price_USD_per_tCO2);

/// <summary>The implied carbon price of each capped year by finite difference: re-optimise with that
/// year's cap lowered by 1 t. Plans are discrete, so this is the cost of the cheapest plan change that
/// removes a tonne (a step, not a derivative). A cap with a slack of at least 1 t does not bind: the
/// optimum meets the tighter cap too, so the price is 0 without re-optimising.</summary>
public static class ImpliedCarbonPrices
{
    public const double Tonne = 1.0;

    /// <param name="solve">The least-cost optimiser used for the study (exact, so that the difference is one of optima).</param>
    public static IReadOnlyList<ImpliedCarbonPrice> Compute(RoadmapModel model, PlanEvaluation optimum, Func<RoadmapScenario, PathwayResult> solve)
    {
        if (model.Scenario.Target is not AnnualCapTarget cap)
        {
            return [];
        }

        var result = new List<ImpliedCarbonPrice>();
        foreach (var check in optimum.Checks)
        {
            var slack = check.Limit - check.Value;
            if (slack >= Tonne)
            {
                result.Add(new ImpliedCarbonPrice(check.Year, check.Limit, slack, false, 0, 0));
                continue;
            }

            var caps = cap.Cap_tCO2.ToDictionary(kv => kv.Key, kv => kv.Key == check.Year ? kv.Value - Tonne : kv.Value);
            var tightened = solve(model.Scenario with { Target = new AnnualCapTarget(caps) });
            if (tightened.Optimum is not { } plan)
            {
                result.Add(new ImpliedCarbonPrice(check.Year, check.Limit, slack, true, null, null));
                continue;
            }

            var delta = (plan.TotalDiscountedCost_USD - optimum.TotalDiscountedCost_USD) / Tonne;
            var df = model.Years[model.YearIndex(check.Year)].DiscountFactor;
            result.Add(new ImpliedCarbonPrice(check.Year, check.Limit, slack, true, delta, delta / df));
        }

        return result;
    }
}
