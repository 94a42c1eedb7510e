namespace Calcine.Domain.Roadmaps;

/// <summary>One year of a plan (or of BAU): rows per plant in input order and their total.</summary>
public sealed record RoadmapYear(
    int Year,
    double DiscountFactor,
    IReadOnlyList<RoadmapRow> Plants,
    RoadmapRow Total,
    double CumulativeCo2_tCO2,
    double Investment_USD,
    bool? TargetMet);

/// <summary>A plan evaluated: its years, its target checks and its total discounted cost.</summary>
public sealed record PlanEvaluation(
    AdoptionPlan Plan,
    IReadOnlyList<RoadmapYear> Years,
    IReadOnlyList<TargetCheck> Checks,
    double TotalDiscountedCost_USD,
    int? FirstViolatedYear)
{
    public bool Feasible => FirstViolatedYear is null;

    /// <summary>Evaluates a plan by the contract's formulas; BAU is the plan that adopts nothing.</summary>
    public static PlanEvaluation Of(RoadmapModel model, AdoptionPlan plan)
    {
        var s = model.Scenario;
        var plants = s.Plants.Count;
        var rows = new RoadmapRow[plants][];
        for (var p = 0; p < plants; p++)
        {
            rows[p] = new RoadmapRow[model.Years.Count];
            for (var yi = 0; yi < model.Years.Count; yi++)
            {
                rows[p][yi] = model.Row(p, yi, plan.ActiveMask(p, model.Years[yi].Year));
            }
        }

        double Co2(int p, int yi) => rows[p][yi].Co2_tCO2;
        double Cement(int p, int yi) => rows[p][yi].Cement_t;
        var checks = TargetChecks.Evaluate(model, Co2, Cement);
        var years = new List<RoadmapYear>(model.Years.Count);
        double cumulative = 0, total = 0;
        for (var yi = 0; yi < model.Years.Count; yi++)
        {
            var prices = model.Years[yi];
            var plantRows = Enumerable.Range(0, plants).Select(p => rows[p][yi]).ToList();
            var sum = RoadmapRow.Sum(plantRows);
            cumulative += sum.Co2_tCO2;
            total += prices.DiscountFactor * plantRows.Sum(r => r.Cost_USD);
            var yearChecks = checks.Where(c => c.Year == prices.Year).ToList();
            years.Add(new RoadmapYear(
                prices.Year,
                prices.DiscountFactor,
                plantRows,
                sum,
                cumulative,
                Investment(model, plan, prices.Year),
                yearChecks.Count == 0 ? null : yearChecks.All(c => c.Met)));
        }

        return new PlanEvaluation(plan, years, checks, total, TargetChecks.FirstViolatedYear(model, Co2, Cement));
    }

    /// <summary>Σ capex × capacity of the levers adopted in the year (information; costs use annuities).</summary>
    private static double Investment(RoadmapModel model, AdoptionPlan plan, int year)
    {
        var sum = 0.0;
        for (var p = 0; p < plan.PlantCount; p++)
        {
            for (var l = 0; l < model.Scenario.Levers.Count; l++)
            {
                if (plan.Year(p, l) == year)
                {
                    sum += model.Investment(p, l);
                }
            }
        }

        return sum;
    }
}

/// <summary>The least-cost pathway: the optimum's evaluation when a feasible plan exists; otherwise
/// the largest first violated year over all admissible plans.</summary>
public sealed record PathwayResult(bool Feasible, int? FirstViolatedYear, PlanEvaluation? Optimum)
{
    public static PathwayResult Optimal(PlanEvaluation optimum) => new(true, null, optimum);

    public static PathwayResult Infeasible(int firstViolatedYear) => new(false, firstViolatedYear, null);
}
