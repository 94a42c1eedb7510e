namespace Calcine.Domain.Cems;

/// <summary>How minutes become period averages: the period length on the local clock and how
/// many valid minutes a valid period needs.</summary>
public sealed record AggregationRules
{
    public AggregationRules(int periodMinutes, int minimumValidMinutes)
    {
        if (periodMinutes <= 0 || 1440 % periodMinutes != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(periodMinutes), periodMinutes, "A period must divide the day into whole minutes.");
        }

        if (minimumValidMinutes < 1 || minimumValidMinutes > periodMinutes)
        {
            throw new ArgumentOutOfRangeException(nameof(minimumValidMinutes), minimumValidMinutes, "Between 1 and the period's minutes.");
        }

        PeriodMinutes = periodMinutes;
        MinimumValidMinutes = minimumValidMinutes;
    }

    public int PeriodMinutes { get; }
    public int MinimumValidMinutes { get; }
    public long PeriodTicks => PeriodMinutes * TimeSpan.TicksPerMinute;

    /// <summary>HJ 212-2017 eq. 24 and HJ 76-2017 Annex B: an hour needs at least 45 valid minutes.</summary>
    public static AggregationRules Hourly { get; } = new(60, 45);

    /// <summary>EU half-hours with two-thirds coverage (20 of 30 minutes): common national practice,
    /// not fixed by IED Annex VI itself.</summary>
    public static AggregationRules HalfHourly { get; } = new(30, 20);
}
