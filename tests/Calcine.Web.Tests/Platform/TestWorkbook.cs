using System.IO.Compression;
using System.Security;
using System.Text;

namespace Calcine.Web.Tests.Platform;

/// <summary>Builds small .xlsx packages by hand (the SpreadsheetML parts, zipped), so a test can
/// make exactly the broken workbook it needs: formulas, text in number cells, odd sheet names.</summary>
public sealed class TestWorkbook
{
    public static readonly Dictionary<string, string[]> Headers = new()
    {
        ["Production"] = ["Month", "Clinker produced (t)", "Clinker bought (t)", "Clinker sold (t)", "Clinker stock increase (t)",
            "Clinker EF (t CO2/t)", "Substitutes sold (t)", "Bypass dust (t)", "CKD leaving (t)", "Grid EF (t CO2/MWh)"],
        ["Components"] = ["Month", "Component", "Mass (t)"],
        ["Fuels"] = ["Month", "Fuel", "Category", "Use", "Mass (t)", "LHV (GJ/t)", "LHV factor id", "EF (kg CO2/GJ)", "EF factor id",
            "Biogenic share (0-1)", "Evidence"],
        ["RawMaterials"] = ["Month", "Material", "Mass (t)"],
        ["Electricity"] = ["Month", "Use", "Source", "Electricity (MWh)"],
    };

    private readonly List<(string Name, StringBuilder Rows)> sheets = [];

    /// <summary>The five sheets with their headers and one valid month (January).</summary>
    public static TestWorkbook ValidJanuary()
    {
        var book = new TestWorkbook();
        foreach (var (name, headers) in Headers)
        {
            book.Sheet(name).Row(1, [.. headers.Select(Text)]);
        }

        book.Row("Production", 2, Number(1), Number(90000), Number(0), Number(1000), Number(0), "", Number(0), Number(0), Number(100), Number(0.57m));
        book.Row("Components", 2, Number(1), Text("gypsum"), Number(5000));
        book.Row("Fuels", 2, Number(1), Text("Bituminous coal"), Text("conventional-fossil"), Text("kiln"), Number(11000), "",
            Text("ipcc2006-ncv-other-bituminous-coal"), "", Text("ipcc2006-co2-other-bituminous-coal"), "", "");
        book.Row("RawMaterials", 2, Number(1), Text("limestone"), Number(130000));
        book.Row("Electricity", 2, Number(1), Text("kiln"), Text("grid"), Number(5000));
        return book;
    }

    public static string Number(decimal value) => $"<v>{value.ToString(System.Globalization.CultureInfo.InvariantCulture)}</v>";

    public static string Text(string value) => $"t=\"inlineStr\"><is><t>{SecurityElement.Escape(value)}</t></is>";

    public static string Formula(string formula, decimal cached) => $"<f>{SecurityElement.Escape(formula)}</f>{Number(cached)}";

    public TestWorkbook Sheet(string name)
    {
        sheets.Add((name, new StringBuilder()));
        return this;
    }

    public TestWorkbook Rename(string from, string to)
    {
        var i = sheets.FindIndex(s => s.Name == from);
        sheets[i] = (to, sheets[i].Rows);
        return this;
    }

    private TestWorkbook Row(int number, string[] cells) => Row(sheets[^1].Name, number, cells);

    /// <summary>A row of cells: each is the inside of a &lt;c&gt; element from <see cref="Number"/>,
    /// <see cref="Text"/> or <see cref="Formula"/>, or "" for an empty cell.</summary>
    public TestWorkbook Row(string sheet, int number, params string[] cells)
    {
        var rows = sheets.Single(s => s.Name == sheet).Rows;
        rows.Append($"<row r=\"{number}\">");
        for (var i = 0; i < cells.Length; i++)
        {
            if (cells[i].Length == 0)
            {
                continue;
            }

            var reference = $"{(char)('A' + i)}{number}";
            // Text() carries its type attribute before the closing '>' of <c>.
            rows.Append(cells[i].StartsWith("t=", StringComparison.Ordinal) ? $"<c r=\"{reference}\" {cells[i]}</c>" : $"<c r=\"{reference}\">{cells[i]}</c>");
        }

        rows.Append("</row>");
        return this;
    }

    /// <summary>Replaces one cell of a data row (rewrites the row).</summary>
    public TestWorkbook Set(string sheet, int number, params string[] cells)
    {
        var rows = sheets.Single(s => s.Name == sheet).Rows;
        var text = rows.ToString();
        var start = text.IndexOf($"<row r=\"{number}\">", StringComparison.Ordinal);
        var end = text.IndexOf("</row>", start, StringComparison.Ordinal) + "</row>".Length;
        rows.Remove(start, end - start);
        return Row(sheet, number, cells);
    }

    public byte[] ToBytes()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var overrides = string.Concat(sheets.Select((_, i) =>
                $"<Override PartName=\"/xl/worksheets/sheet{i + 1}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"));
            Add(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" + overrides + "</Types>");
            Add(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            Add(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                + string.Concat(sheets.Select((s, i) => $"<sheet name=\"{SecurityElement.Escape(s.Name)}\" sheetId=\"{i + 1}\" r:id=\"rId{i + 1}\"/>")) + "</sheets></workbook>");
            Add(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + string.Concat(sheets.Select((_, i) => $"<Relationship Id=\"rId{i + 1}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet{i + 1}.xml\"/>"))
                + "</Relationships>");
            for (var i = 0; i < sheets.Count; i++)
            {
                Add(zip, $"xl/worksheets/sheet{i + 1}.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    + sheets[i].Rows + "</sheetData></worksheet>");
            }
        }

        return buffer.ToArray();
    }

    /// <summary>A zip whose one entry unpacks to far more than any workbook (zeros compress ~1000:1).</summary>
    public static byte[] ZipBomb(long uncompressedBytes)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (long written = 0; written < uncompressedBytes; written += zeros.Length)
            {
                entry.Write(zeros);
            }
        }

        return buffer.ToArray();
    }

    private static void Add(ZipArchive zip, string path, string content)
    {
        using var stream = zip.CreateEntry(path).Open();
        stream.Write(Encoding.UTF8.GetBytes(content));
    }
}
