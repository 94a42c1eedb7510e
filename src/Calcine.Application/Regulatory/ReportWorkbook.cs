using System.Globalization;
using Calcine.Application.Activity.Workbook;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Calcine.Application.Regulatory;

/// <summary>A report as an .xlsx: named sheets of rows. Numbers are numeric cells (invariant, unrounded),
/// text is inline text, null is an empty cell; a machine reads the values, a person the headings.</summary>
public sealed class ReportWorkbook
{
    private readonly List<(string Name, List<object?[]> Rows)> sheets = [];

    public List<object?[]> Sheet(string name)
    {
        var rows = new List<object?[]>();
        sheets.Add((name, rows));
        return rows;
    }

    public byte[] ToBytes()
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook();
            var list = workbook.Workbook.AppendChild(new Sheets());
            uint sheetId = 1;
            foreach (var (name, rows) in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                uint index = 1;
                foreach (var row in rows)
                {
                    data.Append(Row(index++, row));
                }

                part.Worksheet = new Worksheet(data);
                list.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = sheetId++, Name = name });
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
                decimal d => new Cell { DataType = CellValues.Number, CellValue = new CellValue(d) },
                bool b => new Cell { DataType = CellValues.Boolean, CellValue = new CellValue(b) },
                var text => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(Convert.ToString(text, CultureInfo.InvariantCulture)!)) },
            };
            cell.CellReference = WorkbookLayout.Column(i) + index.ToString(CultureInfo.InvariantCulture);
            row.Append(cell);
        }

        return row;
    }
}
