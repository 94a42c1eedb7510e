namespace Calcine.Domain.Benchmarking;

/// <summary>Where a member's own value lies against the shown distribution. Never a rank: a band is
/// computed from the member's own value and the figures already shown, so it tells the member nothing
/// about anyone else that the distribution does not, where "2nd of 5" would.</summary>
public enum PositionBand
{
    /// <summary>At or below Q1.</summary>
    LowestQuarter,
    /// <summary>Above Q1, at or below the median.</summary>
    SecondQuarter,
    /// <summary>Above the median, at or below Q3.</summary>
    ThirdQuarter,
    /// <summary>Above Q3.</summary>
    HighestQuarter,
    /// <summary>At or below the mean (a distribution shown as a mean only).</summary>
    AtOrBelowMean,
    /// <summary>Above the mean.</summary>
    AboveMean,
}

public static class Position
{
    /// <summary>Null when the distribution is suppressed: then there is nothing to place the value against.</summary>
    public static PositionBand? Of(decimal own, Distribution d) => d.Shape switch
    {
        DistributionShape.Quartiles => own <= d.Q1 ? PositionBand.LowestQuarter
            : own <= d.Median ? PositionBand.SecondQuarter
            : own <= d.Q3 ? PositionBand.ThirdQuarter
            : PositionBand.HighestQuarter,
        DistributionShape.Mean => own <= d.Mean ? PositionBand.AtOrBelowMean : PositionBand.AboveMean,
        _ => null,
    };
}
