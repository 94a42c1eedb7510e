namespace Calcine.Domain.Benchmarking;

/// <summary>The disclosure rule's parameters (the rule itself: <see cref="Disclosure"/>). Each may be
/// made stricter by configuration, never looser than its floor: the policy refuses a value below it
/// and the host does not start.</summary>
public sealed record BenchmarkPolicy
{
    /// <summary>With two contributors each reads the other's value off any aggregate of the pair.</summary>
    public const int Floor = 3;

    /// <summary>Below this a quartile set lets a member solve for the others (three quartiles of four
    /// values leave one unknown).</summary>
    public const int QuartileFloor = 5;

    /// <summary>A published figure is the mean of at least this many values, never one value.</summary>
    public const int WindowFloor = 3;

    public const decimal DefaultDominancePercent = 10m;

    public const decimal DefaultCloseness = 0.0005m;

    public BenchmarkPolicy(int minimumContributors = Floor, int minimumForQuartiles = QuartileFloor, int minimumCompanies = Floor,
        int window = WindowFloor, decimal dominancePercent = DefaultDominancePercent, decimal closeness = DefaultCloseness)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumContributors, Floor);
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumForQuartiles, Math.Max(QuartileFloor, minimumContributors));
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumCompanies, Floor);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, WindowFloor);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(window, minimumForQuartiles);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dominancePercent);
        ArgumentOutOfRangeException.ThrowIfNegative(closeness);
        MinimumContributors = minimumContributors;
        MinimumForQuartiles = minimumForQuartiles;
        MinimumCompanies = minimumCompanies;
        Window = window;
        DominancePercent = dominancePercent;
        Closeness = closeness;
    }

    /// <summary>Contributors a set needs to be shown at all.</summary>
    public int MinimumContributors { get; }

    /// <summary>Contributors a quartile set (Q1, median, Q3) needs; below it only the mean is shown.</summary>
    public int MinimumForQuartiles { get; }

    /// <summary>Distinct companies a set needs to be shown at all (a company knows all its plants).</summary>
    public int MinimumCompanies { get; }

    /// <summary>How many neighbouring order statistics each quartile averages.</summary>
    public int Window { get; }

    /// <summary>p of the p% dominance rule: a group whose values other than its two largest add up to less
    /// than p % of the largest is not shown (the second largest would estimate the largest within p %).</summary>
    public decimal DominancePercent { get; }

    /// <summary>Relative distance within which a figure counts as equal to a contributor's value (0.0005 =
    /// 0.05 %, what the page's rounding cannot tell apart): such a figure is not shown.</summary>
    public decimal Closeness { get; }

    public static BenchmarkPolicy Default { get; } = new();
}
