using System.Globalization;
using System.Text;

namespace Calcine.Application.InventoryReports;

/// <summary>The figures as CSV (RFC 4180, UTF-8, invariant, unrounded): the rows of <see cref="InventoryReportRows.Figures"/>.</summary>
public static class InventoryReportCsv
{
    public static byte[] Write(IReadOnlyList<PlantInventoryReport> plants, CompanyInventoryReport? company)
    {
        var csv = new StringBuilder();
        csv.AppendJoin(',', InventoryReportRows.FigureColumns).Append("\r\n");
        foreach (var row in InventoryReportRows.Figures(plants, company))
        {
            csv.AppendJoin(',', row.Select(Cell)).Append("\r\n");
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    private static string Cell(object? value) => value switch
    {
        null => "",
        int n => n.ToString(CultureInfo.InvariantCulture),
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        _ => Text(value.ToString()!),
    };

    /// <summary>Quoted when needed; a text that a spreadsheet would run as a formula gets a leading apostrophe.</summary>
    private static string Text(string s)
    {
        if (s.Length > 0 && s[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            s = "'" + s;
        }

        return s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{s.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : s;
    }
}
