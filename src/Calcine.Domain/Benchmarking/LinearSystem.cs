namespace Calcine.Domain.Benchmarking;

/// <summary>Whether figures that are means of known groups of unknowns fix a single unknown, or Σ plants −
/// company value of a company of several plants: whether that vector lies in the row space of the groups'
/// indicator rows (reduced row echelon form; the entries are small integers, so doubles with a tolerance
/// decide rank reliably at these sizes).</summary>
public static class LinearSystem
{
    private const double Tolerance = 1e-9;

    public static bool FixesAny(IReadOnlyList<IReadOnlyList<string>> groups, IReadOnlyDictionary<string, IReadOnlyList<string>> blends)
    {
        var unknowns = groups.SelectMany(g => g).Distinct().ToList();
        var column = unknowns.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i);
        var echelon = Echelon([.. groups.Select(g =>
        {
            var row = new double[unknowns.Count];
            foreach (var key in g)
            {
                row[column[key]] += 1;
            }

            return row;
        })]);

        if (unknowns.Any(key => InRowSpace(echelon, Unit(unknowns.Count, column[key]))))
        {
            return true;
        }

        foreach (var (blend, plants) in blends)
        {
            if (!column.ContainsKey(blend) || !plants.All(column.ContainsKey))
            {
                continue;
            }

            var target = Unit(unknowns.Count, column[blend]);
            target[column[blend]] = -1;
            foreach (var plant in plants)
            {
                target[column[plant]] = 1;
            }

            if (InRowSpace(echelon, target))
            {
                return true;
            }
        }

        return false;
    }

    private static double[] Unit(int size, int at)
    {
        var v = new double[size];
        v[at] = 1;
        return v;
    }

    private static List<(int Pivot, double[] Row)> Echelon(List<double[]> rows)
    {
        var columns = rows.Count == 0 ? 0 : rows[0].Length;
        var result = new List<(int, double[])>();
        var next = 0;
        for (var c = 0; c < columns && next < rows.Count; c++)
        {
            var best = Enumerable.Range(next, rows.Count - next).MaxBy(r => Math.Abs(rows[r][c]));
            if (Math.Abs(rows[best][c]) < Tolerance)
            {
                continue;
            }

            (rows[next], rows[best]) = (rows[best], rows[next]);
            var pivot = rows[next][c];
            for (var j = 0; j < columns; j++)
            {
                rows[next][j] /= pivot;
            }

            for (var r = 0; r < rows.Count; r++)
            {
                var f = rows[r][c];
                if (r != next && f != 0)
                {
                    for (var j = 0; j < columns; j++)
                    {
                        rows[r][j] -= f * rows[next][j];
                    }
                }
            }

            result.Add((c, rows[next]));
            next++;
        }

        return result;
    }

    private static bool InRowSpace(List<(int Pivot, double[] Row)> echelon, double[] target)
    {
        var rest = (double[])target.Clone();
        foreach (var (pivot, row) in echelon)
        {
            var f = rest[pivot];
            if (f != 0)
            {
                for (var j = 0; j < rest.Length; j++)
                {
                    rest[j] -= f * row[j];
                }
            }
        }

        return rest.All(x => Math.Abs(x) < 1e-7);
    }
}
