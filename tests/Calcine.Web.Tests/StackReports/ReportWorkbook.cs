using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Calcine.Web.Tests.StackReports;

/// <summary>A downloaded workbook opened with the OpenXml SDK: sheets as rows keyed by the header.</summary>
public sealed class ReportWorkbook
{
    private readonly Dictionary<string, List<Dictionary<string, ReportCell>>> sheets = [];

    public List<string> SheetNames { get; } = [];

    /// <summary>Any cell with a formula, in any sheet.</summary>
    public bool HasFormula { get; private set; }

    public static ReportWorkbook Open(byte[] bytes)
    {
        var book = new ReportWorkbook();
        using var stream = new MemoryStream(bytes);
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            book.HasFormula |= part.Worksheet.Descendants<CellFormula>().Any();
            var rows = part.Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(Read).ToList()).ToList();
            var header = rows[0].Select(c => c.Text).ToList();
            book.SheetNames.Add(sheet.Name!);
            book.sheets[sheet.Name!] = [.. rows.Skip(1).Select(r => header.Zip(r).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal))];
        }

        return book;
    }

    public IReadOnlyList<Dictionary<string, ReportCell>> Rows(string sheet) => sheets[sheet];

    private static ReportCell Read(Cell c)
    {
        if (c.DataType?.Value == CellValues.InlineString)
        {
            return new ReportCell(c.InlineString?.InnerText ?? "", false, true);
        }

        var text = c.CellValue?.Text ?? "";
        return new ReportCell(text, (c.DataType is null || c.DataType.Value == CellValues.Number) && text.Length > 0, false);
    }
}

public sealed record ReportCell(string Text, bool IsNumber, bool IsInlineText)
{
    public double Number => double.Parse(Text, System.Globalization.CultureInfo.InvariantCulture);
}
