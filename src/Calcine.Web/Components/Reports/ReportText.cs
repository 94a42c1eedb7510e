using System.Globalization;

namespace Calcine.Web.Components.Reports;

/// <summary>How the report pages show numbers and dates: the display rounding policy of the other
/// pages, in the reader's culture. Files and data-* attributes stay invariant (<see cref="Raw"/>).</summary>
public static class ReportText
{
    public static string Number(decimal? value) => value switch
    {
        null => "—",
        { } v when Math.Abs(v) >= 1000 => v.ToString("#,0", CultureInfo.CurrentCulture),
        { } v when Math.Abs(v) >= 1 => v.ToString("#,0.###", CultureInfo.CurrentCulture),
        { } v => v.ToString("0.######", CultureInfo.CurrentCulture),
    };

    public static string Raw(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    /// <summary>An instant in UTC, in the reader's date and time format.</summary>
    public static string When(DateTimeOffset? at) => at is { } t ? t.UtcDateTime.ToString("g", CultureInfo.CurrentCulture) + " UTC" : "—";

    public static string Day(DateTimeOffset? at) => at is { } t ? t.UtcDateTime.ToString("d", CultureInfo.CurrentCulture) : "—";
}
