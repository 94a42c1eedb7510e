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

    /// <summary>An instant as the pages show it: UTC to the minute; ISO 8601 in English, the
    /// language's own short date and time otherwise.</summary>
    public static string When(DateTimeOffset? at)
    {
        if (at is not { } instant)
        {
            return "";
        }

        var culture = CultureInfo.CurrentCulture;
        var utc = instant.UtcDateTime;
        return culture.TwoLetterISOLanguageName == "en" || culture.Equals(CultureInfo.InvariantCulture)
            ? utc.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)
            : utc.ToString("d", culture) + " " + utc.ToString("HH:mm", CultureInfo.InvariantCulture) + " UTC";
    }
}
