using Calcine.Domain.Cems;
using Calcine.Domain.Cems.Processing;

namespace Calcine.Application.Cems.Processing;

/// <summary>Physical bounds of a channel reading (configuration "Processing:ReadingBounds"). A value
/// outside them cannot be a measurement: it becomes flag D (instrument fault, invalid) with no value
/// in the derived minute, so it never enters a valid mean. The stored packet keeps what was sent.
/// Bounds apply to the value in the unit the logger sent (mg/m3 or ppm for pollutants, % for O2 and
/// moisture). Flow, velocity, temperature and pressure have no bound: negative values are legitimate
/// for some of them.</summary>
public sealed class ReadingBounds
{
    /// <summary>How far below zero a concentration or percentage may read (analyser zero drift).</summary>
    public double NegativeTolerance { get; set; } = 1.0;

    /// <summary>Largest pollutant concentration accepted, per pollutant key (pm, so2, nox, nh3), in the
    /// unit sent. Far above any analyser's range: the bound catches impossible numbers, not high ones
    /// (the T flag and the limits deal with those).</summary>
    public Dictionary<string, double> MaxConcentration { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["pm"] = 100_000,
        ["so2"] = 100_000,
        ["nox"] = 100_000,
        ["nh3"] = 100_000,
    };

    /// <summary>O2 and moisture are volume percentages.</summary>
    public const double MaxPercent = 100;

    public bool Contains(MinuteChannel channel, double value)
    {
        if (!double.IsFinite(value))
        {
            return false;
        }

        return channel switch
        {
            MinuteChannel.O2 or MinuteChannel.Moisture => value >= -NegativeTolerance && value <= MaxPercent,
            _ when MinuteDerivation.PollutantOf(channel) is { } pollutant =>
                value >= -NegativeTolerance && value <= MaxFor(pollutant),
            _ => true,
        };
    }

    /// <summary>The reading as processing uses it: out of bounds it is an instrument fault without a
    /// value (a stopped channel stays stopped).</summary>
    public ChannelReading Apply(ChannelReading reading) =>
        Contains(reading.Channel, reading.Value)
            ? reading
            : reading with { Value = double.NaN, Flag = reading.Flag == DataFlag.F ? DataFlag.F : DataFlag.D };

    private double MaxFor(Pollutant pollutant) =>
        MaxConcentration.TryGetValue(pollutant.ToString(), out var max) ? max : double.MaxValue;
}
