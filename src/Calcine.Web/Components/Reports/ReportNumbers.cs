using System.Globalization;

namespace Calcine.Web.Components.Reports;

/// <summary>Numbers on report pages: the reader's culture, rounded for display only (tonnes to two
/// decimals, factors to six); <see cref="Raw"/> gives the invariant, unrounded value for data-* attributes.</summary>
public static class ReportNumbers
{
    public static string Tonnes(decimal? value) => value?.ToString("#,0.00", CultureInfo.CurrentCulture) ?? "—";

    public static string Factor(decimal? value) => value?.ToString("#,0.######", CultureInfo.CurrentCulture) ?? "—";

    public static string Raw(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    public static string Date(DateOnly date) => Shared.Figures.Date(date);
}
