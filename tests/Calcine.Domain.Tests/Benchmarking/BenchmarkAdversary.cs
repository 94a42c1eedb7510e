using Calcine.Domain.Benchmarking;

namespace Calcine.Domain.Tests.Benchmarking;

/// <summary>One published figure as the strongest adversary reads it: its value and the weight it gives
/// each contributor. Assuming the adversary knows which contributors every figure averages (it does not:
/// no face names them) makes the attack stronger than any real one.</summary>
public sealed record LinearFigure(decimal Value, IReadOnlyDictionary<string, decimal> Weights);

/// <summary>What a member that belongs to <paramref name="viewerCompany"/> is shown for one view.</summary>
public delegate IReadOnlyList<LinearFigure> Publisher(IReadOnlyList<PlantKpis> plants, BenchmarkKpi kpi, BenchmarkLevel level, bool verifiedOnly, int viewerCompany);

/// <summary>Something the adversary worked out: a member's value (or, for a company of two plants, a
/// figure lying between them) within the tolerance.</summary>
public sealed record Finding(string Attack, int Year, BenchmarkKpi Kpi, string Member, decimal Claimed, decimal Actual);

/// <summary>A member company that gathers every view it may request (each year, KPI, level plant and
/// company, status all and verified) and tries to solve for the other members' values: (1) reading a
/// figure as some contributor's value (the order-statistic attack on type-7 quartiles of five);
/// (2) solving the linear system of every figure of one year and KPI across levels and statuses, with
/// its own values known, for each other plant's or company's value (which takes in every difference of
/// views: verified against all, plant against company, means against window sums); (3) the same system
/// for Σ plants − company value of a two-plant company, a figure between that company's plant values.</summary>
public static class BenchmarkAdversary
{
    public sealed record Outcome(IReadOnlyList<Finding> Findings, int FiguresSeen);

    public static Outcome Attack(SeededAssociation association, int viewerCompany, Publisher publish, decimal tolerance)
    {
        var findings = new List<Finding>();
        var seen = 0;
        foreach (var (year, plants) in association.Years)
        {
            var own = plants.Where(p => p.CompanyId == viewerCompany).Select(p => Key(p.PlantId)).ToHashSet();
            foreach (var kpi in Enum.GetValues<BenchmarkKpi>())
            {
                var truth = new Dictionary<string, decimal>();
                var figures = new List<LinearFigure>();
                foreach (var level in Enum.GetValues<BenchmarkLevel>())
                {
                    foreach (var verifiedOnly in new[] { false, true })
                    {
                        foreach (var (key, value) in Contributors(plants.Where(p => !verifiedOnly || p.Verified), kpi, level))
                        {
                            truth[key] = value;
                        }

                        var view = publish(plants, kpi, level, verifiedOnly, viewerCompany);
                        CheckModel(view, truth);
                        figures.AddRange(view);
                        findings.AddRange(ReadAsMemberValues(view, truth, own, year, kpi, tolerance));
                    }
                }

                seen += figures.Count;
                var known = truth.Keys.Where(k => own.Contains(k) || k.StartsWith($"c{viewerCompany}:", StringComparison.Ordinal)).ToHashSet();
                findings.AddRange(Solve(figures, truth, known, year, kpi, tolerance));
            }
        }

        return new(findings, seen);
    }

    public static string Key(int plantId) => $"p{plantId}";

    /// <summary>The contributors of one view and their values: plants, or companies (a one-plant company is
    /// its plant, so the same unknown; a company of several plants is an unknown of its own).</summary>
    public static IReadOnlyList<(string Key, decimal Value)> Contributors(IEnumerable<PlantKpis> plants, BenchmarkKpi kpi, BenchmarkLevel level)
    {
        var with = plants.Where(p => p.Ratios.TryGetValue(kpi, out var r) && r.Value is not null).ToList();
        if (level == BenchmarkLevel.Plant)
        {
            return [.. with.Select(p => (Key(p.PlantId), p.Ratios[kpi].Value!.Value))];
        }

        return [.. with.GroupBy(p => p.CompanyId)
            .Select(g => (g.Count() == 1 ? Key(g.Single().PlantId) : $"c{g.Key}:{string.Join('+', g.Select(p => p.PlantId).Order())}",
                g.Aggregate(new KpiRatio(0m, 0m), (s, p) => s + p.Ratios[kpi]).Value))
            .Where(c => c.Item2 is not null)
            .Select(c => (c.Item1, c.Item2!.Value))];
    }

    private static IEnumerable<Finding> ReadAsMemberValues(IReadOnlyList<LinearFigure> view, Dictionary<string, decimal> truth,
        HashSet<string> own, int year, BenchmarkKpi kpi, decimal tolerance) =>
        from figure in view
        from key in figure.Weights.Keys
        where !own.Contains(key) && Near(figure.Value, truth[key], tolerance)
        select new Finding("figure is a member's value", year, kpi, key, figure.Value, truth[key]);

