using Calcine.Domain.Roadmaps;
using Calcine.Domain.Roadmaps.Association;

namespace Calcine.Domain.Tests.Roadmaps.Association;

/// <summary>The association analyst as an adversary, written apart from the rule it attacks. It is told
/// more than any view says: which members have a non-zero part in every figure, and the identities that
/// hold per company (a year's wedges add up to BAU − plan). Every shown figure is a linear equation in the
/// companies' own values; it then asks, per block of figures that share unknowns (a year; the investment
/// periods; a MACC year), whether any company's value — a BAU, a plan, a wedge, its abatement of the year,
/// an investment, a MACC bar's abatement or cost — is fixed by them (lies in their row space).</summary>
public static class RoadmapAdversary
{
    /// <summary>A linear equation: coefficients on named unknowns (its right-hand side is known and irrelevant).</summary>
    public sealed record Equation(Dictionary<string, double> Terms);

    public sealed record Block(List<Equation> Equations, List<(string Name, Dictionary<string, double> Target)> Targets);

    /// <summary>The member figures each block can be asked for, and the equations the shown figures give.</summary>
    public static IEnumerable<Block> Blocks(IReadOnlyList<MemberPart> parts, AssociationRoadmap shown)
    {
        var categories = Enum.GetValues<LeverCategory>();
        for (var yi = 0; yi < shown.Trajectory.Count; yi++)
        {
            var year = shown.Trajectory[yi].Year;
            var values = new Dictionary<string, double>();
            foreach (var m in parts)
            {
                foreach (var p in m.Plants)
                {
                    Add(values, $"bau:{m.CompanyId}", m.Bau.Years[yi].Plants[p].Co2_tCO2);
                    Add(values, $"plan:{m.CompanyId}", m.PlanRow(p, yi).Co2_tCO2);
                    var split = CategoryAttribution.ByCategory(m.Model, p, yi, m.Plan?.Plan.ActiveMask(p, year) ?? 0);
                    foreach (var c in categories)
                    {
                        Add(values, $"w:{c}:{m.CompanyId}", split[(int)c]);
                    }
                }
            }

            var companies = parts.Select(m => m.CompanyId).Distinct().ToList();
            var equations = new List<Equation>();
            var t = shown.Trajectory[yi];
            if (t.Bau_tCO2.IsShown)
            {
                equations.Add(Sum(values, companies.Select(c => $"bau:{c}")));
            }

            if (t.Plan_tCO2.IsShown)
            {
                equations.Add(Sum(values, companies.Select(c => $"plan:{c}")));
            }

            var w = shown.Wedges[yi];
            foreach (var cell in w.Cells.Where(c => c.InLibrary && c.Abatement_tCO2.IsShown))
            {
                equations.Add(Sum(values, companies.Select(c => $"w:{cell.Category}:{c}")));
            }

            if (w.Pooled.IsShown)
            {
                var pooled = w.Cells.Where(c => c.InLibrary && !c.Abatement_tCO2.IsShown).Select(c => c.Category).ToList();
                equations.Add(Sum(values, companies.SelectMany(c => pooled.Select(k => $"w:{k}:{c}"))));
            }

            if (w.Total.IsShown)
            {
                equations.Add(new Equation(Known(values, companies.SelectMany(c => new[] { ($"bau:{c}", 1.0), ($"plan:{c}", -1.0) }))));
            }

            // Per company: Σ wedges − BAU + plan = 0, an identity the adversary knows.
            equations.AddRange(companies.Select(c => new Equation(Known(values,
                [.. categories.Select(k => ($"w:{k}:{c}", 1.0)), ($"bau:{c}", -1.0), ($"plan:{c}", 1.0)]))));
            var targets = values.Where(v => v.Value != 0).Select(v => (v.Key, new Dictionary<string, double> { [v.Key] = 1 })).ToList();
            // A company's abatement of the year (known to be zero when it adopts nothing: no target then).
            targets.AddRange(companies.Where(c => values.GetValueOrDefault($"bau:{c}") != values.GetValueOrDefault($"plan:{c}"))
                .Select(c => ($"abatement:{c}", Known(values, [($"bau:{c}", 1.0), ($"plan:{c}", -1.0)]))));
            yield return new Block(equations, [.. targets.Select(x => (year + " " + x.Item1, x.Item2))]);
        }

        var investment = new Dictionary<string, double>();
        foreach (var period in shown.Investment)
        {
            foreach (var m in parts)
            {
                foreach (var p in m.Plants)
                {
                    for (var l = 0; l < m.Model.Scenario.Levers.Count; l++)
                    {
                        var a = m.AdoptionYear(p, l);
                        for (var y = a; a != 0 && y <= Math.Min(period.To, m.Model.Scenario.Horizon.EndYear); y += m.Model.Scenario.Levers[l].LifeYears)
                        {
                            if (y >= period.From)
                            {
                                Add(investment, $"inv:{period.From}:{m.CompanyId}", m.Model.Investment(p, l));
                            }
                        }
                    }
                }
            }
        }

        var ids = parts.Select(m => m.CompanyId).Distinct().ToList();
        yield return new Block(
            [.. shown.Investment.Where(p => p.Capex_USD.IsShown).Select(p => Sum(investment, ids.Select(c => $"inv:{p.From}:{c}")))],
            [.. investment.Where(v => v.Value != 0).Select(v => (v.Key, new Dictionary<string, double> { [v.Key] = 1 }))]);

        foreach (var macc in shown.Maccs)
        {
            var values = new Dictionary<string, double>();
            foreach (var m in parts)
            {
                foreach (var p in m.Plants)
                {
                    foreach (var point in MaccCalculator.ForPlant(m.Model, p, macc.Year).Curve)
                    {
                        Add(values, $"a:{point.LeverId}:{m.CompanyId}", point.Abatement_tCO2);
                        Add(values, $"c:{point.LeverId}:{m.CompanyId}", point.Abatement_tCO2 * point.Mac_USD_per_tCO2);
                    }
                }
            }

            var equations = new List<Equation>();
            foreach (var bar in macc.Bars)
            {
                if (bar.Abatement_tCO2.IsShown)
                {
                    equations.Add(Sum(values, ids.Select(c => $"a:{bar.LeverId}:{c}")));
                }

                if (bar.Mac_USD_per_tCO2.IsShown && bar.Abatement_tCO2.IsShown)
                {
                    // Width × height is the bar's summed annualised cost.
                    equations.Add(Sum(values, ids.Select(c => $"c:{bar.LeverId}:{c}")));
                }
            }

            yield return new Block(equations, [.. values.Where(v => v.Value != 0).Select(v => ($"{macc.Year} {v.Key}", new Dictionary<string, double> { [v.Key] = 1 }))]);
        }
    }

