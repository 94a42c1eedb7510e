using System.Globalization;
using Calcine.Application.Activity.Workbook;
using Calcine.Domain.Results;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Calcine.Application.Recp.MeterData;

/// <summary>Reads monthly meter data from the first sheet of an .xlsx workbook into a
/// <see cref="MeterTable"/>; cells are named <c>Sheet!B3</c>. Values only: formulas and error values
/// are refused, as in the activity workbook.</summary>
public static class MeterWorkbook
{
    public static Result<MeterTable> Read(byte[] upload)
    {
        if (WorkbookPackageCheck.Check(upload) is { } packageError)
        {
            return Result<MeterTable>.Fail([packageError]);
        }

        try
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(upload, writable: false), isEditable: false);
            var workbook = document.WorkbookPart ?? throw new InvalidDataException("no workbook part");
            var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
            var sheet = workbook.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault();
            if (sheet?.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
            {
                return Result<MeterTable>.Fail("workbook", "the workbook has no sheet with data");
            }

            return ReadSheet(part, SheetReader.Short(sheet.Name?.Value ?? "Sheet1"), shared);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or InvalidOperationException or FormatException)
        {
            return Result<MeterTable>.Fail("workbook", "not a readable .xlsx workbook; save it as .xlsx");
        }
    }

    private static Result<MeterTable> ReadSheet(WorksheetPart part, string sheet, List<string> shared)
    {
        var errors = new List<ValidationError>();
        List<MeterCell>? header = null;
        var rows = new List<IReadOnlyList<MeterCell>>();
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }

            var row = (Row)reader.LoadCurrentElement()!;
            var number = (int)(row.RowIndex?.Value ?? (uint)(rows.Count + 2));
            if (rows.Count >= MeterTable.MaxRows)
            {
                return Result<MeterTable>.Fail($"{sheet}!A{number}", $"more than {MeterTable.MaxRows} months; split the sheet");
            }

            var cells = Cells(row, number, sheet, shared, errors);
            if (header is null)
            {
                header = cells;
            }
            else if (cells.Any(c => c.Text.Length > 0 || c.StoredNumber is not null || c.Problem is not null))
            {
                rows.Add(cells);
            }
        }

        if (header is null)
        {
            errors.Clear();
            errors.Add(new($"{sheet}!A1", "the sheet is empty; expected a header row starting with month, energy_kWh"));
        }

        return header is null ? Result<MeterTable>.Fail(errors) : Result<MeterTable>.Ok(new MeterTable(header, rows, errors));
    }

    private static List<MeterCell> Cells(Row row, int number, string sheet, List<string> shared, List<ValidationError> errors)
    {
        var cells = new List<MeterCell>();
        foreach (var cell in row.Elements<Cell>())
        {
            var column = cell.CellReference?.Value is { } r ? ColumnIndex(r) : cells.Count;
            var reference = $"{sheet}!{MeterTable.Column(Math.Min(column, MeterTable.MaxColumns - 1))}{number.ToString(CultureInfo.InvariantCulture)}";
            if (column >= MeterTable.MaxColumns)
            {
                errors.Add(new($"{sheet}!{cell.CellReference?.Value}", $"a value beyond column Z; a meter table has at most {MeterTable.MaxColumns} columns"));
                continue;
            }

            while (cells.Count < column)
            {
                cells.Add(new MeterCell($"{sheet}!{MeterTable.Column(cells.Count)}{number}", "", null));
            }

            if (cell.CellFormula is not null)
            {
                cells.Add(new MeterCell(reference, "", null, "a formula; the import takes values only (paste the cells as values)"));
                continue;
            }

            var raw = cell.CellValue?.Text ?? "";
            var type = cell.DataType?.Value;
            if (type == CellValues.SharedString)
            {
                var ok = int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < shared.Count;
                cells.Add(new MeterCell(reference, ok ? shared[index].Trim() : "", null));
            }
            else if (type == CellValues.InlineString || type == CellValues.String)
            {
                cells.Add(new MeterCell(reference, (cell.InlineString?.InnerText ?? raw).Trim(), null));
            }
            else if (type is null || type == CellValues.Number)
            {
                var number2 = double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : (double?)null;
                cells.Add(new MeterCell(reference, raw, number2));
            }
            else
            {
                cells.Add(new MeterCell(reference, "", null, $"a {type} value; expected a number or text"));
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
}
