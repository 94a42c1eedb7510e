using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Calcine.Application.Cems.Reports;

/// <summary>A report's sections as one CSV or one workbook. Both carry the stack id, period, rule
/// set and generation time: in every CSV row, and on the workbook's Report sheet.</summary>
public static class StackReportFiles
{
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly string[] TraceColumns = ["record", "stack_id", "period_from", "period_to", "rule_set", "generated_utc"];

    /// <summary>One header row: the trace columns, then every section's columns once (in order of
    /// first use). Each row names its section in <c>record</c> and fills that section's columns.</summary>
    public static byte[] Csv(StackReportHeader header, IReadOnlyList<ReportTable> tables)
    {
        var columns = tables.SelectMany(t => t.Columns).Distinct(StringComparer.Ordinal).ToList();
        var csv = new StringBuilder();
        ReportCells.CsvRow(csv, [.. TraceColumns, .. columns]);
        object?[] trace = [header.StackId, header.From, header.To, header.Rules.Ule, header.GeneratedUtc];
        foreach (var table in tables)
        {
            var record = RecordName(table.Name);
            var positions = table.Columns.Select(c => columns.IndexOf(c)).ToArray();
            foreach (var row in table.Rows)
            {
                var cells = new object?[columns.Count];
                for (var i = 0; i < positions.Length; i++)
                {
                    cells[positions[i]] = row[i];
                }

                ReportCells.CsvRow(csv, [record, .. trace, .. cells]);
            }
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    /// <summary><c>Unmatched explanations</c> → <c>unmatched-explanations</c>.</summary>
    public static string RecordName(string table) => table.ToLowerInvariant().Replace(' ', '-');

    /// <summary>One sheet per section, a header row, numbers as numeric cells and every text as an
    /// inline string: the workbook has no formula at all.</summary>
    public static byte[] Xlsx(IReadOnlyList<ReportTable> tables)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            uint sheetId = 1;
            foreach (var table in tables)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                uint index = 1;
                data.Append(Row(index++, [.. table.Columns]));
                foreach (var row in table.Rows)
                {
                    data.Append(Row(index++, row));
                }

                part.Worksheet = new Worksheet(data);
                sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = sheetId++, Name = table.Name });
            }

            workbook.Workbook.Save();
        }

        return buffer.ToArray();
    }

    private static Row Row(uint index, object?[] values)
    {
        var row = new Row { RowIndex = index };
        for (var i = 0; i < values.Length; i++)
        {
            var cell = values[i] switch
            {
                null => new Cell(),
                int n => new Cell { DataType = CellValues.Number, CellValue = new CellValue(n) },
                double d when double.IsFinite(d) => new Cell { DataType = CellValues.Number, CellValue = new CellValue(d) },
                double => new Cell(),
                bool b => new Cell { DataType = CellValues.Boolean, CellValue = new CellValue(b) },
                DateTime t => TextCell(ReportCells.Instant(t)),
                DateTimeOffset t => TextCell(ReportCells.Instant(t)),
                var other => TextCell(ReportCells.SafeText(Convert.ToString(other, CultureInfo.InvariantCulture))),
            };
            cell.CellReference = Column(i) + index.ToString(CultureInfo.InvariantCulture);
            row.Append(cell);
        }

        return row;
    }

    private static Cell TextCell(string text) => new() { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }) };

    private static string Column(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }
}
