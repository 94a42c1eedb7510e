namespace Calcine.Domain.Benchmarking;

/// <summary>Quantiles by linear interpolation between order statistics (Hyndman and Fan type 7,
/// the default of R and of spreadsheet QUARTILE.INC): h = (n − 1)p, x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]).</summary>
public static class Quartiles
{
    public static decimal Quantile(IReadOnlyList<decimal> sorted, decimal p)
    {
        ArgumentOutOfRangeException.ThrowIfZero(sorted.Count);
        ArgumentOutOfRangeException.ThrowIfLessThan(p, 0m);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(p, 1m);
        var h = (sorted.Count - 1) * p;
        var low = (int)Math.Floor(h);
        var high = Math.Min(low + 1, sorted.Count - 1);
        return sorted[low] + ((h - low) * (sorted[high] - sorted[low]));
    }
}