    private static IEnumerable<Finding> Solve(List<LinearFigure> figures, Dictionary<string, decimal> truth, HashSet<string> known,
        int year, BenchmarkKpi kpi, decimal tolerance)
    {
        var unknowns = figures.SelectMany(f => f.Weights.Keys).Where(k => !known.Contains(k)).Distinct().Order(StringComparer.Ordinal).ToList();
        if (unknowns.Count == 0)
        {
            yield break;
        }

        var column = unknowns.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i);
        var rows = figures.Select(f =>
        {
            var row = new double[unknowns.Count + 1];
            var rhs = f.Value;
            foreach (var (key, weight) in f.Weights)
            {
                if (known.Contains(key))
                {
                    rhs -= weight * truth[key];
                }
                else
                {
                    row[column[key]] += (double)weight;
                }
            }

            row[^1] = (double)rhs;
            return row;
        }).ToList();
        var echelon = Echelon(rows, unknowns.Count);

        foreach (var key in unknowns)
        {
            var target = new double[unknowns.Count];
            target[column[key]] = 1;
            if (InRowSpace(echelon, target) is { } value && Near((decimal)value, truth[key], tolerance))
            {
                yield return new Finding("solved from the views' linear system", year, kpi, key, (decimal)value, truth[key]);
            }
        }

        // A two-plant company: plants a, b and its value c; a + b − c lies between a and b.
        foreach (var blend in unknowns.Where(k => k.StartsWith('c')))
        {
            var parts = blend[(blend.IndexOf(':', StringComparison.Ordinal) + 1)..].Split('+').Select(id => $"p{id}").ToList();
            if (parts.Count != 2 || !parts.All(column.ContainsKey))
            {
                continue;
            }

            var target = new double[unknowns.Count];
            target[column[parts[0]]] = 1;
            target[column[parts[1]]] = 1;
            target[column[blend]] = -1;
            if (InRowSpace(echelon, target) is { } value)
            {
                foreach (var part in parts.Where(p => Near((decimal)value, truth[p], tolerance)))
                {
                    yield return new Finding("between a company's two plants", year, kpi, part, (decimal)value, truth[part]);
                }
            }
        }
    }

    /// <summary>Each figure must be what its weights give, or the adversary's model of it is wrong.</summary>
    private static void CheckModel(IReadOnlyList<LinearFigure> view, Dictionary<string, decimal> truth)
    {
        foreach (var figure in view)
        {
            var modelled = figure.Weights.Sum(w => w.Value * truth[w.Key]);
            if (!Near(modelled, figure.Value, 1e-12m))
            {
                throw new InvalidOperationException($"figure {figure.Value} is not its weights' {modelled}");
            }
        }
    }

    private static bool Near(decimal claimed, decimal actual, decimal tolerance) =>
        Math.Abs(claimed - actual) <= tolerance * Math.Max(Math.Abs(actual), Math.Abs(claimed));

    /// <summary>Reduced row echelon form (the last column is the right-hand side), each row with its pivot column.</summary>
    private static List<(int Pivot, double[] Row)> Echelon(List<double[]> rows, int columns)
    {
        var m = rows.Select(r => (double[])r.Clone()).ToList();
        var result = new List<(int, double[])>();
        var next = 0;
        for (var c = 0; c < columns && next < m.Count; c++)
        {
            var best = Enumerable.Range(next, m.Count - next).MaxBy(r => Math.Abs(m[r][c]));
            if (Math.Abs(m[best][c]) < 1e-9)
            {
                continue;
            }

            (m[next], m[best]) = (m[best], m[next]);
            var pivot = m[next][c];
            for (var j = 0; j <= columns; j++)
            {
                m[next][j] /= pivot;
            }

            for (var r = 0; r < m.Count; r++)
            {
                if (r != next && m[r][c] != 0)
                {
                    var f = m[r][c];
                    for (var j = 0; j <= columns; j++)
                    {
                        m[r][j] -= f * m[next][j];
                    }
                }
            }

            result.Add((c, m[next]));
            next++;
        }

        return result;
    }

    /// <summary>The value of target · x when the figures fix it (target lies in their row space), else null.</summary>
    private static double? InRowSpace(List<(int Pivot, double[] Row)> echelon, double[] target)
    {
        var rest = (double[])target.Clone();
        var value = 0d;
        foreach (var (pivot, row) in echelon)
        {
            var f = rest[pivot];
            if (f == 0)
            {
                continue;
            }

            for (var j = 0; j < rest.Length; j++)
            {
                rest[j] -= f * row[j];
            }

            value += f * row[^1];
        }

        return rest.All(x => Math.Abs(x) < 1e-7) ? value : null;
    }
}
