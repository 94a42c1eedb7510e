using Calcine.Domain.Roadmaps;

namespace Calcine.Application.Roadmaps;

/// <summary>A check as integers for CP-SAT: Σ coef·z ≤ Rhs.</summary>
internal sealed record ScaledConstraint(List<(int Plant, int Layer, int Set, long Coef)> Terms, long Rhs);

/// <summary>The layered problem with its integer scalings. Scaling is by powers of two, so a double
/// times the scale is exact and the rounding is the only error. Checks are scaled as a relaxation
/// (coefficients rounded down, the bound rounded up with a margin): every plan that meets a check in
/// doubles meets its integer form, so "infeasible" from CP-SAT is a proof, and every plan CP-SAT
/// returns is re-evaluated in doubles before it is used. Costs are rounded to nearest; a plan's
/// integer cost over the scale differs from its double cost by at most <see cref="CostError"/>.</summary>
internal sealed class LayeredProblem
{
    /// <summary>Integers stay below 2^50, far from CP-SAT's int64 overflow checks.</summary>
    private const double IntegerRange = 1L << 50;

    public LayeredProblem(RoadmapModel model)
    {
        Model = model;
        Checks = new CheckSet(model);
        Layers = [.. Enumerable.Range(0, model.Scenario.Plants.Count).Select(p => PlantLayers.Build(model, p))];
        BauCost = Layers.Sum(l => l.BauCost);
        var maxCost = Layers.Sum(pl => pl.Cost.Sum(k => k.Max(Math.Abs)));
        CostScale = PowerOfTwoBelow(IntegerRange / Math.Max(maxCost, 1e-300));
        ScaledCost = [.. Layers.Select(pl => pl.Cost.Select(k => k.Select(c => (long)Math.Round(c * CostScale)).ToArray()).ToArray())];
        var terms = Layers.Sum(pl => pl.Sets.Length);
        CostError = terms * 0.5 / CostScale;
    }

    public RoadmapModel Model { get; }

    /// <summary>Whether the models carry the set-to-superset transition constraints.</summary>
    public bool Transitions { get; init; } = true;

    public CheckSet Checks { get; }

    public PlantLayers[] Layers { get; }

    public double BauCost { get; }

    public double CostScale { get; }

    public long[][][] ScaledCost { get; }

    /// <summary>|integer cost / scale − double cost| ≤ this, for every plan.</summary>
    public double CostError { get; }

    /// <summary>The largest integer cost a plan of double cost ≤ <paramref name="cost"/> can have.</summary>
    public long ScaledCostCap(double cost) => (long)Math.Floor(((cost - BauCost) * CostScale) + (CostError * CostScale)) + 1;

    public static double PowerOfTwoBelow(double x) => Math.Pow(2, Math.Floor(Math.Log2(x)));

    /// <summary>The relaxed integer form of a check: Σ over the check's plants and years of CO2.</summary>
    public ScaledConstraint Relaxed(CheckSpec c)
    {
        var from = c.Cumulative ? 0 : c.YearIndex;
        var terms = new List<(int, int, int, double)>();
        var constant = 0.0;
        var maxSum = 0.0;
        foreach (var p in c.Plants)
        {
            var pl = Layers[p];
            for (var yi = from; yi <= c.YearIndex; yi++)
            {
                constant += pl.BauCo2[yi];
            }

            for (var k = 0; k < pl.Sets.Length; k++)
            {
                var start = Model.YearIndex(Model.Scenario.DecisionYears[k]);
                int lo = Math.Max(from, start), hi = Math.Min(c.YearIndex, PlantLayers.LayerEnd(Model, k));
                if (lo > hi)
                {
                    continue;
                }

                var max = 0.0;
                for (var i = 0; i < pl.Sets[k].Length; i++)
                {
                    var v = 0.0;
                    for (var yi = lo; yi <= hi; yi++)
                    {
                        v += pl.Co2[k][i][yi - start];
                    }

                    terms.Add((p, k, i, v));
                    max = Math.Max(max, v);
                }

                maxSum += max;
            }
        }

        var bound = c.Bound;
        var scale = PowerOfTwoBelow(IntegerRange / Math.Max(maxSum + Math.Abs(bound) + Math.Abs(constant), 1e-300));
        // The margin covers the rounding of double sums in another order (relative 1e-12, a thousand
        // times what hundreds of additions can lose) and one unit for the floors.
        var margin = 1e-12 * (Math.Abs(bound) + Math.Abs(constant) + maxSum) * scale;
        var rhs = (long)Math.Floor(((bound - constant) * scale) + margin) + 1;
        return new ScaledConstraint([.. terms.Select(t => (t.Item1, t.Item2, t.Item3, (long)Math.Floor(t.Item4 * scale)))], rhs);
    }

    /// <summary>CO2 of a plant in a year index under a chain of set indices.</summary>
    public double Co2(int[][] chain, int plant, int yearIndex)
    {
        var k = PlantLayers.LayerOf(Model, yearIndex);
        if (k < 0)
        {
            return Layers[plant].BauCo2[yearIndex];
        }

        var start = Model.YearIndex(Model.Scenario.DecisionYears[k]);
        return Layers[plant].Co2[k][chain[plant][k]][yearIndex - start];
    }

    /// <summary>The plan's discounted cost in doubles.</summary>
    public double Cost(int[][] chain)
    {
        var sum = BauCost;
        for (var p = 0; p < Layers.Length; p++)
        {
            for (var k = 0; k < chain[p].Length; k++)
            {
                sum += Layers[p].Cost[k][chain[p][k]];
            }
        }

        return sum;
    }

    /// <summary>The plan's first violated year in doubles (null: it meets the target).</summary>
    public int? FirstViolatedYear(int[][] chain) => Checks.FirstViolatedYear((p, yi) => Co2(chain, p, yi));

    public AdoptionPlan Plan(int[][] chain) =>
        new([.. Layers.Select((pl, p) => pl.AdoptionYears(Model, chain[p]))]);
}
