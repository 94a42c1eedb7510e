namespace Calcine.Domain.Recp;

/// <summary>The exact best set of options under a CAPEX budget (a 0/1 knapsack) with the contract's
/// tie rules: most NPV, then least CAPEX, then the ordinally smallest id list. Depth-first branch and
/// bound over the candidates in id order; a branch is cut only when it is over budget or cannot reach
/// the NPV threshold, so every subset that could win is visited.</summary>
public static class PortfolioSelector
{
    public const int MaxCandidates = 20;
    public const double BudgetSlack = 1e-6;

    public static RecpPortfolio Select(IReadOnlyList<OptionAppraisal> options, double budget)
    {
        var always = options.Where(o => o.Npv > 0 && o.Option.Capex == 0).ToList();
        var candidates = Candidates(options, budget);
        if (candidates.Count > MaxCandidates)
        {
            throw new ArgumentException($"{candidates.Count} portfolio candidates; at most {MaxCandidates} are allowed");
        }

        var best = BestSubset([.. candidates.Select(c => c.Option.Capex)], [.. candidates.Select(c => c.Npv)], budget);
        var chosen = new HashSet<string>(always.Select(a => a.Option.Id), StringComparer.Ordinal);
        for (var i = 0; i < candidates.Count; i++)
        {
            if ((best & (1 << i)) != 0)
            {
                chosen.Add(candidates[i].Option.Id);
            }
        }

        var selected = options.Where(o => chosen.Contains(o.Option.Id)).ToList();
        var capex = selected.Sum(o => o.Option.Capex);
        return new RecpPortfolio(
            budget,
            [.. selected.Select(o => o.Option.Id)],
            capex,
            selected.Sum(o => o.Npv),
            selected.Sum(o => o.AnnualNetSaving),
            selected.Sum(o => o.Co2Avoided_t_per_year),
            budget - capex);
    }

    /// <summary>Options with NPV &gt; 0 and 0 &lt; CAPEX ≤ budget, in ordinal id order.</summary>
    public static List<OptionAppraisal> Candidates(IReadOnlyList<OptionAppraisal> options, double budget) =>
        [.. options.Where(o => o.Npv > 0 && o.Option.Capex > 0 && o.Option.Capex <= budget + BudgetSlack)
            .OrderBy(o => o.Option.Id, StringComparer.Ordinal)];

    /// <summary>The winning subset as a bit mask over items given in ordinal id order (bit i = item i).
    /// Every NPV is positive. Three exact passes: the best NPV, the least CAPEX among near-best sets,
    /// then the smallest id list among those.</summary>
    public static int BestSubset(double[] capex, double[] npv, double budget)
    {
        var n = capex.Length;
        var suffixNpv = new double[n + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            suffixNpv[i] = suffixNpv[i + 1] + npv[i];
        }

        var search = new Search(capex, npv, suffixNpv, budget + BudgetSlack);
        search.Run(Pass.BestNpv);
        var bestNpv = search.BestNpv;
        search.NpvFloor = bestNpv - (1e-6 * Math.Max(1, Math.Abs(bestNpv)));
        search.Run(Pass.LeastCapex);
        search.CapexCeiling = search.LeastCapex + 1e-6;
        search.Run(Pass.SmallestIds);
        return search.Winner;
    }

    private enum Pass
    {
        BestNpv,
        LeastCapex,
        SmallestIds,
    }

    private sealed class Search(double[] capex, double[] npv, double[] suffixNpv, double limit)
    {
        private Pass pass;

        public double BestNpv { get; private set; }
        public double NpvFloor { get; set; } = double.NegativeInfinity;
        public double LeastCapex { get; private set; } = double.PositiveInfinity;
        public double CapexCeiling { get; set; } = double.PositiveInfinity;
        public int Winner { get; private set; } = -1;

        public void Run(Pass which)
        {
            pass = which;
            Visit(0, 0, 0, 0);
        }

        private void Visit(int i, int mask, double sumCapex, double sumNpv)
        {
            // NPVs are positive, so the suffix sum bounds what this branch can still reach; the slack
            // keeps a rounding difference between the bound and a leaf's own sum from cutting it.
            var reachable = sumNpv + suffixNpv[i];
            reachable += 1e-9 * Math.Max(1, Math.Abs(reachable));
            if (pass == Pass.BestNpv ? reachable <= BestNpv : reachable < NpvFloor)
            {
                return;
            }

            if (i == capex.Length)
            {
                Leaf(mask, sumCapex, sumNpv);
                return;
            }

            var withCapex = sumCapex + capex[i];
            var cap = pass switch
            {
                Pass.BestNpv => limit,
                Pass.LeastCapex => Math.Min(limit, LeastCapex),
                _ => Math.Min(limit, CapexCeiling),
            };
            if (withCapex <= cap)
            {
                Visit(i + 1, mask | (1 << i), withCapex, sumNpv + npv[i]);
            }

            Visit(i + 1, mask, sumCapex, sumNpv);
        }

        private void Leaf(int mask, double sumCapex, double sumNpv)
        {
            switch (pass)
            {
                case Pass.BestNpv:
                    BestNpv = Math.Max(BestNpv, sumNpv);
                    break;
                case Pass.LeastCapex:
                    if (sumNpv >= NpvFloor)
                    {
                        LeastCapex = Math.Min(LeastCapex, sumCapex);
                    }

                    break;
                default:
                    if (sumNpv >= NpvFloor && sumCapex <= CapexCeiling && (Winner < 0 || IdsBefore(mask, Winner)))
                    {
                        Winner = mask;
                    }

                    break;
            }
        }
    }

    /// <summary>Whether the sorted id list of <paramref name="a"/> precedes that of <paramref name="b"/>
    /// (bits in id order; a list precedes any longer list it begins).</summary>
    public static bool IdsBefore(int a, int b)
    {
        var diff = a ^ b;
        if (diff == 0)
        {
            return false;
        }

        var low = diff & -diff;
        var above = ~((low << 1) - 1);
        // Both lists agree below the first differing id; the one holding it is smaller unless the
        // other has ended there (then the other is its prefix).
        return (a & low) != 0 ? (b & above) != 0 : (a & above) == 0;
    }
}
