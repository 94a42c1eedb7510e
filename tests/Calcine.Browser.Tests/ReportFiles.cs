using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Playwright;

namespace Calcine.Browser.Tests;

/// <summary>A report's files as a user gets them (the page's download links) and read back:
/// workbook sheets and CSV records as rows of cells.</summary>
public static class ReportFiles
{
    /// <summary>Clicks the page's <c>download-{format}</c> link and returns the file's bytes.</summary>
    public static async Task<byte[]> DownloadAsync(IPage page, string format)
    {
        // A PDF is printed by a browser on the server: slow on a busy machine.
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId($"download-{format}").ClickAsync(),
            new PageRunAndWaitForDownloadOptions { Timeout = 180_000 });
        Assert.EndsWith("." + format, download.SuggestedFilename, StringComparison.Ordinal);
        return await File.ReadAllBytesAsync((await download.PathAsync())!);
    }

    public static void AssertPdf(byte[] pdf) => Assert.Equal("%PDF", Encoding.ASCII.GetString(pdf, 0, 4));

    /// <summary>A sheet's rows, each cell as written (numbers invariant); an empty cell is "".</summary>
    public static List<string[]> SheetRows(byte[] xlsx, string name) => [.. TypedSheetRows(xlsx, name).Select(r => r.Row)];

    /// <summary>A sheet's rows with, for each cell, whether it is a numeric cell (the reports write every number as one).</summary>
    public static List<(string[] Row, bool[] Numeric)> TypedSheetRows(byte[] xlsx, string name)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var part = document.WorkbookPart!;
        var sheet = part.Workbook.Descendants<Sheet>().Single(s => s.Name == name);
        return [.. ((WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().ToList())
            .Select(c => (c.Select(x => x.InnerText).ToArray(), c.Select(x => x.DataType?.Value == CellValues.Number).ToArray()))];
    }

    /// <summary>RFC 4180 records (quoted fields may hold commas, quotes and line breaks).</summary>
    public static List<string[]> Csv(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                fields.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                records.Add([.. fields]);
                fields.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add([.. fields]);
        }

        return records;
    }

    public static decimal Decimal(string text) => decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    public static double Double(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
