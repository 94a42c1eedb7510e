using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Calcine.Domain.Tests.Recp;

/// <summary>Builds a one-sheet .xlsx in memory: each cell a string, a number or a formula ("=…").</summary>
internal static class MeterWorkbookFile
{
    public static byte[] Create(params object[][] rows)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (var r = 0; r < rows.Length; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    row.Append(Cell($"{(char)('A' + c)}{r + 1}", rows[r][c]));
                }

                data.Append(row);
            }

            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Meters" }));
        }

        return buffer.ToArray();
    }

    private static Cell Cell(string reference, object value) => value switch
    {
        double d => new Cell { CellReference = reference, CellValue = new CellValue(d) },
        int i => new Cell { CellReference = reference, CellValue = new CellValue(i) },
        string s when s.StartsWith('=') => new Cell { CellReference = reference, CellFormula = new CellFormula(s[1..]), CellValue = new CellValue(0) },
        string s => new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(s)) },
        _ => throw new ArgumentException("a cell is a number or a string", nameof(value)),
    };
}
