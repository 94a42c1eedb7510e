namespace Calcine.Domain.Cems.Processing;

/// <summary>The channels a stack's minute record keeps: the compliance pollutants plus the flue-gas
/// parameters the stack page and the O2 correction need. The numbers are stored; never renumber.</summary>
public enum MinuteChannel : byte
{
    O2 = 0,
    Pm = 1,
    So2 = 2,
    Nox = 3,
    Nh3 = 4,
    Flow = 5,
    Velocity = 6,
    Temperature = 7,
    Pressure = 8,
    Moisture = 9,
}

public static class MinuteChannels
{
    /// <summary>HJ 212-2017 Table B.2 code of each channel.</summary>
    public static string Hj212Code(this MinuteChannel channel) => channel switch
    {
        MinuteChannel.O2 => "a19001",
        MinuteChannel.Pm => "a34013",
        MinuteChannel.So2 => "a21026",
        MinuteChannel.Nox => "a21002",
        MinuteChannel.Nh3 => "a21001",
        MinuteChannel.Flow => "a00000",
        MinuteChannel.Velocity => "a01011",
        MinuteChannel.Temperature => "a01012",
        MinuteChannel.Pressure => "a01013",
        MinuteChannel.Moisture => "a01014",
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, null),
    };

    public static IReadOnlyList<MinuteChannel> All { get; } = Enum.GetValues<MinuteChannel>();

    public static MinuteChannel? FromHj212Code(ReadOnlySpan<char> code)
    {
        foreach (var c in All)
        {
            if (code.SequenceEqual(c.Hj212Code()))
            {
                return c;
            }
        }

        return null;
    }

    public static MinuteChannel Of(Pollutant pollutant) => pollutant switch
    {
        Pollutant.Pm => MinuteChannel.Pm,
        Pollutant.So2 => MinuteChannel.So2,
        Pollutant.Nox => MinuteChannel.Nox,
        Pollutant.Nh3 => MinuteChannel.Nh3,
        _ => throw new ArgumentOutOfRangeException(nameof(pollutant), pollutant, null),
    };
}
