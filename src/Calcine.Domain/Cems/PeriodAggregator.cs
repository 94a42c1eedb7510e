namespace Calcine.Domain.Cems;

/// <summary>Minutes to clock-period averages in one pass over the columns (HJ 212-2017 eq. 24 for
/// hours). Per period: shutdown when more than half of its records are flagged F; otherwise valid
/// with at least <see cref="AggregationRules.MinimumValidMinutes"/> valid (N/T) minutes; the value
/// is the mean of the valid minutes' O2-corrected values, each minute corrected with its own O2
/// (choice (a) of the reference; HJ 212 does not say which). Each period also gets the 75 % flag
/// (<see cref="Quality.FlagRollup"/>) from its N-flagged minutes out of the period's minutes.</summary>
public static class PeriodAggregator
{
    public static PeriodSeries Aggregate(MinuteSeries minutes, AggregationRules rules)
    {
        var channels = minutes.Channels;
        var channelCount = channels.Count;
        var periodTicks = rules.PeriodTicks;
        var times = minutes.Timestamps;
        var capacity = EstimatePeriods(times, periodTicks);
        var output = new Output(rules, channels, capacity);
        if (times.IsEmpty)
        {
            return output.Build();
        }

        // Per-channel correction numerators (21 − O2ref), NaN marks "no correction".
        Span<double> numerators = stackalloc double[channelCount];
        for (var c = 0; c < channelCount; c++)
        {
            numerators[c] = channels[c].ReferenceO2Percent is { } r ? ConcentrationConversion.AirO2Percent - r : double.NaN;
        }

        var flags = minutes.Flags;
        var o2 = minutes.O2DryPercent;
        var columns = new double[channelCount][];
        for (var c = 0; c < channelCount; c++)
        {
            columns[c] = minutes.ValuesArray(c);
        }

        Span<double> sums = stackalloc double[channelCount];
        var periodStart = CemsTime.PeriodStart(times[0], periodTicks);
        int records = 0, valid = 0, shutdown = 0, normal = 0;
        for (var i = 0; i < times.Length; i++)
        {
            var t = times[i];
            var localPeriod = t.Ticks - (t.Ticks % periodTicks);
            if (localPeriod != periodStart.Ticks || t.Offset != periodStart.Offset)
            {
                output.Add(periodStart, records, valid, shutdown, normal, sums);
                var next = new DateTimeOffset(localPeriod, t.Offset);
                output.AddEmptyPeriodsBetween(periodStart, next);
                periodStart = next;
                records = valid = shutdown = normal = 0;
                sums.Clear();
            }

            records++;
            var flag = flags[i];
            if (flag.IsValid())
            {
                valid++;
                normal += flag == DataFlag.N ? 1 : 0;
                var gas = ConcentrationConversion.AirO2Percent - o2[i];
                for (var c = 0; c < channelCount; c++)
                {
                    var v = columns[c][i];
                    var numerator = numerators[c];
                    sums[c] += double.IsNaN(numerator) ? v : v * numerator / gas;
                }
            }
            else if (flag == DataFlag.F)
            {
                shutdown++;
            }
        }

        output.Add(periodStart, records, valid, shutdown, normal, sums);
        return output.Build();
    }

    private static int EstimatePeriods(ReadOnlySpan<DateTimeOffset> times, long periodTicks) =>
        times.IsEmpty ? 0 : (int)Math.Min(int.MaxValue / 2, ((times[^1].UtcTicks - times[0].UtcTicks) / periodTicks) + 2);

    /// <summary>Growable columns of the result.</summary>
    private sealed class Output
    {
        private readonly AggregationRules rules;
        private readonly IReadOnlyList<ChannelConfig> channels;
        private DateTimeOffset[] starts;
        private PeriodStatus[] statuses;
        private int[] recordCounts;
        private int[] validMinutes;
        private int[] shutdownMinutes;
        private int[] normalMinutes;
        private DataFlag[] flags;
        private readonly double[][] values;
        private int count;

        public Output(AggregationRules rules, IReadOnlyList<ChannelConfig> channels, int capacity)
        {
            this.rules = rules;
            this.channels = channels;
            capacity = Math.Max(capacity, 4);
            starts = new DateTimeOffset[capacity];
            statuses = new PeriodStatus[capacity];
            recordCounts = new int[capacity];
            validMinutes = new int[capacity];
            shutdownMinutes = new int[capacity];
            normalMinutes = new int[capacity];
            flags = new DataFlag[capacity];
            values = new double[channels.Count][];
            for (var c = 0; c < values.Length; c++)
            {
                values[c] = new double[capacity];
            }
        }

        public void Add(DateTimeOffset start, int records, int valid, int shutdown, int normal, ReadOnlySpan<double> sums)
        {
            Grow();
            var i = count++;
            starts[i] = start;
            recordCounts[i] = records;
            validMinutes[i] = valid;
            shutdownMinutes[i] = shutdown;
            normalMinutes[i] = normal;
            flags[i] = Quality.FlagRollup.Aggregate(normal, Math.Max(records, rules.PeriodMinutes));
            var status = shutdown * 2 > records ? PeriodStatus.Shutdown
                : valid >= rules.MinimumValidMinutes ? PeriodStatus.Valid
                : PeriodStatus.Invalid;
            statuses[i] = status;
            for (var c = 0; c < values.Length; c++)
            {
                values[c][i] = status == PeriodStatus.Valid ? sums[c] / valid : double.NaN;
            }
        }

        /// <summary>Periods with no record between two that have records, labelled in the offset of
        /// the earlier one. Missing data is invalid data: leaving such hours out would raise the
        /// capture rate by deleting rows.</summary>
        public void AddEmptyPeriodsBetween(DateTimeOffset previous, DateTimeOffset next)
        {
            var period = rules.PeriodTicks;
            var end = next.UtcTicks;
            for (var t = previous.UtcTicks + period; t + period <= end; t += period)
            {
                Add(new DateTimeOffset(t + previous.Offset.Ticks, previous.Offset), 0, 0, 0, 0, default);
            }
        }

        public PeriodSeries Build() => new(rules, channels, starts, statuses, recordCounts, validMinutes, shutdownMinutes, normalMinutes, flags, values, count);

        private void Grow()
        {
            if (count < starts.Length)
            {
                return;
            }

            var capacity = starts.Length * 2;
            Array.Resize(ref starts, capacity);
            Array.Resize(ref statuses, capacity);
            Array.Resize(ref recordCounts, capacity);
            Array.Resize(ref validMinutes, capacity);
            Array.Resize(ref shutdownMinutes, capacity);
            Array.Resize(ref normalMinutes, capacity);
            Array.Resize(ref flags, capacity);
            for (var c = 0; c < values.Length; c++)
            {
                Array.Resize(ref values[c], capacity);
            }
        }
    }
}
