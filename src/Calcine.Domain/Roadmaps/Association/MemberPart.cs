namespace Calcine.Domain.Roadmaps.Association;

/// <summary>One company's part of the association's road map: the plants (indices into the model's
/// plants[]) that are its own, in a model that is its own scenario (members' plans combined) or the
/// sector's (one optimisation), with BAU and the plan evaluated in that model. A null plan (no plan meets
/// the member's target) counts as BAU: it adopts nothing.</summary>
public sealed record MemberPart(int CompanyId, RoadmapModel Model, IReadOnlyList<int> Plants, PlanEvaluation Bau, PlanEvaluation? Plan)
{
    public string PlantKey(int plant) => $"{CompanyId}:{Model.Scenario.Plants[plant].Id}";

    /// <summary>The plan's row of a plant in a year, or BAU's when there is no plan.</summary>
    public RoadmapRow PlanRow(int plant, int yearIndex) => (Plan ?? Bau).Years[yearIndex].Plants[plant];

    public int AdoptionYear(int plant, int lever) => Plan?.Plan.Year(plant, lever) ?? 0;
}

/// <summary>Splits a plan's abatement in one plant-year by GCCA lever category: the active levers are
/// applied in application order to the BAU state, as the row is computed, and each lever's CO2 change is
/// booked to its category. The parts add up to BAU − plan (the same arithmetic, the same order).</summary>
public static class CategoryAttribution
{
    public static double[] ByCategory(RoadmapModel model, int plant, int yearIndex, ulong active)
    {
        var result = new double[Enum.GetValues<LeverCategory>().Length];
        var prices = model.Years[yearIndex];
        var state = model.BauState(plant, yearIndex);
        var before = state.Quantities(prices).Co2_tCO2;
        foreach (var l in model.PlantLevers[plant])
        {
            if ((active & (1UL << l)) == 0)
            {
                continue;
            }

            state.Apply(model.Scenario.Levers[l].Effect);
            var after = state.Quantities(prices).Co2_tCO2;
            result[(int)model.Scenario.Levers[l].Category] += before - after;
            before = after;
        }

        return result;
    }
}
