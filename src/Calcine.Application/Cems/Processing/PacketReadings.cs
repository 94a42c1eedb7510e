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
    public static List<ChannelReading> Read(string cp, string statistic)
    {
        var readings = new List<ChannelReading>(12);
        var fields = Parse(cp);
        if (fields is null)
        {
            return readings;
        }

        var flags = new Dictionary<MinuteChannel, DataFlag>();
        var values = new List<(MinuteChannel Channel, double Value)>(12);
        foreach (var field in fields)
        {
            var (code, name) = Hj212Pollutants.SplitKey(field.Key);
            if (MinuteChannels.FromHj212Code(Hj212Pollutants.Normalize(code)) is not { } channel)
            {
                continue;
            }

            if (name == "Flag")
            {
                flags[channel] = DataFlags.FromCode(field.Value);
            }
            else if (name == statistic
                && double.TryParse(field.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
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

    private static Hj212Field[]? Parse(string cp)
    {
        var bytes = Encoding.UTF8.GetBytes("&&" + cp + "&&");
        var warnings = Hj212Warnings.None;
        return Hj212CpParser.Parse(bytes, Ascii.IsValid(bytes), out _, ref warnings);
    }
}
