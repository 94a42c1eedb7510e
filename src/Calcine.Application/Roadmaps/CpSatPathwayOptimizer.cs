using System.Diagnostics;
using System.Globalization;
using Calcine.Domain.Roadmaps;
using Google.OrTools.Sat;

namespace Calcine.Application.Roadmaps;

/// <summary>How a pathway was found: by which method, whether optimality is proven, the number of
/// solver calls and the relative gap left when a time limit stopped the search.</summary>
public sealed record PathwaySearch(string Method, bool ProvenOptimal, int SolverCalls, double? RelativeGap, double Seconds);

/// <summary>The contract's optimum with CP-SAT on the layered formulation (<see cref="PlantLayers"/>).
/// Exact in this sense: CP-SAT works on integer forms whose feasible set contains every plan that is
/// feasible in doubles, each plan it returns is re-evaluated in doubles (and excluded if it fails),
/// and the near-optimal plans are then enumerated or searched lexicographically so that the 1e-9 tie
/// rule and the key decide exactly as the contract says.</summary>
public sealed class CpSatPathwayOptimizer
{
    private readonly LayeredProblem problem;
    private readonly int workers;
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly double timeLimit;
    private readonly List<int[][]> rejected = [];
    private int calls;
    private bool timedOut;

    /// <param name="workers">CP-SAT workers. One worker with the full LP linearisation proves these
    /// models far faster than the default portfolio on two cores (docs/benchmarks.md): the LP bound
    /// is what closes the gap, and the second worker of the default portfolio runs without it.</param>
    public CpSatPathwayOptimizer(RoadmapModel model, int workers = 1, double timeLimitSeconds = 600)
    {
        problem = new LayeredProblem(model);
        this.workers = workers;
        timeLimit = timeLimitSeconds;
    }

    /// <summary>At most this many near-optimal plans are enumerated before the key is searched lexicographically.</summary>
    public int MaxEnumerated { get; init; } = 32;

    /// <summary>More CP-SAT parameters in its text format (for experiments and benchmarks).</summary>
    public string ExtraParameters { get; init; } = "";

    public (PathwayResult Result, PathwaySearch Search) Solve()
    {
        var feasibility = FeasibilityConstraints();
        var (first, status, gap) = Minimise(feasibility);
        if (first is null)
        {
            if (status == CpSolverStatus.Infeasible)
            {
                var fvy = LatestFirstViolation();
                return (PathwayResult.Infeasible(fvy), Search(true, null));
            }

            throw new TimeoutException($"no feasible plan found nor infeasibility proven in {timeLimit.ToString(CultureInfo.InvariantCulture)} s");
        }

        if (status != CpSolverStatus.Optimal)
        {
            return (PathwayResult.Optimal(PlanEvaluation.Of(problem.Model, problem.Plan(first))), Search(false, gap));
        }

        var best = NearOptimal(feasibility, first);
        return (PathwayResult.Optimal(PlanEvaluation.Of(problem.Model, problem.Plan(best))), Search(!timedOut, timedOut ? gap : 0));
    }

    private PathwaySearch Search(bool proven, double? gap) => new("cp-sat", proven, calls, gap, clock.Elapsed.TotalSeconds);

    private List<ScaledConstraint> FeasibilityConstraints()
    {
        var checks = problem.Checks.Checks;
        // A budget's running sums only grow (CO2 ≥ 0): the last one decides feasibility.
        var used = problem.Model.Scenario.Target is CumulativeBudgetTarget ? [checks[^1]] : checks;
        return [.. used.Select(problem.Relaxed)];
    }

    /// <summary>The least-cost plan that is feasible in doubles, by the relaxed model and exclusion of
    /// the plans that fail in doubles.</summary>
    private (int[][]? Plan, CpSolverStatus Status, double? Gap) Minimise(List<ScaledConstraint> constraints)
    {
        while (true)
        {
            var m = NewModel(constraints);
            m.Model.Minimize(m.Cost());
            m.Hint(LowestCo2Chain());
            var (status, chain, gap) = Run(m);
            if (chain is null)
            {
                return (null, status, gap);
            }

            if (problem.FirstViolatedYear(chain) is null)
            {
                return (chain, status, gap);
            }

            rejected.Add(chain);
        }
    }

