using System.Globalization;
using System.Text.Json;
using Calcine.Application.Files;

namespace Calcine.Application.Tests.Files;

/// <summary>Compares what a reader read with what the writer was given, cell by cell.</summary>
public static class ReadBack
{
    /// <summary>Every sheet and cell of <paramref name="book"/> as <paramref name="read"/> (one file's view) has it.
    /// <paramref name="booleanAsFormula"/>: the reader may hold a boolean as the formula =TRUE() or =FALSE(), and
    /// keep 15 significant digits of a number (LibreOffice re-saves them so; Excel shows 15 too).</summary>
    public static void AssertWorkbook(XlsxWorkbook book, JsonElement read, string reader, bool booleanAsFormula = false)
    {
        Assert.Equal(book.Sheets.Select(s => s.Name), read.EnumerateObject().Select(p => p.Name));
        foreach (var (name, rows) in book.Sheets)
        {
            var readRows = read.GetProperty(name).EnumerateArray().Select(r => r.EnumerateArray().ToList()).ToList();
            for (var r = 0; r < rows.Count; r++)
            {
                for (var c = 0; c < rows[r].Count; c++)
                {
                    var at = $"{reader}, sheet {name}, {XlsxWorkbook.Column(c)}{r + 1}";
                    var actual = r < readRows.Count && c < readRows[r].Count ? readRows[r][c] : default;
                    AssertCell(rows[r][c], actual, at, booleanAsFormula);
                }
            }
        }
    }

    /// <summary>The CSV as <paramref name="read"/> (rows of texts) has exactly the header and the rows' texts.</summary>
    public static void AssertCsv(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows, JsonElement read, string reader)
    {
        List<string[]> expected = [[.. header], .. rows.Select(r => r.Select(Text).ToArray())];
        var actual = read.EnumerateArray().Select(r => r.EnumerateArray().Select(f => f.GetString() ?? "").ToArray()).ToList();
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            // A reader may drop trailing empty fields; none may change a field.
            var row = actual[i].Concat(Enumerable.Repeat("", Math.Max(0, expected[i].Length - actual[i].Length))).ToArray();
            Assert.True(expected[i].SequenceEqual(row), $"{reader}, line {i + 1}: expected [{string.Join('|', expected[i])}], read [{string.Join('|', row)}]");
        }
    }

    /// <summary>A value as the CSV spells it.</summary>
    public static string Text(object? value) => value switch
    {
        null => "",
        string s => CellText.SafeText(s),
        int n => n.ToString(CultureInfo.InvariantCulture),
        long n => n.ToString(CultureInfo.InvariantCulture),
        decimal d => CellText.Number(d),
        double d => double.IsFinite(d) ? CellText.Number(d) : "",
        bool b => CellText.Boolean(b),
        DateOnly d => CellText.Date(d),
        DateTime t => CellText.Instant(t),
        DateTimeOffset t => CellText.Instant(t),
        _ => CellText.SafeText(CellText.Other(value)),
    };

    private static void AssertCell(object? expected, JsonElement actual, string at, bool booleanAsFormula)
    {
        var type = actual.ValueKind == JsonValueKind.Object ? actual.GetProperty("t").GetString() : "null";
        var value = actual.ValueKind == JsonValueKind.Object ? actual.GetProperty("v") : default;
        switch (expected)
        {
            case null or "" or double.NaN or double.PositiveInfinity or double.NegativeInfinity:
                Assert.True(type == "null", $"{at}: expected an empty cell, read {type} {value}");
                break;
            case int or long or decimal or double:
                Assert.True(type == "n", $"{at}: expected a number, read {type} {value}");
                var number = Convert.ToDouble(expected, CultureInfo.InvariantCulture);
                var tolerance = booleanAsFormula ? 1e-14 : 1e-15;
                Assert.True(Math.Abs(value.GetDouble() - number) <= tolerance * Math.Max(1, Math.Abs(number)), $"{at}: expected {number:R}, read {value}");
                break;
            case bool b when booleanAsFormula && type == "other:f":
                Assert.Equal(b ? "=TRUE()" : "=FALSE()", value.GetString());
                break;
            case bool b:
                Assert.True(type == "b", $"{at}: expected a boolean, read {type} {value}");
                Assert.Equal(b, value.GetBoolean());
                break;
            default:
                Assert.True(type == "s", $"{at}: expected text, read {type} {value}");
                Assert.Equal(CellText.SheetText(Text(expected)), value.GetString());
                break;
        }
    }
}
