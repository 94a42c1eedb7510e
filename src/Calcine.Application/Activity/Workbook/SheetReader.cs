using System.Globalization;
using Calcine.Domain.Results;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Calcine.Application.Activity.Workbook;

/// <summary>A cell as read: its text, and whether the workbook stored it as a number.</summary>
public readonly record struct SheetCell(string Reference, string Text, bool IsNumber);

/// <summary>One data row of a sheet (row 1, the headers, is checked and left out).</summary>
public sealed record SheetRow(int Number, IReadOnlyDictionary<int, SheetCell> Cells);

/// <summary>Streams a worksheet row by row (SAX), so a sheet with 100,000 rows is refused at the
/// limit without being loaded; refuses formulas, error values and headers that differ from the layout.</summary>
public static class SheetReader
{
    public static List<SheetRow> Read(WorksheetPart part, string sheet, IReadOnlyList<string> sharedStrings, List<ValidationError> errors)
    {
        var rows = new List<SheetRow>();
        var expected = WorkbookLayout.Headers[sheet];
        var headerSeen = false;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }

            var row = (Row)reader.LoadCurrentElement()!;
            var number = (int)(row.RowIndex?.Value ?? (uint)(rows.Count + (headerSeen ? 2 : 1)));
            if (number > WorkbookLayout.MaxRowsPerSheet + 1)
            {
                errors.Add(new($"{sheet}!A{number}", $"the sheet has more than {WorkbookLayout.MaxRowsPerSheet} rows of data; an activity workbook has a few hundred"));
                return [];
            }

            var cells = ReadCells(row, number, sheet, sharedStrings, errors);
            if (number == 1)
            {
                headerSeen = true;
                CheckHeaders(sheet, expected, cells, errors);
            }
            else if (cells.Values.Any(c => c.Text.Length > 0))
            {
                foreach (var column in cells.Keys.Where(k => k >= expected.Length))
                {
                    errors.Add(new($"{sheet}!{cells[column].Reference}", $"a value beyond the last column ({expected[^1]}); the sheet has {expected.Length} columns"));
                }

                rows.Add(new SheetRow(number, cells));
            }
        }

        if (!headerSeen)
        {
            errors.Add(new($"{sheet}!A1", $"the header row is missing; expected: {string.Join(" | ", expected)}"));
        }

        return rows;
    }

    private static void CheckHeaders(string sheet, string[] expected, Dictionary<int, SheetCell> cells, List<ValidationError> errors)
    {
        for (var i = 0; i < expected.Length; i++)
        {
            var found = cells.TryGetValue(i, out var cell) ? cell.Text.Trim() : "";
            if (!string.Equals(found, expected[i], StringComparison.OrdinalIgnoreCase))
            {
                errors.Add(new($"{sheet}!{WorkbookLayout.Column(i)}1", $"expected the header '{expected[i]}', found '{Short(found)}' (units belong in the headers as in the template)"));
            }
        }
    }

    private static Dictionary<int, SheetCell> ReadCells(Row row, int number, string sheet, IReadOnlyList<string> sharedStrings, List<ValidationError> errors)
    {
        var cells = new Dictionary<int, SheetCell>();
        var position = 0;
        foreach (var cell in row.Elements<Cell>())
        {
            var column = cell.CellReference?.Value is { } r ? ColumnIndex(r) : position;
            position = column + 1;
            var reference = WorkbookLayout.Column(Math.Min(column, 25)) + number.ToString(CultureInfo.InvariantCulture);
            if (column > 25)
            {
                errors.Add(new($"{sheet}!{cell.CellReference?.Value}", "a value far beyond the template's columns"));
                continue;
            }

            if (cell.CellFormula is not null)
            {
                errors.Add(new($"{sheet}!{reference}", "a formula; the import takes values only (copy the cells and paste them as values)"));
                continue;
            }

            var raw = cell.CellValue?.Text ?? "";
            var type = cell.DataType?.Value;
            if (type == CellValues.SharedString)
            {
                var ok = int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < sharedStrings.Count;
                cells[column] = new SheetCell(reference, ok ? sharedStrings[index] : "", false);
            }
            else if (type == CellValues.InlineString)
            {
                cells[column] = new SheetCell(reference, cell.InlineString?.InnerText ?? "", false);
            }
            else if (type == CellValues.Error || type == CellValues.Boolean || type == CellValues.Date)
            {
                errors.Add(new($"{sheet}!{reference}", $"a {type} value; expected a number or text"));
            }
            else
            {
                cells[column] = new SheetCell(reference, raw, type is null || type == CellValues.Number);
            }
        }

        return cells;
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
            if (index > 16384)
            {
                break;
            }
        }

        return index - 1;
    }

    public static string Short(string s) => s.Length > 40 ? s[..40] + "…" : s;
}
