using Calcine.Domain.Cems;
using Calcine.Domain.Cems.Processing;
using Calcine.Domain.Cems.Stored;

namespace Calcine.Application.Cems.Compliance;

/// <summary>Turns stored minute columns into the <see cref="MinuteSeries"/> the domain evaluators
/// read, with timestamps on the stack's local clock. Stored data was checked when it was derived,
/// so what the series builder would refuse (a value that is not a number, a valid minute whose O2
/// cannot be corrected) is marked D rather than stopping the evaluation.</summary>
public static class StoredSeries
{
    /// <summary>One pollutant alone, each minute flagged by <see cref="StoredMinuteFlags.ForPollutant"/>;
    /// minutes without a reading of the pollutant are left out (missing, as in the CSV). Null when no
    /// minute has the pollutant.</summary>
    public static MinuteSeries? ForPollutant(StoredMinuteColumns minutes, Pollutant pollutant, double? referenceO2Percent, TimeSpan utcOffset)
    {
        var channel = MinuteChannels.Of(pollutant);
        if (!minutes.Has(channel))
        {
            return null;
        }

        var corrects = referenceO2Percent is not null;
        var builder = new MinuteSeriesBuilder([ChannelConfig.DryMgPerM3(pollutant, referenceO2Percent)], initialCapacity: minutes.Count);
        Span<double> value = stackalloc double[1];
        var ticks = minutes.UtcTicks;
        for (var i = 0; i < ticks.Length; i++)
        {
            if (minutes.Flag(channel, i) is not { } own)
            {
                continue;
            }

            var o2 = minutes.Value(MinuteChannel.O2, i);
            var flag = StoredMinuteFlags.ForPollutant(own, minutes.Flag(MinuteChannel.O2, i), o2, corrects);
            value[0] = Concentration(minutes.Value(channel, i), ref flag);
            Add(builder, Local(ticks[i], utcOffset), O2(o2, ref flag, corrects), value, flag);
        }

        return builder.Build();
    }

    /// <summary>Several pollutants in one series, when every minute has all of them and
    /// <see cref="StoredMinuteFlags.ForPollutant"/> gives each the same flag — the usual case, since
    /// loggers flag a minute as a whole. Evaluating it once gives exactly what evaluating each
    /// pollutant alone gives, at a third of the cost. Null when the minutes are not uniform.</summary>
    public static MinuteSeries? TryUniform(StoredMinuteColumns minutes, IReadOnlyList<Pollutant> pollutants, double? referenceO2Percent, TimeSpan utcOffset)
    {
        if (pollutants.Count == 0)
        {
            return null;
        }

        var corrects = referenceO2Percent is not null;
        var channels = pollutants.Select(p => MinuteChannels.Of(p)).ToArray();
        var builder = new MinuteSeriesBuilder([.. pollutants.Select(p => ChannelConfig.DryMgPerM3(p, referenceO2Percent))], initialCapacity: minutes.Count);
        var values = new double[channels.Length];
        var ticks = minutes.UtcTicks;
        for (var i = 0; i < ticks.Length; i++)
        {
            var o2Flag = minutes.Flag(MinuteChannel.O2, i);
            var o2 = minutes.Value(MinuteChannel.O2, i);
            DataFlag? common = null;
            for (var c = 0; c < channels.Length; c++)
            {
                if (minutes.Flag(channels[c], i) is not { } own)
                {
                    return null;
                }

                var flag = StoredMinuteFlags.ForPollutant(own, o2Flag, o2, corrects);
                values[c] = Concentration(minutes.Value(channels[c], i), ref flag);
                if (common is { } f && f != flag)
                {
                    return null;
                }

                common = flag;
            }

            var record = common!.Value;
            var o2Value = O2(o2, ref record, corrects);
            if (record != common)
            {
                return null;
            }

            Add(builder, Local(ticks[i], utcOffset), o2Value, values, record);
        }

        return builder.Build();
    }

    /// <summary>O2 and every pollutant of <paramref name="pollutants"/> that the data has, one record
    /// per stored minute flagged by <see cref="StoredMinuteFlags.ForRecord"/>: the series
    /// <c>cems quality</c> reads from a minute CSV. Null when no minute has any of the pollutants.</summary>
    public static MinuteSeries? ForRecords(StoredMinuteColumns minutes, IReadOnlyList<Pollutant> pollutants, double? referenceO2Percent, TimeSpan utcOffset)
    {
        var present = pollutants.Where(p => minutes.Has(MinuteChannels.Of(p))).ToArray();
        if (present.Length == 0)
        {
            return null;
        }

        var corrects = referenceO2Percent is not null;
        var channels = present.Select(p => MinuteChannels.Of(p)).ToArray();
        var builder = new MinuteSeriesBuilder([.. present.Select(p => ChannelConfig.DryMgPerM3(p, referenceO2Percent))], initialCapacity: minutes.Count);
        var values = new double[channels.Length];
        // O2 belongs to the record when values are corrected with it or the stack measures it at all;
        // a stack without an O2 analyser (a mill outlet) is not invalid for lacking one.
        var withO2 = corrects || minutes.Has(MinuteChannel.O2);
        var first = withO2 ? 0 : 1;
        var recordFlags = new DataFlag?[channels.Length + 1];
        var ticks = minutes.UtcTicks;
        for (var i = 0; i < ticks.Length; i++)
        {
            recordFlags[0] = minutes.Flag(MinuteChannel.O2, i);
            for (var c = 0; c < channels.Length; c++)
            {
                recordFlags[c + 1] = minutes.Flag(channels[c], i);
            }

            var flag = StoredMinuteFlags.ForRecord(recordFlags.AsSpan(first));
            for (var c = 0; c < channels.Length; c++)
            {
                values[c] = Concentration(minutes.Value(channels[c], i), ref flag);
            }

            var o2 = O2(minutes.Value(MinuteChannel.O2, i), ref flag, corrects);
            Add(builder, Local(ticks[i], utcOffset), o2, values, flag);
        }

        return builder.Build();
    }

    private static DateTimeOffset Local(long utcTicks, TimeSpan offset) => new(utcTicks + offset.Ticks, offset);

    /// <summary>A value the builder would refuse: 0 in its place, and a minute that offered it as
    /// valid becomes D (instrument data incomplete).</summary>
    private static double Concentration(double v, ref DataFlag flag)
    {
        if (double.IsFinite(v) && Math.Abs(v) <= MinuteSeriesBuilder.MaxConcentration)
        {
            return v;
        }

        flag = flag.IsValid() ? DataFlag.D : flag;
        return 0;
    }

    private static double O2(double o2, ref DataFlag flag, bool corrects)
    {
        var usable = double.IsFinite(o2) && o2 >= 0 && o2 <= 100;
        if (flag.IsValid() && corrects && (!usable || o2 >= ConcentrationConversion.AirO2Percent))
        {
            flag = DataFlag.D;
        }

        return usable ? o2 : 0;
    }

    private static void Add(MinuteSeriesBuilder builder, DateTimeOffset t, double o2, ReadOnlySpan<double> values, DataFlag flag)
    {
        if (builder.TryAdd(t, o2, values, flag) is { } error)
        {
            // The columns are in strictly increasing minutes and every value was checked above.
            throw new InvalidOperationException($"Stored minute {CemsTime.Format(t)} refused: {error}");
        }
    }
}
