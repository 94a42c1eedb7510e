using Calcine.Domain.Cems;
using Calcine.Domain.Cems.Processing;
using Calcine.Storage.Cems;

namespace Calcine.Application.Cems.Processing;

/// <summary>One stack-minute from the packets of that minute. The logger's minute packet (CN 2051,
/// its own mean of ≥ 12 instantaneous values) wins; without one, the minute is the mean of the
/// real-time packets (CN 2011) received in it. Pollutant values are brought to dry standard mg/m3
/// by the channel's configuration; a pollutant with no configured channel is not kept, since its
/// unit and basis would be guesses.</summary>
public static class MinuteDerivation
{
    public const short RealTimeCn = 2011;
    public const short MinuteCn = 2051;
    public const short HourCn = 2061;

    private static readonly ReadingBounds DefaultBounds = new();

    /// <param name="bounds">Readings outside these are instrument faults (flag D, no value); the defaults when null.</param>
    public static (short SourceCn, MinuteReading[] Readings)? Derive(IReadOnlyList<(short Cn, string Cp)> frames, StackProcessingConfig config, int minimumRealTimeValues, ReadingBounds? bounds = null)
    {
        bounds ??= DefaultBounds;
        var minutePackets = frames.Where(f => f.Cn == MinuteCn).ToList();
        var packet = new List<ChannelReading>(12);
        if (minutePackets.Count > 0)
        {
            var first = new Dictionary<MinuteChannel, ChannelReading>();
            foreach (var (_, cp) in minutePackets)
            {
                PacketReadings.ReadInto(cp, "Avg", packet);
                foreach (var r in packet)
                {
                    first.TryAdd(r.Channel, bounds.Apply(r));
                }
            }

            return (MinuteCn, Convert(first.Values, config));
        }

        var realTime = frames.Where(f => f.Cn == RealTimeCn).ToList();
        if (realTime.Count == 0)
        {
            return null;
        }

        var samples = new Dictionary<MinuteChannel, (List<double> Values, List<DataFlag> Flags)>();
        foreach (var (_, cp) in realTime)
        {
            PacketReadings.ReadInto(cp, "Rtd", packet);
            foreach (var r in packet)
            {
                if (!samples.TryGetValue(r.Channel, out var list))
                {
                    list = ([], []);
                    samples[r.Channel] = list;
                }

                var checkedReading = bounds.Apply(r);
                list.Values.Add(checkedReading.Value);
                list.Flags.Add(checkedReading.Flag);
            }
        }

        var means = samples.Select(s =>
        {
            var a = LevelAggregator.Aggregate(s.Value.Values.ToArray(), s.Value.Flags.ToArray(), minimumRealTimeValues, s.Value.Values.Count);
            return new ChannelReading(s.Key, a.Mean, a.HasValue ? a.Flag : NoMeanFlag(a.Flag));
        });
        return (RealTimeCn, Convert(means, config));
    }

    /// <summary>A minute without a mean cannot be normal, whatever its flags said.</summary>
    private static DataFlag NoMeanFlag(DataFlag flag) => flag == DataFlag.F ? DataFlag.F : DataFlag.D;

    private static MinuteReading[] Convert(IEnumerable<ChannelReading> readings, StackProcessingConfig config)
    {
        var list = readings.OrderBy(r => r.Channel).ToList();
        var moisture = list.FirstOrDefault(r => r.Channel == MinuteChannel.Moisture);
        double? moistureFraction = moisture.Channel == MinuteChannel.Moisture && moisture.Flag.IsValid() && moisture.Value is >= 0 and < 100
            ? moisture.Value / 100
            : null;
        var output = new List<MinuteReading>(list.Count);
        foreach (var r in list)
        {
            if (PollutantOf(r.Channel) is not { } pollutant)
            {
                output.Add(new MinuteReading(r.Channel, r.Flag, r.Value));
                continue;
            }

            if (config.ChannelFor(pollutant) is not { } channel)
            {
                continue;
            }

            var value = r.Value;
            if (channel.Unit == ConcentrationUnit.Ppm)
            {
                value = ConcentrationConversion.PpmToMgPerM3(value, pollutant.MolarMass()!.Value);
            }

            if (channel.Basis == MeasurementBasis.Wet)
            {
                if (moistureFraction is not { } m)
                {
                    // A wet reading without a valid moisture cannot be brought to dry: instrument data incomplete.
                    output.Add(new MinuteReading(r.Channel, r.Flag == DataFlag.F ? DataFlag.F : DataFlag.D, double.NaN));
                    continue;
                }

                value = ConcentrationConversion.WetToDry(value, m);
            }

            output.Add(new MinuteReading(r.Channel, r.Flag, value));
        }

        return [.. output];
    }

    public static Pollutant? PollutantOf(MinuteChannel channel) => channel switch
    {
        MinuteChannel.Pm => Pollutant.Pm,
        MinuteChannel.So2 => Pollutant.So2,
        MinuteChannel.Nox => Pollutant.Nox,
        MinuteChannel.Nh3 => Pollutant.Nh3,
        _ => null,
    };
}
