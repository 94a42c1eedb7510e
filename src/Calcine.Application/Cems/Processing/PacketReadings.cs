using System.Globalization;
using System.Text;
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
    [ThreadStatic]
    private static Hj212PacketReader? reader;

    public static List<ChannelReading> Read(string cp, string statistic)
    {
        var readings = new List<ChannelReading>(12);
        var r = reader ??= new Hj212PacketReader();
        // The stored area is the CP content only; a minimal header lets the ingestion decoder read it.
        if (!r.Decode(Encoding.UTF8.GetBytes("ST=22;CN=0;PW=0;MN=0;CP=&&" + cp + "&&")))
        {
            return readings;
        }

        var flags = new Dictionary<MinuteChannel, DataFlag>();
        var values = new List<(MinuteChannel Channel, double Value)>(12);
        for (var i = 0; i < r.FieldCount; i++)
        {
            var (code, name) = Hj212Pollutants.SplitKey(r.KeyAt(i));
            if (MinuteChannels.FromHj212Code(Hj212Pollutants.Normalize(code)) is not { } channel)
            {
                continue;
            }

            var text = r.ValueAt(i);
            if (name == "Flag")
            {
                flags[channel] = DataFlags.FromCode(Encoding.UTF8.GetString(text));
            }
            else if (name == statistic
                && double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
                && double.IsFinite(value))
            {
                values.Add((channel, value));
            }
        }

        foreach (var (channel, value) in values)
        {
            readings.Add(new ChannelReading(channel, value, flags.GetValueOrDefault(channel, DataFlag.N)));
        }

        return readings;
    }
}
