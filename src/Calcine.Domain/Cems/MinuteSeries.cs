namespace Calcine.Domain.Cems;

/// <summary>Minute records of one stack in time order, stored column-wise so a stack-year
/// (525,600 minutes) is a handful of arrays. Concentrations are dry, standard conditions, mg/m3,
/// not O2-corrected; O2 is dry %. Built only by <see cref="MinuteSeriesBuilder"/>, which checks
/// the invariants the aggregation relies on.</summary>
public sealed class MinuteSeries
{
    private readonly DateTimeOffset[] timestamps;
    private readonly DataFlag[] flags;
    private readonly double[] o2;
    private readonly double[][] values;

    internal MinuteSeries(IReadOnlyList<ChannelConfig> channels, DateTimeOffset[] timestamps, DataFlag[] flags, double[] o2, double[][] values, int count)
    {
        Channels = channels;
        this.timestamps = timestamps;
        this.flags = flags;
        this.o2 = o2;
        this.values = values;
        Count = count;
    }

    public IReadOnlyList<ChannelConfig> Channels { get; }
    public int Count { get; }

    public ReadOnlySpan<DateTimeOffset> Timestamps => timestamps.AsSpan(0, Count);
    public ReadOnlySpan<DataFlag> Flags => flags.AsSpan(0, Count);
    public ReadOnlySpan<double> O2DryPercent => o2.AsSpan(0, Count);

    /// <summary>Dry mg/m3 of channel <paramref name="channel"/>, not O2-corrected.</summary>
    public ReadOnlySpan<double> Values(int channel) => values[channel].AsSpan(0, Count);

    /// <summary>The backing array (longer than <see cref="Count"/>), for loops over several channels at once.</summary>
    internal double[] ValuesArray(int channel) => values[channel];

    /// <summary>The channel index of a pollutant, or −1.</summary>
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

    /// <summary>How many minutes carry each flag, indexed by <see cref="DataFlag"/>.</summary>
    public int[] CountFlags()
    {
        var counts = new int[(int)DataFlag.Other + 1];
        foreach (var f in Flags)
        {
            counts[(int)f]++;
        }

        return counts;
    }
}
