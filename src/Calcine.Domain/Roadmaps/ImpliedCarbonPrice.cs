namespace Calcine.Domain.Roadmaps;

/// <summary>One check of the target (company null unless intensity): the limit and the optimum's
/// slack in tonnes, and when it binds (slack below one tonne) what one tonne less costs: the change
/// in least discounted cost, and that change in the checked year's own money (÷ its discount factor;
/// for a budget, which spans every year, base-year money). Both null when no plan meets the tighter limit.</summary>
public sealed record ImpliedCarbonPrice(
    int Year,
    string? Company,
    double Limit_tCO2,
    double Slack_tCO2,
    bool Binding,
    double? DeltaDiscountedCost_USD,
    double? Price_USD_per_tCO2);

/// <summary>The implied carbon price of each check by finite difference: re-optimise with that check's
/// limit one tonne tighter (a cap or budget − 1 t; an intensity limit − 1 t / the company's cement that
/// year). Plans are discrete, so this is the cost of the cheapest plan change that removes a tonne (a
/// step, not a derivative). A check with a slack of at least 1 t does not bind: the optimum meets the
/// tighter limit too, so the price is 0 without re-optimising.</summary>
public static class ImpliedCarbonPrices
{
    public const double Tonne = 1.0;

    /// <param name="solve">The least-cost optimiser used for the study (exact, so that the difference is one of optima).</param>
    public static IReadOnlyList<ImpliedCarbonPrice> Compute(RoadmapModel model, PlanEvaluation optimum, Func<RoadmapScenario, PathwayResult> solve)
    {
        var result = new List<ImpliedCarbonPrice>();
        foreach (var check in optimum.Checks)
        {
            // Tonnes per unit of the limit: 1 for a cap or budget, the company's cement for intensity.
            var scale = check.Company is null ? 1.0 : CompanyCement(model, optimum, check);
            var slack = (check.Limit - check.Value) * scale;
            if (slack >= Tonne)
            {
                result.Add(new ImpliedCarbonPrice(check.Year, check.Company, check.Limit * scale, slack, false, 0, 0));
                continue;
            }

            var tightened = solve(model.Scenario with { Target = Tighten(model.Scenario.Target, check, Tonne / scale) });
            if (tightened.Optimum is not { } plan)
            {
                result.Add(new ImpliedCarbonPrice(check.Year, check.Company, check.Limit * scale, slack, true, null, null));
                continue;
            }

            var delta = (plan.TotalDiscountedCost_USD - optimum.TotalDiscountedCost_USD) / Tonne;
            var df = model.Scenario.Target is CumulativeBudgetTarget ? 1 : model.Years[model.YearIndex(check.Year)].DiscountFactor;
            result.Add(new ImpliedCarbonPrice(check.Year, check.Company, check.Limit * scale, slack, true, delta, delta / df));
        }

        return result;
    }

    private static double CompanyCement(RoadmapModel model, PlanEvaluation optimum, TargetCheck check)
    {
        var year = optimum.Years[model.YearIndex(check.Year)];
        return Enumerable.Range(0, model.Scenario.Plants.Count)
            .Where(p => model.Scenario.Plants[p].Company == check.Company)
            .Sum(p => year.Plants[p].Cement_t);
    }

    private static RoadmapTarget Tighten(RoadmapTarget target, TargetCheck check, double by) => target switch
    {
        AnnualCapTarget cap => new AnnualCapTarget(cap.Cap_tCO2.ToDictionary(kv => kv.Key, kv => kv.Key == check.Year ? kv.Value - by : kv.Value)),
        CumulativeBudgetTarget budget => new CumulativeBudgetTarget(budget.Budget_tCO2 - by),
        IntensityTarget intensity => new IntensityTarget([.. intensity.Companies.Select(c => c.Company != check.Company ? c : c with
        {
            Limit_tCO2_per_tCement = c.Limit_tCO2_per_tCement.ToDictionary(kv => kv.Key, kv => kv.Key == check.Year ? kv.Value - by : kv.Value),
        })]),
        _ => throw new ArgumentOutOfRangeException(nameof(target), target.GetType().Name, "unknown target"),
    };
}
