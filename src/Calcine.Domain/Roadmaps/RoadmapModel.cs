namespace Calcine.Domain.Roadmaps;

/// <summary>The scenario prepared for evaluation: per plant its levers in application order, each
/// lever's annuity and fixed OPEX at that plant, and per year the prices and the BAU state. Every
/// figure of a result is derived here from the inputs by the contract's formulas, unrounded.</summary>
public sealed class RoadmapModel
{
    private readonly PlantState[][] bau;
    private readonly double[] crf;

    public RoadmapModel(RoadmapScenario scenario)
    {
        Scenario = scenario;
        var h = scenario.Horizon;
        LeverIndex = scenario.Levers.Select((l, i) => (l.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        crf = [.. scenario.Levers.Select(l => Finance.CapitalRecoveryFactor(scenario.DiscountRate, l.LifeYears))];
        Years = [.. h.Years.Select(t => new YearPrices(
            t,
            Finance.DiscountFactor(scenario.DiscountRate, t, h.BaseYear),
            scenario.GridEf.At(t),
            scenario.ElectricityPrice.At(t),
            scenario.CarbonPrice.At(t)))];
        PlantLevers = [.. scenario.Plants.Select(p => ApplicationOrder(p))];
        bau = [.. scenario.Plants.Select(p => Years.Select(y => PlantState.Bau(p.Baseline, Cement(p, y.Year))).ToArray())];
    }

    public RoadmapScenario Scenario { get; }

    public IReadOnlyDictionary<string, int> LeverIndex { get; }

    /// <summary>Prices per year, startYear..endYear.</summary>
    public IReadOnlyList<YearPrices> Years { get; }

    /// <summary>Per plant, the indices (into levers[]) of its available levers in application order.</summary>
    public IReadOnlyList<IReadOnlyList<int>> PlantLevers { get; }

    public int YearIndex(int year) => year - Scenario.Horizon.StartYear;

    public double Cement(RoadmapPlant p, int year) =>
        p.CementPath is { } path
            ? path.At(year)
            : p.Baseline.Cement_t * Math.Pow(1 + (Scenario.DemandGrowthPerYear ?? 0), year - Scenario.Horizon.BaseYear);

    public PlantState BauState(int plant, int yearIndex) => bau[plant][yearIndex];

    public double CapexAnnuity(int plant, int lever) =>
        Scenario.Levers[lever].Capex_USD_per_tCapacity * Scenario.Plants[plant].KilnCapacity_t * crf[lever];

    public double CapitalRecoveryFactor(int lever) => crf[lever];

    public double Opex(int plant, int lever, double unitQuantity)
    {
        var l = Scenario.Levers[lever];
        return (l.FixedOpex_USD_per_tCapacity_yr * Scenario.Plants[plant].KilnCapacity_t) + (l.VariableOpex_USD_per_unit * unitQuantity);
    }

    public double Investment(int plant, int lever) => Scenario.Levers[lever].Capex_USD_per_tCapacity * Scenario.Plants[plant].KilnCapacity_t;

    /// <summary>The row of a plant in a year with the levers of <paramref name="active"/> (a bit per
    /// index into levers[]) applied in application order to its BAU state.</summary>
    public RoadmapRow Row(int plant, int yearIndex, ulong active)
    {
        var state = bau[plant][yearIndex];
        double annuity = 0, opex = 0;
        foreach (var l in PlantLevers[plant])
        {
            if ((active & (1UL << l)) == 0)
            {
                continue;
            }

            var unit = state.Apply(Scenario.Levers[l].Effect);
            annuity += CapexAnnuity(plant, l);
            opex += Opex(plant, l, unit);
        }

        return RoadmapRow.Of(state.Quantities(Years[yearIndex]), annuity, opex);
    }

    private int[] ApplicationOrder(RoadmapPlant p)
    {
        var available = p.LeverIds is null
            ? Enumerable.Range(0, Scenario.Levers.Count)
            : p.LeverIds.Select(id => LeverIndex[id]).Distinct();
        return [.. available.OrderBy(i => Scenario.Levers[i].Kind).ThenBy(i => i)];
    }
}
