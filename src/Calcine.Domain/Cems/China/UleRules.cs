using Calcine.Domain.Cems.Limits;

namespace Calcine.Domain.Cems.China;

/// <summary>The Chinese ultra-low-emission test: hourly averages against the ULE limits, passed per
/// month and pollutant when at least <see cref="RequiredRatio"/> of valid hours are within them.</summary>
public sealed record UleRules
{
    public UleRules(LimitSet ule, double requiredRatio, AggregationRules aggregation)
    {
        if (ule.Averaging != Averaging.Hour || aggregation.PeriodMinutes != 60)
        {
            throw new ArgumentException("ULE limits are hourly averages.", nameof(ule));
        }

        if (!(requiredRatio > 0 && requiredRatio <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(requiredRatio), requiredRatio, "A ratio in (0, 1].");
        }

        Ule = ule;
        RequiredRatio = requiredRatio;
        Aggregation = aggregation;
    }

    public LimitSet Ule { get; }
    public double RequiredRatio { get; }
    public AggregationRules Aggregation { get; }

    /// <summary>≥ 95 % of production hours each month (verbatim in the Shandong plan, assumed national),
    /// hours of ≥ 45 valid minutes.</summary>
    public static UleRules For(LimitSet ule) => new(ule, 0.95, AggregationRules.Hourly);
}
