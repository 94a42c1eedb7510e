using System.Globalization;

namespace Calcine.Web.Components.Shared;

/// <summary>The display rounding policy: results are stored unrounded and rounded only here. Pages
/// show numbers in the reader's language (CurrentCulture: "1 234,5" in ru and az, "1,234.5" in en
/// and zh); files and the API stay invariant and never go through this class.</summary>
public static class Figures
{
    public static string Show(decimal value) => Show(value, CultureInfo.CurrentCulture);

    public static string Show(decimal value, IFormatProvider culture) =>
        Math.Abs(value) >= 1000 ? value.ToString("#,0", culture)
        : Math.Abs(value) >= 1 ? value.ToString("#,0.###", culture)
        : value.ToString("0.######", culture);

    public static string Show(decimal? value) => value is { } v ? Show(v) : "—";

    /// <summary>A number as an input's value: invariant, unrounded, so a round trip loses nothing.</summary>
    public static string Raw(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    /// <summary>A ratio in 0–1 as a percentage in the reader's language ("16.8%", "16,8 %"), never "0.167701 share".</summary>
    public static string Percent(double? ratio, int decimals = 1) =>
        ratio is { } r && double.IsFinite(r) ? r.ToString("P" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.CurrentCulture) : "—";

    public static string Percent(decimal? ratio, int decimals = 1) => Percent(ratio is { } r ? (double)r : null, decimals);

    /// <summary>A calendar date, the pages' one convention: ISO 8601 in English (never US month/day),
    /// the language's own short date otherwise (07.12.2026 in az and ru, 2026/12/7 in zh).</summary>
    public static string Date(DateOnly date)
    {
        var culture = CultureInfo.CurrentCulture;
        return IsoCulture(culture) ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : date.ToString("d", culture);
    }

    /// <summary>A date and time of day on some wall clock (the caller says which), 24-hour, to the minute.</summary>
    public static string DateTime(System.DateTime wallClock) =>
        Date(DateOnly.FromDateTime(wallClock)) + " " + wallClock.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>An instant as the pages show it: UTC to the minute, said so.</summary>
    public static string When(DateTimeOffset? at) => at is { } instant ? DateTime(instant.UtcDateTime) + " UTC" : "";

    /// <summary>An instant on a stack's clock, always with that clock's zone ("2026-12-07 17:35 UTC+08:00").</summary>
    public static string Local(System.DateTime utc, TimeSpan offset) => DateTime(utc + offset) + " " + ZoneName(offset);

    public static string ZoneName(TimeSpan offset) =>
        "UTC" + (offset < TimeSpan.Zero ? "-" : "+") + offset.ToString(@"hh\:mm", CultureInfo.InvariantCulture);

    private static bool IsoCulture(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "en" || culture.Equals(CultureInfo.InvariantCulture);
}
