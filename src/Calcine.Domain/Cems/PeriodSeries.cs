namespace Calcine.Domain.Cems;

/// <summary>Consecutive averaging periods (clock hours or half-hours in the records' own offsets)
/// from the first record's period to the last one's, without holes: a period with no records is
/// present as <see cref="PeriodStatus.Invalid"/>.</summary>
public sealed class PeriodSeries
{
    private readonly DateTimeOffset[] starts;
    private readonly PeriodStatus[] statuses;
    private readonly int[] recordCounts;
    private readonly int[] validMinutes;
    private readonly int[] shutdownMinutes;
    private readonly int[] normalMinutes;
    private readonly DataFlag[] flags;
    private readonly double[][] values;

    internal PeriodSeries(AggregationRules rules, IReadOnlyList<ChannelConfig> channels, DateTimeOffset[] starts, PeriodStatus[] statuses,
        int[] recordCounts, int[] validMinutes, int[] shutdownMinutes, int[] normalMinutes, DataFlag[] flags, double[][] values, int count)
    {
        Rules = rules;
        Channels = channels;
        this.starts = starts;
        this.statuses = statuses;
        this.recordCounts = recordCounts;
        this.validMinutes = validMinutes;
        this.shutdownMinutes = shutdownMinutes;
        this.normalMinutes = normalMinutes;
        this.flags = flags;
        this.values = values;
        Count = count;
    }

    public AggregationRules Rules { get; }
    public IReadOnlyList<ChannelConfig> Channels { get; }
    public int Count { get; }

    /// <summary>Local start of each period, in the offset of its records.</summary>
    public ReadOnlySpan<DateTimeOffset> Starts => starts.AsSpan(0, Count);
    public ReadOnlySpan<PeriodStatus> Statuses => statuses.AsSpan(0, Count);
    public ReadOnlySpan<int> RecordCounts => recordCounts.AsSpan(0, Count);
    public ReadOnlySpan<int> ValidMinutes => validMinutes.AsSpan(0, Count);
    public ReadOnlySpan<int> ShutdownMinutes => shutdownMinutes.AsSpan(0, Count);

    /// <summary>Minutes flagged N (normal), the numerator of the 75 % flag rule.</summary>
    public ReadOnlySpan<int> NormalMinutes => normalMinutes.AsSpan(0, Count);

    /// <summary>Each period's HJ 212 aggregate flag: N when more than 75 % of the period's minutes
    /// (received or expected, whichever is more) are flagged N, else D.</summary>
    public ReadOnlySpan<DataFlag> Flags => flags.AsSpan(0, Count);

    /// <summary>Per period, the mean of the valid minutes' values corrected to the channel's
    /// reference O2 (each minute with its own O2); NaN for periods that are not valid.</summary>
    public ReadOnlySpan<double> Values(int channel) => values[channel].AsSpan(0, Count);

    public int ChannelOf(Pollutant pollutant)
    {
        for (var i = 0; i < Channels.Count; i++)
        {
            if (Channels[i].Pollutant == pollutant)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Periods inside the data's span that had no record at all.</summary>
    public int CountEmptyPeriods()
    {
        var n = 0;
        foreach (var r in RecordCounts)
        {
            if (r == 0)
            {
                n++;
            }
        }

        return n;
    }
}
