using System.Globalization;

namespace Calcine.Web.Components.Shared;

/// <summary>The display rounding policy: results are stored unrounded and rounded only here.</summary>
public static class Figures
{
    public static string Show(decimal value) =>
        Math.Abs(value) >= 1000 ? value.ToString("#,0", CultureInfo.InvariantCulture)
        : Math.Abs(value) >= 1 ? value.ToString("#,0.###", CultureInfo.InvariantCulture)
        : value.ToString("0.######", CultureInfo.InvariantCulture);

    public static string Show(decimal? value) => value is { } v ? Show(v) : "—";

    /// <summary>A number as an input's value: invariant, unrounded, so a round trip loses nothing.</summary>
    public static string Raw(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    /// <summary>An instant as the pages show it: UTC to the minute.</summary>
    public static string When(DateTimeOffset? at) => at?.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? "";
}
