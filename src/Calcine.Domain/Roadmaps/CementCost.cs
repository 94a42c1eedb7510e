namespace Calcine.Domain.Roadmaps;

/// <summary>Undiscounted cost per tonne of cement in one year, all plants together: the plan's
/// Σ cost / Σ cement, BAU's, and the plan's extra cost per tonne (negative when the plan is cheaper).</summary>
public sealed record CementCost(int Year, double Plan_USD_per_tCement, double Bau_USD_per_tCement)
{
    public double Difference_USD_per_tCement => Plan_USD_per_tCement - Bau_USD_per_tCement;

    /// <summary>Pairs the plan's and BAU's years (both startYear..endYear).</summary>
    public static IReadOnlyList<CementCost> Compare(PlanEvaluation plan, PlanEvaluation bau) =>
        [.. plan.Years.Zip(bau.Years, (p, b) => new CementCost(p.Year, p.Total.Cost_USD / p.Total.Cement_t, b.Total.Cost_USD / b.Total.Cement_t))];
}
