using System.Globalization;

namespace Calcine.Application.Files;

/// <summary>How every file the product writes spells a value: numbers invariant and round-trippable,
/// dates ISO 8601, instants UTC with a Z, booleans <c>true</c>/<c>false</c>; and the one rule against
/// formula injection for text cells.</summary>
public static class CellText
{
    /// <summary>The characters that make a spreadsheet run a text as a formula (OWASP's list).</summary>
    public static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public const char FormulaEscape = '\'';

    /// <summary>A text that a spreadsheet would run as a formula gets a leading apostrophe: it is shown, never evaluated.</summary>
    public static string SafeText(string? text) =>
        text is { Length: > 0 } && Array.IndexOf(FormulaStarts, text[0]) >= 0 ? FormulaEscape + text : text ?? "";

    /// <summary>A text as a sheet cell holds it: <see cref="SafeText"/>, line breaks as LF (XML reads a raw CR as LF anyway, and Excel breaks lines at LF).</summary>
    public static string SheetText(string? text) => SafeText(text).ReplaceLineEndings("\n");

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Instant(DateTime utc) =>
        (utc.Kind == DateTimeKind.Local ? utc.ToUniversalTime() : utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Instant(DateTimeOffset instant) => Instant(instant.UtcDateTime);

    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Boolean(bool value) => value ? "true" : "false";

    /// <summary>What a value that is neither a number, a boolean, nor a date reads as (enums by name).</summary>
    public static string Other(object value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
}
