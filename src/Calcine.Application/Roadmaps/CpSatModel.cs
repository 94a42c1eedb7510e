using Google.OrTools.Sat;

namespace Calcine.Application.Roadmaps;

/// <summary>One CP-SAT model of the layered plan space: z(p, k, i) = 1 when plant p runs set i in
/// layer k (exactly one per plant and layer), a(p, k, l) = Σ_{i ∋ l} z(p, k, i) whether lever l is
/// active in layer k, a(p, k, l) ≤ a(p, k + 1, l) (adoption is for good). Queries add their checks,
/// cost cap, fixings, exclusions and objective on top.</summary>
internal sealed class CpSatModel
{
    public CpSatModel(LayeredProblem problem)
    {
        Problem = problem;
        Model = new CpModel();
        var plants = problem.Layers.Length;
        Z = new BoolVar[plants][][];
        A = new Dictionary<(int Plant, int Layer, int Lever), BoolVar>();
        for (var p = 0; p < plants; p++)
        {
            var pl = problem.Layers[p];
            Z[p] = new BoolVar[pl.Sets.Length][];
            for (var k = 0; k < pl.Sets.Length; k++)
            {
                Z[p][k] = [.. pl.Sets[k].Select((_, i) => Model.NewBoolVar($"z_{p}_{k}_{i}"))];
                Model.AddExactlyOne(Z[p][k]);
                foreach (var l in pl.Levers)
                {
                    var a = Model.NewBoolVar($"a_{p}_{k}_{l}");
                    var members = Z[p][k].Where((_, i) => (pl.Sets[k][i] & (1UL << l)) != 0).ToList();
                    var sum = LinearExpr.NewBuilder();
                    sum.AddSum(members);
                    Model.Add(sum == a);
                    A[(p, k, l)] = a;
                    if (k > 0)
                    {
                        Model.Add(A[(p, k - 1, l)] <= a);
                    }
                }

                if (k > 0 && problem.Transitions)
                {
                    // Redundant for whole numbers, much tighter for the LP: the set of layer k − 1
                    // continues into one of its supersets.
                    for (var i = 0; i < pl.Sets[k - 1].Length; i++)
                    {
                        var from = pl.Sets[k - 1][i];
                        var next = LinearExpr.NewBuilder();
                        next.AddSum(Z[p][k].Where((_, j) => (pl.Sets[k][j] & from) == from));
                        Model.Add(Z[p][k - 1][i] <= next);
                    }
                }
            }
        }
    }

    public LayeredProblem Problem { get; }

    public CpModel Model { get; }

    public BoolVar[][][] Z { get; }

    public Dictionary<(int Plant, int Layer, int Lever), BoolVar> A { get; }

    public void AddCheck(ScaledConstraint c)
    {
        var sum = LinearExpr.NewBuilder();
        foreach (var (p, k, i, coef) in c.Terms)
        {
            sum.AddTerm(Z[p][k][i], coef);
        }

        Model.Add(sum <= c.Rhs);
    }

    public LinearExpr Cost()
    {
        var sum = LinearExpr.NewBuilder();
        for (var p = 0; p < Z.Length; p++)
        {
            for (var k = 0; k < Z[p].Length; k++)
            {
                for (var i = 0; i < Z[p][k].Length; i++)
                {
                    sum.AddTerm(Z[p][k][i], Problem.ScaledCost[p][k][i]);
                }
            }
        }

        return sum;
    }

    /// <summary>Excludes one plan (a chain of set indices per plant and layer).</summary>
    public void Exclude(int[][] chain) =>
        Model.AddBoolOr([.. chain.SelectMany((sets, p) => sets.Select((i, k) => Z[p][k][i].Not()))]);

    /// <summary>Fixes a lever's adoption year at a plant: 0 (never) or a decision year.</summary>
    public void Fix(int plant, int lever, int year)
    {
        var years = Problem.Model.Scenario.DecisionYears;
        var last = years.Count - 1;
        if (year == 0)
        {
            Model.Add(A[(plant, last, lever)] == 0);
            return;
        }

        var k = IndexOf(years, year);
        Model.Add(A[(plant, k, lever)] == 1);
        if (k > 0)
        {
            Model.Add(A[(plant, k - 1, lever)] == 0);
        }
    }

    public void Hint(int[][] chain)
    {
        for (var p = 0; p < Z.Length; p++)
        {
            for (var k = 0; k < Z[p].Length; k++)
            {
                for (var i = 0; i < Z[p][k].Length; i++)
                {
                    Model.AddHint(Z[p][k][i], chain[p][k] == i);
                }
            }
        }
    }

    public int[][] Read(CpSolver solver) =>
        [.. Z.Select(layers => layers.Select(vars => Array.FindIndex(vars, v => solver.BooleanValue(v))).ToArray())];

    private static int IndexOf(IReadOnlyList<int> list, int value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == value)
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, "not a decision year");
    }
}
