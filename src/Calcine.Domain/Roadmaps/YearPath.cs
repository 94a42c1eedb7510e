namespace Calcine.Domain.Roadmaps;

/// <summary>A value per year given at some years (the contract's "path"): the value of a key year,
/// the straight line between neighbouring keys, the first value before the first key and the last
/// value after the last key.</summary>
public sealed class YearPath
{
    private readonly int[] years;
    private readonly double[] values;

    public YearPath(IEnumerable<KeyValuePair<int, double>> points)
    {
        var sorted = points.OrderBy(p => p.Key).ToArray();
        if (sorted.Length == 0)
        {
            throw new ArgumentException("A path needs at least one year.", nameof(points));
        }

        years = [.. sorted.Select(p => p.Key)];
        values = [.. sorted.Select(p => p.Value)];
    }

    public static YearPath Constant(double value) => new([new KeyValuePair<int, double>(2000, value)]);

    public IReadOnlyList<int> Years => years;

    public IReadOnlyList<double> Values => values;

    public double At(int year)
    {
        if (year <= years[0])
        {
            return values[0];
        }

        if (year >= years[^1])
        {
            return values[^1];
        }

        var i = Array.BinarySearch(years, year);
        if (i >= 0)
        {
            return values[i];
        }

        var hi = ~i;
        int y0 = years[hi - 1], y1 = years[hi];
        double v0 = values[hi - 1], v1 = values[hi];
        return v0 + ((v1 - v0) * (year - y0) / (y1 - y0));
    }
}
