namespace Calcine.Domain.Roadmaps;

/// <summary>The least-cost problem of one plant as layers, the form the exact optimiser works on. A
/// plant plan is the same thing as a chain of active lever sets S₁ ⊆ S₂ ⊆ … ⊆ Sₘ, one per decision
/// year dₖ (a lever's adoption year is the first dₖ whose set holds it). A set is admissible in layer
/// k when it holds at most one lever per exclusive group, holds the requires of each of its levers,
/// and holds no lever whose earliestYear is after dₖ. Set k is active in the years dₖ..dₖ₊₁ − 1, so
/// the plant's discounted cost and its CO2 per year add up over layers, each term precomputed here.
/// Years before d₁ are BAU.</summary>
public sealed class PlantLayers
{
    private PlantLayers(int plant, int[] levers, ulong[][] sets, double[][] cost, double[][][] co2, double bauCost, double[] bauCo2)
    {
        Plant = plant;
        Levers = levers;
        Sets = sets;
        Cost = cost;
        Co2 = co2;
        BauCost = bauCost;
        BauCo2 = bauCo2;
    }

    public int Plant { get; }

    /// <summary>The levers available at the plant, in levers[] (key) order.</summary>
    public int[] Levers { get; }

    /// <summary>Per layer, its admissible sets (a bit per index into levers[]); the empty set first.</summary>
    public ulong[][] Sets { get; }

    /// <summary>Per layer and set, Σ DF(t)·cost(t) over the layer's years.</summary>
    public double[][] Cost { get; }

    /// <summary>Per layer and set, CO2 of each of the layer's years (index t − layer start).</summary>
    public double[][][] Co2 { get; }

    /// <summary>Discounted cost of the BAU years before the first decision year.</summary>
    public double BauCost { get; }

    /// <summary>CO2 per year index of the BAU years before the first decision year.</summary>
    public double[] BauCo2 { get; }

    public static int[] LayerStarts(RoadmapModel model) => [.. model.Scenario.DecisionYears.Select(model.YearIndex)];

    public static int LayerEnd(RoadmapModel model, int layer)
    {
        var starts = model.Scenario.DecisionYears;
        return layer + 1 < starts.Count ? model.YearIndex(starts[layer + 1]) - 1 : model.Years.Count - 1;
    }

    /// <summary>The layer whose set is active in a year index, or −1 before the first decision year.</summary>
    public static int LayerOf(RoadmapModel model, int yearIndex)
    {
        var year = model.Years[yearIndex].Year;
        var k = -1;
        for (var i = 0; i < model.Scenario.DecisionYears.Count && model.Scenario.DecisionYears[i] <= year; i++)
        {
            k = i;
        }

        return k;
    }

    public static PlantLayers Build(RoadmapModel model, int plant)
    {
        var s = model.Scenario;
        var levers = model.PlantLevers[plant].Order().ToArray();
        var all = AdmissibleSets(model, levers);
        var layers = s.DecisionYears.Count;
        var sets = new ulong[layers][];
        var cost = new double[layers][];
        var co2 = new double[layers][][];
        for (var k = 0; k < layers; k++)
        {
            var d = s.DecisionYears[k];
            sets[k] = [.. all.Where(m => levers.All(l => (m & (1UL << l)) == 0 || s.Levers[l].EarliestYear is not { } e || e <= d))];
            int from = model.YearIndex(d), to = LayerEnd(model, k);
            cost[k] = new double[sets[k].Length];
            co2[k] = new double[sets[k].Length][];
            for (var i = 0; i < sets[k].Length; i++)
            {
                co2[k][i] = new double[to - from + 1];
                for (var yi = from; yi <= to; yi++)
                {
                    var row = model.Row(plant, yi, sets[k][i]);
                    cost[k][i] += model.Years[yi].DiscountFactor * row.Cost_USD;
                    co2[k][i][yi - from] = row.Co2_tCO2;
                }
            }
        }

        var first = layers > 0 ? model.YearIndex(s.DecisionYears[0]) : model.Years.Count;
        var bauCo2 = new double[model.Years.Count];
        var bauCost = 0.0;
        for (var yi = 0; yi < first; yi++)
        {
            var row = model.Row(plant, yi, 0);
            bauCost += model.Years[yi].DiscountFactor * row.Cost_USD;
            bauCo2[yi] = row.Co2_tCO2;
        }

        return new PlantLayers(plant, levers, sets, cost, co2, bauCost, bauCo2);
    }

    /// <summary>Subsets of the plant's levers closed under requires with at most one lever per group.</summary>
    public static List<ulong> AdmissibleSets(RoadmapModel model, int[] levers)
    {
        if (levers.Length > 20)
        {
            throw new ArgumentException($"{levers.Length} levers at one plant: too many for the exact optimiser (at most 20)", nameof(levers));
        }

        var s = model.Scenario;
        var result = new List<ulong>();
        for (var bits = 0; bits < 1 << levers.Length; bits++)
        {
            ulong mask = 0;
            for (var i = 0; i < levers.Length; i++)
            {
                if ((bits & (1 << i)) != 0)
                {
                    mask |= 1UL << levers[i];
                }
            }

            var years = new int[s.Levers.Count];
            foreach (var l in levers.Where(l => (mask & (1UL << l)) != 0))
            {
                years[l] = 1;
            }

            if (PlantPlans.Admissible(model, years))
            {
                result.Add(mask);
            }
        }

        return result;
    }

    /// <summary>The adoption years (levers[] order, 0 = never) of a chain of set indices, one per layer.</summary>
    public int[] AdoptionYears(RoadmapModel model, int[] setIndexPerLayer)
    {
        var years = new int[model.Scenario.Levers.Count];
        for (var k = 0; k < setIndexPerLayer.Length; k++)
        {
            var mask = Sets[k][setIndexPerLayer[k]];
            foreach (var l in Levers)
            {
                if (years[l] == 0 && (mask & (1UL << l)) != 0)
                {
                    years[l] = model.Scenario.DecisionYears[k];
                }
            }
        }

        return years;
    }
}
