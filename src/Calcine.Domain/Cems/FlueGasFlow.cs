namespace Calcine.Domain.Cems;

/// <summary>The unit a stack's flue-gas flow channel (HJ 212 a00000) is stored and shown in: the
/// standard's default is m³/s (standard dry, Cou in m³); some data loggers send m³/h.</summary>
public enum FlowUnit
{
    CubicMetresPerSecond,
    CubicMetresPerHour,
}

/// <summary>What an hour's mean flow says about the channel's declared unit.</summary>
public enum FlowPlausibility
{
    Plausible,
    /// <summary>Too large for the declared m³/s, and in range once read as m³/h.</summary>
    LooksLikeCubicMetresPerHour,
    /// <summary>Too small for the declared m³/h, and in range once read as m³/s.</summary>
    LooksLikeCubicMetresPerSecond,
    OutOfRange,
}

/// <summary>Flue-gas flow of a cement-plant stack. A kiln tail carries 100–200 m³/s (the reference
/// packets: 124.6 m³/s), a mill or cooler vent tens of m³/s; no stack of a cement plant carries
/// more than 1,000 m³/s. A value a factor 3,600 out is the other unit.</summary>
public static class FlueGasFlow
{
    public const double MinimumPlausibleCubicMetresPerSecond = 1;
    public const double MaximumPlausibleCubicMetresPerSecond = 1_000;

    /// <summary>"m3/s" (the HJ 212 default, also when nothing is declared) or "m3/h".</summary>
    public static bool TryParseUnit(string? declared, out FlowUnit unit)
    {
        unit = FlowUnit.CubicMetresPerSecond;
        switch (declared?.Trim().Replace("³", "3", StringComparison.Ordinal).ToLowerInvariant())
        {
            case null or "" or "m3/s":
                return true;
            case "m3/h":
                unit = FlowUnit.CubicMetresPerHour;
                return true;
            default:
                return false;
        }
    }

    public static string Symbol(FlowUnit unit) => unit == FlowUnit.CubicMetresPerHour ? "m³/h" : "m³/s";

    public static double ToCubicMetresPerSecond(double value, FlowUnit unit) =>
        unit == FlowUnit.CubicMetresPerHour ? value / 3600 : value;

    public static FlowPlausibility Check(double value, FlowUnit declared)
    {
        static bool InRange(double perSecond) => perSecond is >= MinimumPlausibleCubicMetresPerSecond and <= MaximumPlausibleCubicMetresPerSecond;

        if (InRange(ToCubicMetresPerSecond(value, declared)))
        {
            return FlowPlausibility.Plausible;
        }

        return declared switch
        {
            FlowUnit.CubicMetresPerSecond when InRange(value / 3600) => FlowPlausibility.LooksLikeCubicMetresPerHour,
            FlowUnit.CubicMetresPerHour when InRange(value) => FlowPlausibility.LooksLikeCubicMetresPerSecond,
            _ => FlowPlausibility.OutOfRange,
        };
    }
}
