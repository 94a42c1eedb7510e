using System.Globalization;
using Calcine.Domain.Cems;
using Calcine.Domain.Cems.Processing;
using Calcine.Ingestion.Hj212;

namespace Calcine.Application.Cems.Processing;

/// <summary>One channel's numbers in one stored packet: the value of the statistic asked for
/// (Rtd, Avg, ZsAvg…) and the channel's flag.</summary>
public readonly record struct ChannelReading(MinuteChannel Channel, double Value, DataFlag Flag);

/// <summary>Reads the channel values back out of a stored CP data area (kept exactly as sent).
/// Codes of HJ/T 212-2005 are mapped to 2017 codes. A missing -Flag counts as N: HJ 212 makes the
/// flag optional and data loggers omit it for normal data. Values that are not numbers are
/// skipped, not guessed; the quality checks report the gap.</summary>
public static class PacketReadings
{
    // Distinct CP keys remembered per thread; a hostile stream of new keys stops being cached here.
    private const int MaxRememberedKeys = 4096;

    private static readonly int ChannelSlots = MinuteChannels.All.Max(c => (int)c) + 1;

    [ThreadStatic]
    private static Hj212PacketReader? reader;

    [ThreadStatic]
    private static Dictionary<string, KeyMeaning>? keys;

    public static List<ChannelReading> Read(string cp, string statistic)
    {
        var readings = new List<ChannelReading>(12);
        ReadInto(cp, statistic, readings);
        return readings;
    }

    /// <summary><see cref="Read"/> into a list the caller reuses (cleared first): a minute's
    /// packets are read one after another without a list each.</summary>
    public static void ReadInto(string cp, string statistic, List<ChannelReading> readings)
    {
        readings.Clear();
        var r = reader ??= new Hj212PacketReader();
        if (!r.DecodeCp(cp.AsSpan()))
        {
            return;
        }

        // The last -Flag of a channel wins; None means the packet sent none.
        Span<DataFlag?> flags = stackalloc DataFlag?[ChannelSlots];
        flags.Clear();
        for (var i = 0; i < r.FieldCount; i++)
        {
            var key = Meaning(r.KeyAt(i));
            if (key.Channel is not { } channel)
            {
                continue;
            }

            var text = r.ValueAt(i);
            if (key.Field == "Flag")
            {
                // A flag is one ASCII letter; anything else (longer, or one non-ASCII byte) is no known flag.
                flags[(int)channel] = text.Length == 1 ? DataFlags.FromCode([(char)text[0]]) : DataFlag.Other;
            }
            else if (key.Field == statistic
                && double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
                && double.IsFinite(value))
            {
                // The flag is filled in below, once every -Flag of the packet has been seen.
                readings.Add(new ChannelReading(channel, value, DataFlag.N));
            }
        }

        for (var i = 0; i < readings.Count; i++)
        {
            if (flags[(int)readings[i].Channel] is { } flag)
            {
                readings[i] = readings[i] with { Flag = flag };
            }
        }
    }

    /// <summary>The channel and statistic a CP key names ("a21026-Rtd": SO2, "Rtd"), worked out once per key.</summary>
    private static KeyMeaning Meaning(string key)
    {
        var known = keys ??= new Dictionary<string, KeyMeaning>(StringComparer.Ordinal);
        if (known.TryGetValue(key, out var meaning))
        {
            return meaning;
        }

        var (code, field) = Hj212Pollutants.SplitKey(key);
        meaning = new KeyMeaning(MinuteChannels.FromHj212Code(Hj212Pollutants.Normalize(code)), field);
        if (known.Count < MaxRememberedKeys)
        {
            known[key] = meaning;
        }

        return meaning;
    }

    private readonly record struct KeyMeaning(MinuteChannel? Channel, string Field);
}
