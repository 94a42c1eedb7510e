using System.Globalization;

namespace Calcine.Web.Components.Pages.StackReportPages;

/// <summary>How the stack report pages show figures: in the reader's culture (the files stay
/// invariant), rounded only here. Times are the stack's local time, the offset said once in the header.</summary>
public static class ReportFormat
{
    public static string Number(double? value, int decimals = 1) =>
        value is { } v && double.IsFinite(v) ? v.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.CurrentCulture) : "—";

    public static string Number(int value) => value.ToString("N0", CultureInfo.CurrentCulture);

    /// <summary>The unrounded invariant value for a data-value attribute, as the files write it.</summary>
    public static string Raw(double? value) => value is { } v && double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : "";

    public static string Raw(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A ratio in 0–1 as a percentage.</summary>
    public static string Percent(double? ratio) => Shared.Figures.Percent(ratio);

    /// <summary>The stack's wall clock in the pages' one convention (Shared/Figures); the header names the offset once.</summary>
    public static string Local(DateTime utc, TimeSpan offset) => Shared.Figures.DateTime(utc + offset);

    public static string Local(DateTimeOffset utc, TimeSpan offset) => Local(utc.UtcDateTime, offset);

    /// <summary>An ISO date (YYYY-MM-DD) in the culture's short date form.</summary>
    public static string Date(string iso) =>
        DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? Shared.Figures.Date(d) : iso;

    public static string Offset(TimeSpan offset) => "UTC" + Calcine.Application.Cems.Reports.ReportCells.Offset(offset);

    /// <summary>Chemical formulae are the same in every language.</summary>
    public static string Pollutant(string key) => key switch
    {
        "pm" => "PM",
        "so2" => "SO2",
        "nox" => "NOx",
        "nh3" => "NH3",
        "o2" => "O2",
        _ => key,
    };
}
