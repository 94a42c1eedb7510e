using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Calcine.Application.Activity.Workbook;

/// <summary>Writes the activity workbook: the template with headers, filled with the months saved so far.</summary>
public static class WorkbookWriter
{
    public static byte[] Write(IReadOnlyList<(int Month, MonthlyActivity Data)> months)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            uint sheetId = 1;
            foreach (var name in WorkbookLayout.SheetOrder)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                uint index = 1;
                data.Append(Row(index++, [.. WorkbookLayout.Headers[name].Select(h => (object?)h)]));
                foreach (var row in Rows(name, months))
                {
                    data.Append(Row(index++, row));
                }

                part.Worksheet = new Worksheet(data);
                sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = sheetId++, Name = name });
            }

            workbook.Workbook.Save();
        }

        return buffer.ToArray();
    }

    private static IEnumerable<object?[]> Rows(string sheet, IReadOnlyList<(int Month, MonthlyActivity Data)> months) => sheet switch
    {
        WorkbookLayout.Production => months.Select(m => new object?[]
        {
            m.Month, m.Data.Clinker.Produced, m.Data.Clinker.Bought, m.Data.Clinker.Sold, m.Data.Clinker.StockIncrease,
            m.Data.Clinker.EmissionFactor, m.Data.Cement.SubstitutesSold, m.Data.Dust.Bypass, m.Data.Dust.CkdLeaving, m.Data.Electricity.GridEf,
        }),
        WorkbookLayout.Components => months.SelectMany(m => m.Data.Cement.MineralComponents.Select(c => new object?[] { m.Month, c.Name, c.Mass })),
        WorkbookLayout.Fuels => months.SelectMany(m => m.Data.Fuels.Select(f => new object?[]
        {
            m.Month, f.Name, f.Category, f.Use, f.Mass, f.Lhv, f.LhvFactorId, f.Ef, f.EfFactorId, f.BiogenicShare, f.Evidence,
        })),
        WorkbookLayout.RawMaterials => months.SelectMany(m => m.Data.RawMaterials.Select(r => new object?[] { m.Month, r.Name, r.Mass })),
        _ => months.SelectMany(m => m.Data.Electricity.Consumption.Select(e => new object?[] { m.Month, e.Use, e.Source, e.MWh })),
    };

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
            cell.CellReference = WorkbookLayout.Column(i) + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
            row.Append(cell);
        }

        return row;
    }
}
