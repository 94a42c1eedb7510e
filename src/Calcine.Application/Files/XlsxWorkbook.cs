using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Calcine.Application.Files;

/// <summary>The one workbook writer of the product, on the Open XML SDK: named sheets of rows.
/// Numbers are numeric cells (invariant, unrounded; a double that is not finite is an empty cell),
/// booleans real boolean cells (t="b", 1/0), dates and instants ISO text, every other value inline
/// text made safe against formula injection, null and "" an empty cell (kept, so that
/// readers that count cells see every column). Package relationships are relative
/// and SpreadsheetML is the default namespace (<see cref="PackageForReaders"/>), which every reader accepts.</summary>
public sealed class XlsxWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private readonly List<(string Name, List<IReadOnlyList<object?>> Rows)> sheets = [];

    /// <summary>The sheets as written, for a reader's view to be compared with.</summary>
    public IReadOnlyList<(string Name, List<IReadOnlyList<object?>> Rows)> Sheets => sheets;

    /// <summary>A new sheet to fill row by row.</summary>
    public List<IReadOnlyList<object?>> Sheet(string name)
    {
        var rows = new List<IReadOnlyList<object?>>();
        sheets.Add((name, rows));
        return rows;
    }

    /// <summary>A new sheet of a header row and the given rows.</summary>
    public XlsxWorkbook Sheet(string name, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        sheets.Add((name, [[.. header], .. rows]));
        return this;
    }

    public byte[] ToBytes()
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
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

        return PackageForReaders.Apply(buffer.ToArray());
    }

    private static Row Row(uint index, IReadOnlyList<object?> values)
    {
        var row = new Row { RowIndex = index };
        for (var i = 0; i < values.Count; i++)
        {
            var cell = Cell(values[i]);
            cell.CellReference = Column(i) + index.ToString(CultureInfo.InvariantCulture);
            row.Append(cell);
        }

        return row;
    }

    private static Cell Cell(object? value) => value switch
    {
        null => new Cell(),
        int n => NumberCell(n.ToString(CultureInfo.InvariantCulture)),
        long n => NumberCell(n.ToString(CultureInfo.InvariantCulture)),
        decimal d => NumberCell(CellText.Number(d)),
        double d when double.IsFinite(d) => NumberCell(CellText.Number(d)),
        double => new Cell(),
        bool b => new Cell { DataType = CellValues.Boolean, CellValue = new CellValue(b ? "1" : "0") },
        DateOnly d => TextCell(CellText.Date(d)),
        DateTime t => TextCell(CellText.Instant(t)),
        DateTimeOffset t => TextCell(CellText.Instant(t)),
        "" => new Cell(),
        string s => TextCell(CellText.SheetText(s)),
        _ => TextCell(CellText.SheetText(CellText.Other(value))),
    };

    private static Cell NumberCell(string invariant) => new() { DataType = CellValues.Number, CellValue = new CellValue(invariant) };

    private static Cell TextCell(string text) =>
        new() { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }) };

    /// <summary>A, B, ..., Z, AA, AB, ...</summary>
    public static string Column(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }
}
