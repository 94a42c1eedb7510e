using Calcine.Domain.Cems;
using Calcine.Domain.Cems.Processing;
using Calcine.Storage.Cems;

namespace Calcine.Application.Cems.Processing;

/// <summary>A stack's hour per configured pollutant, from the stored minutes of that hour.</summary>
public static class HourDerivation
{
    public static IEnumerable<(Pollutant Pollutant, HourValue Value)> Derive(IReadOnlyList<MinuteReading[]> minutes, StackProcessingConfig config)
    {
        var n = minutes.Count;
        var o2 = new double[n];
        for (var i = 0; i < n; i++)
        {
            o2[i] = double.NaN;
            foreach (var r in minutes[i])
            {
                if (r.Channel == MinuteChannel.O2 && r.Flag.IsValid())
                {
                    o2[i] = r.Value;
                }
            }
        }

        foreach (var channel in config.Channels)
        {
            var code = MinuteChannels.Of(channel.Pollutant);
            var values = new double[n];
            var flags = new DataFlag[n];
            for (var i = 0; i < n; i++)
            {
                values[i] = double.NaN;
                // A minute without this pollutant's reading is as good as missing.
                flags[i] = DataFlag.B;
                foreach (var r in minutes[i])
                {
                    if (r.Channel == code)
                    {
                        values[i] = r.Value;
                        flags[i] = r.Flag;
                    }
                }
            }

            yield return (channel.Pollutant, HourAggregator.Aggregate(values, o2, flags, channel.ReferenceO2Percent));
        }
    }
}