    /// <summary>The names of the member figures the shown figures fix.</summary>
    public static List<string> Recovered(IReadOnlyList<MemberPart> parts, AssociationRoadmap shown) =>
        [.. Blocks(parts, shown).SelectMany(b => b.Targets.Where(t => InRowSpace(b.Equations, t.Target)).Select(t => t.Name))];

    /// <summary>A naive publication: every figure shown, nothing withheld.</summary>
    public static AssociationRoadmap Naive(AssociationRoadmap r)
    {
        static PublishedFigure Any(PublishedFigure f) => PublishedFigure.Shown(f.Value ?? 1);
        return r with
        {
            Trajectory = [.. r.Trajectory.Select(t => t with { Bau_tCO2 = Any(t.Bau_tCO2), Plan_tCO2 = Any(t.Plan_tCO2) })],
            Wedges = [.. r.Wedges.Select(w => w with { Cells = [.. w.Cells.Select(c => c with { Abatement_tCO2 = Any(c.Abatement_tCO2) })], Total = Any(w.Total) })],
            Investment = [.. r.Investment.Select(p => p with { Capex_USD = Any(p.Capex_USD) })],
        };
    }

    private static Equation Sum(Dictionary<string, double> values, IEnumerable<string> keys) => new(Known(values, keys.Select(k => (k, 1.0))));

    /// <summary>Terms on unknowns the adversary does not already know to be zero.</summary>
    private static Dictionary<string, double> Known(Dictionary<string, double> values, IEnumerable<(string Key, double Coefficient)> terms)
    {
        var result = new Dictionary<string, double>();
        foreach (var (key, coefficient) in terms)
        {
            if (values.GetValueOrDefault(key) != 0)
            {
                result[key] = result.GetValueOrDefault(key) + coefficient;
            }
        }

        return result;
    }

    private static void Add(Dictionary<string, double> values, string key, double value) => values[key] = values.GetValueOrDefault(key) + value;

    private static bool InRowSpace(List<Equation> equations, Dictionary<string, double> target)
    {
        var columns = equations.SelectMany(e => e.Terms.Keys).Concat(target.Keys).Distinct().ToList();
        var index = columns.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i);
        double[] Row(Dictionary<string, double> terms)
        {
            var row = new double[columns.Count];
            foreach (var (k, v) in terms)
            {
                row[index[k]] = v;
            }

            return row;
        }

        var rows = equations.Select(e => Row(e.Terms)).ToList();
        var rank = Rank([.. rows]);
        return Rank([.. rows, Row(target)]) == rank;
    }

    private static int Rank(List<double[]> rows)
    {
        var m = rows.Select(r => (double[])r.Clone()).ToList();
        var rank = 0;
        var columns = m.Count == 0 ? 0 : m[0].Length;
        for (var c = 0; c < columns && rank < m.Count; c++)
        {
            var pivot = Enumerable.Range(rank, m.Count - rank).MaxBy(r => Math.Abs(m[r][c]));
            if (Math.Abs(m[pivot][c]) < 1e-9)
            {
                continue;
            }

            (m[rank], m[pivot]) = (m[pivot], m[rank]);
            for (var r = 0; r < m.Count; r++)
            {
                if (r != rank && m[r][c] != 0)
                {
                    var f = m[r][c] / m[rank][c];
                    for (var j = 0; j < columns; j++)
                    {
                        m[r][j] -= f * m[rank][j];
                    }
                }
            }

            rank++;
        }

        return rank;
    }
}
