using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Calcine.Application.InventoryReports;

/// <summary>The report as a workbook: figures, factors and status sheets; numbers as number cells, unrounded.</summary>
public static class InventoryReportXlsx
{
    public static byte[] Write(IReadOnlyList<PlantInventoryReport> plants, CompanyInventoryReport? company) =>
        Write(
        [
            ("Figures", InventoryReportRows.FigureColumns, InventoryReportRows.Figures(plants, company)),
            ("Factors", InventoryReportRows.FactorColumns, InventoryReportRows.Factors(plants)),
            ("Status", InventoryReportRows.StatusColumns, InventoryReportRows.Status(plants)),
        ]);

    /// <summary>Sheets of a header row and value rows (int, decimal, string or null per cell).</summary>
    public static byte[] Write(IReadOnlyList<(string Name, string[] Header, IEnumerable<object?[]> Rows)> sheets)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var list = workbook.Workbook.AppendChild(new Sheets());
            uint sheetId = 1;
            foreach (var (name, header, rows) in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                uint index = 1;
                data.Append(Row(index++, header));
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
                var text => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text.ToString()!)) },
            };
            cell.CellReference = Column(i) + index.ToString(CultureInfo.InvariantCulture);
            row.Append(cell);
        }

        return row;
    }

    private static string Column(int i) => i < 26 ? ((char)('A' + i)).ToString() : Column((i / 26) - 1) + (char)('A' + (i % 26));
}
