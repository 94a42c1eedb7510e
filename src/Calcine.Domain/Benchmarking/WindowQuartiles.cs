namespace Calcine.Domain.Benchmarking;

/// <summary>Quartiles that are never one member's value: Q(p) is the mean of the <c>w</c> order
/// statistics nearest the type-7 position h = (n − 1)p (see <see cref="Quartiles"/>). The window
/// starts at ⌊h + ½⌋ − ⌊w/2⌋, moved inside 0 … n − w. Type 7 itself gives, for n = 5, exactly the
/// 2nd, 3rd and 4th values.</summary>
public static class WindowQuartiles
{
    public static readonly decimal[] Probabilities = [0.25m, 0.5m, 0.75m];

    /// <summary>The 0-based rank of the first order statistic in the window, of <paramref name="width"/> ranks.</summary>
    public static int Start(int count, decimal p, int width)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, width);
        ArgumentOutOfRangeException.ThrowIfLessThan(p, 0m);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(p, 1m);
        var centre = (int)Math.Floor(((count - 1) * p) + 0.5m);
        return Math.Clamp(centre - (width / 2), 0, count - width);
    }

    /// <summary>The values (sorted ascending) whose mean is Q(p).</summary>
    public static IReadOnlyList<decimal> Window(IReadOnlyList<decimal> sorted, decimal p, int width) =>
        [.. sorted.Skip(Start(sorted.Count, p, width)).Take(width)];
}
