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

    /// <summary>An instant in UTC, in the pages' one date convention (Shared/Figures).</summary>
    public static string When(DateTimeOffset? at) => at is not null ? Shared.Figures.When(at) : "—";

    public static string Day(DateTimeOffset? at) => at is { } t ? Shared.Figures.Date(DateOnly.FromDateTime(t.UtcDateTime)) : "—";
}
