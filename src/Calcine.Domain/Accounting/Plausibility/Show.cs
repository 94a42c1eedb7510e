using System.Globalization;

namespace Calcine.Domain.Accounting.Plausibility;

/// <summary>Number formatting for warning texts: invariant, rounded for reading (the warning's Value stays exact).</summary>
internal static class Show
{
    public static string Number(decimal value, int decimals = 3) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("G29", CultureInfo.InvariantCulture);

    public static string Percent(decimal fraction, int decimals = 1) => Number(fraction * 100m, decimals) + " %";

    public static string SignedPercent(decimal fraction, int decimals = 1) => (fraction >= 0 ? "+" : "") + Percent(fraction, decimals);
}
