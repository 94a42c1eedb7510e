using Calcine.Application.Files;

namespace Calcine.Application.Cems.Reports;

/// <summary>A report's sections as one CSV or one workbook. Both carry the stack id, period, rule
/// set and generation time: in every CSV row, and on the workbook's Report sheet.</summary>
public static class StackReportFiles
{
    public const string CsvContentType = CsvFile.ContentType;
    public const string XlsxContentType = XlsxWorkbook.ContentType;

    private static readonly string[] TraceColumns = ["record", "stack_id", "period_from", "period_to", "rule_set", "generated_utc"];

    /// <summary>One header row: the trace columns, then every section's columns once (in order of
    /// first use). Each row names its section in <c>record</c> and fills that section's columns.</summary>
    public static byte[] Csv(StackReportHeader header, IReadOnlyList<ReportTable> tables)
    {
        var (columns, rows) = CsvTable(header, tables);
        return CsvFile.Write(columns, rows);
    }

    /// <summary>The header and rows of <see cref="Csv"/>.</summary>
    public static (string[] Columns, IEnumerable<object?[]> Rows) CsvTable(StackReportHeader header, IReadOnlyList<ReportTable> tables)
    {
        var columns = tables.SelectMany(t => t.Columns).Distinct(StringComparer.Ordinal).ToList();
        object?[] trace = [header.StackId, header.From, header.To, header.Rules.Ule, header.GeneratedUtc];
        return ([.. TraceColumns, .. columns], tables.SelectMany(table =>
        {
            var record = RecordName(table.Name);
            var positions = table.Columns.Select(c => columns.IndexOf(c)).ToArray();
            return table.Rows.Select(row =>
            {
                var cells = new object?[columns.Count];
                for (var i = 0; i < positions.Length; i++)
                {
                    cells[positions[i]] = row[i];
                }

                return (object?[])[record, .. trace, .. cells];
            });
        }));
    }

    /// <summary><c>Unmatched explanations</c> → <c>unmatched-explanations</c>.</summary>
    public static string RecordName(string table) => table.ToLowerInvariant().Replace(' ', '-');

    /// <summary>One sheet per section, a header row, numbers as numeric cells and every text as an
    /// inline string: the workbook has no formula at all.</summary>
    public static byte[] Xlsx(IReadOnlyList<ReportTable> tables) => Book(tables).ToBytes();

    public static XlsxWorkbook Book(IReadOnlyList<ReportTable> tables)
    {
        var book = new XlsxWorkbook();
        foreach (var table in tables)
        {
            book.Sheet(table.Name, [.. table.Columns], table.Rows);
        }

        return book;
    }
}
