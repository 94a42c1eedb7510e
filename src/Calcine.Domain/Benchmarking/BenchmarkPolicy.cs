namespace Calcine.Domain.Benchmarking;

/// <summary>How many contributors an aggregate needs before anything about it is shown. The floor
/// of three is not configurable: with two, each contributor could read the other's value off any
/// aggregate of the pair.</summary>
public sealed record BenchmarkPolicy
{
    public const int Floor = 3;

    /// <summary>Below this a quartile set lets a member holding its own value solve for the others
    /// (Q1, median and Q3 of three or four values are one value or the mean of two neighbours).</summary>
    public const int QuartileFloor = 5;

    public BenchmarkPolicy(int minimumContributors = Floor, int minimumForQuartiles = QuartileFloor)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumContributors, Floor);
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumForQuartiles, Math.Max(QuartileFloor, minimumContributors));
        MinimumContributors = minimumContributors;
        MinimumForQuartiles = minimumForQuartiles;
    }

    /// <summary>Contributors, and distinct companies among them, an aggregate needs to be shown at all.</summary>
    public int MinimumContributors { get; }

    /// <summary>Contributors a quartile set (Q1, median, Q3) needs; between the two minimums only the mean is shown.</summary>
    public int MinimumForQuartiles { get; }

    public static BenchmarkPolicy Default { get; } = new();
}
