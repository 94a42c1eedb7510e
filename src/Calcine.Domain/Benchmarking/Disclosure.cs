namespace Calcine.Domain.Benchmarking;

/// <summary>The two tests every published group passes besides the minimums of <see cref="Benchmark"/>:
/// no member dominates it (p % rule) and no figure lies within <see cref="BenchmarkPolicy.Closeness"/>
/// of a contributor's value. KPI values are non-negative; magnitudes are used all the same.</summary>
public static class Disclosure
{
    /// <summary>The p % rule on a group's sum T: sensitive when T − x₁ − x₂ &lt; p/100 · x₁, x₁ ≥ x₂ the
    /// two largest. The second largest, knowing its own value, would then bound the largest within p %;
    /// a group of zeros and one rate, or of one huge value, is caught.</summary>
    public static bool Dominated(IReadOnlyCollection<decimal> group, decimal percent)
    {
        var magnitudes = group.Select(Math.Abs).OrderDescending().ToList();
        var largest = magnitudes.Count > 0 ? magnitudes[0] : 0m;
        var rest = magnitudes.Skip(2).Sum();
        return rest < percent / 100m * largest;
    }

    /// <summary>True when <paramref name="figure"/> is within the relative <paramref name="closeness"/> of
    /// any of <paramref name="values"/> (exactly equal always counts, ties and zeros included).</summary>
    public static bool NearAny(decimal figure, IEnumerable<decimal> values, decimal closeness) =>
        values.Any(v => Math.Abs(figure - v) <= closeness * Math.Max(Math.Abs(v), Math.Abs(figure)));
}
