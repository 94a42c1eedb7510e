using Calcine.Domain.Cems;
using Calcine.Domain.Cems.Processing;
using Calcine.Storage.Cems;

namespace Calcine.Application.Cems.Compliance;

/// <summary>Stored stack-minutes (<c>cems_minutes</c> blobs) decoded into columns: per channel a
/// value and a flag per minute, with "absent" where the minute has no reading of that channel.
/// A stack-year is 525,600 minutes; the columns avoid an object per minute.</summary>
public sealed class StoredMinuteColumns
{
    private const byte Absent = byte.MaxValue;
    private static readonly int ChannelCount = MinuteChannels.All.Count;

    private long[] utcTicks;
    private readonly byte[]?[] flags = new byte[ChannelCount][];
    private readonly double[]?[] values = new double[ChannelCount][];

    public StoredMinuteColumns(int initialCapacity = 1024) => utcTicks = new long[Math.Max(16, initialCapacity)];

    public int Count { get; private set; }

    /// <summary>UTC ticks of each minute, strictly increasing.</summary>
    public ReadOnlySpan<long> UtcTicks => utcTicks.AsSpan(0, Count);

    /// <summary>Appends one stored minute; minutes must come in strictly increasing time order.</summary>
    public void Add(DateTime minuteUtc, ReadOnlySpan<byte> record)
    {
        if (Count > 0 && minuteUtc.Ticks <= utcTicks[Count - 1])
        {
            throw new ArgumentException("Minutes must be added in strictly increasing time order.", nameof(minuteUtc));
        }

        var entries = MinuteRecordCodec.Count(record);
        if (Count == utcTicks.Length)
        {
            Grow();
        }

        var i = Count;
        utcTicks[i] = minuteUtc.Ticks;
        for (var e = 0; e < entries; e++)
        {
            var reading = MinuteRecordCodec.Entry(record, e);
            var c = (int)reading.Channel;
            if ((uint)c >= (uint)ChannelCount)
            {
                continue;
            }

            Column(c)[i] = (byte)reading.Flag;
            values[c]![i] = reading.Value;
        }

        Count = i + 1;
    }

    /// <summary>Whether any minute has a reading of the channel.</summary>
    public bool Has(MinuteChannel channel) => flags[(int)channel] is not null;

    /// <summary>The channel's flag in minute <paramref name="i"/>, null when the minute has no reading of it.</summary>
    public DataFlag? Flag(MinuteChannel channel, int i) =>
        flags[(int)channel] is { } column && column[i] != Absent ? (DataFlag)column[i] : null;

    /// <summary>The channel's stored value (dry standard, not O2-corrected); NaN when absent.</summary>
    public double Value(MinuteChannel channel, int i) =>
        flags[(int)channel] is { } column && column[i] != Absent ? values[(int)channel]![i] : double.NaN;

    private byte[] Column(int c)
    {
        if (flags[c] is { } existing)
        {
            return existing;
        }

        var column = new byte[utcTicks.Length];
        Array.Fill(column, Absent);
        flags[c] = column;
        values[c] = new double[utcTicks.Length];
        return column;
    }

    private void Grow()
    {
        var capacity = utcTicks.Length * 2;
        Array.Resize(ref utcTicks, capacity);
        for (var c = 0; c < ChannelCount; c++)
        {
            if (flags[c] is { } column)
            {
                var old = column.Length;
                Array.Resize(ref column, capacity);
                column.AsSpan(old).Fill(Absent);
                flags[c] = column;
                Array.Resize(ref values[c], capacity);
            }
        }
    }
}
