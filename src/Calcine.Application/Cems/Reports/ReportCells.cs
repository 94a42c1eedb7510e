using System.Globalization;
using System.Text;

namespace Calcine.Application.Cems.Reports;

/// <summary>Cell values of the machine-readable stack reports: invariant numbers and instants, and
/// text that no spreadsheet will run. A text starting with = + - @, a tab or a carriage return is
/// prefixed with an apostrophe (the OWASP advice against CSV/formula injection): the plant's
/// explanation is shown, never evaluated.</summary>
public static class ReportCells
{
    public static string SafeText(string? text) =>
        text is { Length: > 0 } && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text ?? "";

    public static string Instant(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Instant(DateTimeOffset utc) => Instant(utc.UtcDateTime);

    public static string Offset(TimeSpan offset) => (offset < TimeSpan.Zero ? "-" : "+") + offset.ToString("hh\\:mm", CultureInfo.InvariantCulture);

    /// <summary>One CSV field (RFC 4180): numbers invariant and round-trippable, text made safe and quoted when it must be.</summary>
    public static string CsvField(object? value)
    {
        var text = value switch
        {
            null => "",
            int n => n.ToString(CultureInfo.InvariantCulture),
            double d => double.IsFinite(d) ? d.ToString("R", CultureInfo.InvariantCulture) : "",
            bool b => b ? "true" : "false",
            DateTime t => Instant(t),
            DateTimeOffset t => Instant(t),
            string s => SafeText(s),
            _ => SafeText(Convert.ToString(value, CultureInfo.InvariantCulture)),
        };
        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    public static void CsvRow(StringBuilder csv, IEnumerable<object?> values) => csv.AppendJoin(',', values.Select(CsvField)).Append("\r\n");
}

/// <summary>One section of a report as rows under a header: a sheet of the workbook.</summary>
public sealed record ReportTable(string Name, IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows);