    /// <summary>A starting point for the search (a hint only; it decides nothing): per plant and
    /// layer the set of least CO2 in the layer's first year among those that keep the adoptions so far.</summary>
    private int[][] LowestCo2Chain() =>
        [.. problem.Layers.Select(pl =>
        {
            var chain = new int[pl.Sets.Length];
            ulong held = 0;
            for (var k = 0; k < pl.Sets.Length; k++)
            {
                var best = -1;
                for (var i = 0; i < pl.Sets[k].Length; i++)
                {
                    if ((pl.Sets[k][i] & held) == held && (best < 0 || pl.Co2[k][i][0] < pl.Co2[k][best][0]))
                    {
                        best = i;
                    }
                }

                chain[k] = best;
                held = pl.Sets[k][best];
            }

            return chain;
        })];

    /// <summary>Plans costing at most L + 1e-9·|L|: enumerated when few, else the key searched pair by pair.</summary>
    private int[][] NearOptimal(List<ScaledConstraint> constraints, int[][] first)
    {
        var seen = new List<(int[][] Chain, double Cost)> { (first, problem.Cost(first)) };
        var least = seen[0].Cost;
        while (seen.Count <= MaxEnumerated)
        {
            var m = NewModel(constraints);
            m.Model.Add(m.Cost() <= problem.ScaledCostCap(Band(least)));
            foreach (var (chain, _) in seen)
            {
                m.Exclude(chain);
            }

            var (status, found, _) = Run(m);
            if (found is null)
            {
                if (status != CpSolverStatus.Infeasible)
                {
                    timedOut = true;
                }

                return KeyMin(seen, least);
            }

            if (problem.FirstViolatedYear(found) is not null)
            {
                rejected.Add(found);
                continue;
            }

            var cost = problem.Cost(found);
            seen.Add((found, cost));
            least = Math.Min(least, cost);
        }

        return Lexicographic(constraints, seen, least);
    }

    private static double Band(double least) => least + (RoadmapTarget.Tolerance * Math.Abs(least));

    private int[][] KeyMin(List<(int[][] Chain, double Cost)> plans, double least) =>
        plans.Where(x => x.Cost <= Band(least))
            .Select(x => x.Chain)
            .Aggregate((a, b) => problem.Plan(a).CompareTo(problem.Plan(b)) <= 0 ? a : b);

    /// <summary>Fixes the pairs (plant, lever) in key order to the smallest value that still admits
    /// a feasible plan within the band: first never, else the earliest adoption year.</summary>
    private int[][] Lexicographic(List<ScaledConstraint> constraints, List<(int[][] Chain, double Cost)> seen, double least)
    {
        var incumbent = KeyMin(seen, least);
        var fixedPairs = new List<(int Plant, int Lever, int Year)>();
        var s = problem.Model.Scenario;
        var lastLayer = s.DecisionYears.Count - 1;
        for (var p = 0; p < s.Plants.Count; p++)
        {
            foreach (var l in problem.Layers[p].Levers)
            {
                var current = problem.Plan(incumbent).Year(p, l);
                if (current != 0)
                {
                    var never = Query(constraints, least, fixedPairs, m => m.Model.Add(m.A[(p, lastLayer, l)] == 0), null);
                    if (never is not null)
                    {
                        (incumbent, least) = (never, Math.Min(least, problem.Cost(never)));
                    }
                    else
                    {
                        var earliest = Query(constraints, least, fixedPairs, m => m.Model.Add(m.A[(p, lastLayer, l)] == 1),
                            m => LinearExpr.Sum(Enumerable.Range(0, lastLayer + 1).Select(k => m.A[(p, k, l)])));
                        if (earliest is not null && AdoptionYear(earliest, p, l) is var y && y != 0 && AdoptionPrecedes(y, current))
                        {
                            (incumbent, least) = (earliest, Math.Min(least, problem.Cost(earliest)));
                        }
                    }
                }

                fixedPairs.Add((p, l, problem.Plan(incumbent).Year(p, l)));
            }
        }

        return incumbent;
    }

    private int AdoptionYear(int[][] chain, int plant, int lever) => problem.Plan(chain).Year(plant, lever);

    private static bool AdoptionPrecedes(int a, int b) => AdoptionPlan.CompareValue(a, b) < 0;

    /// <summary>A plan within the band, with the fixings and one extra condition, that holds in doubles;
    /// maximising <paramref name="maximise"/> when given. Plans failing in doubles are excluded and the query repeated.</summary>
    private int[][]? Query(List<ScaledConstraint> constraints, double least, List<(int Plant, int Lever, int Year)> fixings, Action<CpSatModel> extra, Func<CpSatModel, LinearExpr>? maximise)
    {
        var local = new List<int[][]>();
        while (true)
        {
            var m = NewModel(constraints);
            m.Model.Add(m.Cost() <= problem.ScaledCostCap(Band(least)));
            foreach (var (p, l, y) in fixings)
            {
                m.Fix(p, l, y);
            }

            extra(m);
            foreach (var c in local)
            {
                m.Exclude(c);
            }

            if (maximise is not null)
            {
                m.Model.Maximize(maximise(m));
            }

            var (status, found, _) = Run(m);
            if (found is null)
            {
                if (status != CpSolverStatus.Infeasible)
                {
                    timedOut = true;
                }

                return null;
            }

            if (maximise is not null && status != CpSolverStatus.Optimal)
            {
                timedOut = true;
            }

            if (problem.FirstViolatedYear(found) is null && problem.Cost(found) <= Band(least))
            {
                return found;
            }

            local.Add(found);
        }
    }

    /// <summary>The largest first violated year over all admissible plans: the largest checked year
    /// Yⱼ such that some plan meets every check before it (binary search; that property only weakens
    /// as j grows).</summary>
    private int LatestFirstViolation()
    {
        var checks = problem.Checks.Checks;
        var years = problem.Checks.Years;
        int lo = 0, hi = years.Count - 1; // Meeting the checks before years[0] is trivially possible.
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            var before = checks.Where(c => c.Year < years[mid]).ToList();
            if (problem.Model.Scenario.Target is CumulativeBudgetTarget)
            {
                before = [before[^1]];
            }

            if (Satisfiable(before, years[mid]))
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return years[lo];
    }

    private bool Satisfiable(List<CheckSpec> checks, int year)
    {
        var constraints = checks.Select(problem.Relaxed).ToList();
        var local = new List<int[][]>();
        while (true)
        {
            var m = NewModel(constraints);
            foreach (var c in local)
            {
                m.Exclude(c);
            }

            var (status, found, _) = Run(m);
            if (found is null)
            {
                return status == CpSolverStatus.Infeasible
                    ? false
                    : throw new TimeoutException($"could not decide within {timeLimit.ToString(CultureInfo.InvariantCulture)} s whether a plan meets the target before {year}");
            }

            if (problem.FirstViolatedYear(found) is not { } fvy || fvy >= year)
            {
                return true;
            }

            local.Add(found);
        }
    }

    private CpSatModel NewModel(List<ScaledConstraint> constraints)
    {
        var m = new CpSatModel(problem);
        foreach (var c in constraints)
        {
            m.AddCheck(c);
        }

        foreach (var r in rejected)
        {
            m.Exclude(r);
        }

        return m;
    }

    private (CpSolverStatus Status, int[][]? Chain, double? Gap) Run(CpSatModel m)
    {
        calls++;
        var remaining = Math.Max(0.1, timeLimit - clock.Elapsed.TotalSeconds);
        var solver = new CpSolver
        {
            StringParameters = string.Create(CultureInfo.InvariantCulture, $"{(ExtraParameters.Contains("num_workers", StringComparison.Ordinal) ? "" : $"num_workers:{workers} ")}{(ExtraParameters.Contains("linearization_level", StringComparison.Ordinal) ? "" : "linearization_level:2 ")}max_time_in_seconds:{remaining} relative_gap_limit:0 absolute_gap_limit:0 {ExtraParameters}"),
        };
        var status = solver.Solve(m.Model);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            return (status, null, null);
        }

        double? gap = null;
        if (m.Model.Model.Objective is not null || m.Model.Model.FloatingPointObjective is not null)
        {
            var obj = solver.ObjectiveValue;
            gap = obj == 0 ? 0 : Math.Abs(obj - solver.BestObjectiveBound) / Math.Abs(obj);
        }

        return (status, m.Read(solver), gap);
    }
}
