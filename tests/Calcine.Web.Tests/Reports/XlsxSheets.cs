using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;

namespace Calcine.Web.Tests.Reports;

/// <summary>Reads back an .xlsx the platform wrote, straight from its SpreadsheetML parts (no package
/// in the tests): each sheet as rows of cells, a cell's type kept so a test can tell a number from text.</summary>
public sealed class XlsxSheets
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace PackageRel = "http://schemas.openxmlformats.org/package/2006/relationships";

    public sealed record CellValue(string? Type, string Text)
    {
        public bool IsNumber => Type is null or "n";

        public decimal Number => IsNumber
            ? decimal.Parse(Text, NumberStyles.Float, CultureInfo.InvariantCulture)
            : throw new InvalidOperationException($"cell holds {Type} '{Text}', not a number");
    }

    public Dictionary<string, List<List<CellValue?>>> Sheets { get; } = new(StringComparer.Ordinal);

    public static XlsxSheets Read(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        var workbook = Load(zip, "xl/workbook.xml");
        var rels = Load(zip, "xl/_rels/workbook.xml.rels").Root!.Elements(PackageRel + "Relationship")
            .ToDictionary(r => (string)r.Attribute("Id")!, r => (string)r.Attribute("Target")!);
        var result = new XlsxSheets();
        foreach (var sheet in workbook.Root!.Element(Main + "sheets")!.Elements(Main + "sheet"))
        {
            var target = rels[(string)sheet.Attribute(Rel + "id")!].TrimStart('/');
            var path = target.StartsWith("xl/", StringComparison.Ordinal) ? target : "xl/" + target;
            result.Sheets[(string)sheet.Attribute("name")!] = Rows(Load(zip, path));
        }

        return result;
    }

    /// <summary>The row whose first cell is this text (a heading in column A).</summary>
    public List<CellValue?> RowStartingWith(string sheet, string first) =>
        Sheets[sheet].First(r => r.Count > 0 && r[0]?.Text == first);

    private static List<List<CellValue?>> Rows(XDocument sheet) =>
        [.. sheet.Descendants(Main + "row").Select(row => row.Elements(Main + "c").Select(Cell).ToList())];

    private static CellValue? Cell(XElement c)
    {
        var type = (string?)c.Attribute("t");
        var text = type == "inlineStr" ? string.Concat(c.Descendants(Main + "t").Select(t => t.Value)) : c.Element(Main + "v")?.Value;
        return text is null ? null : new CellValue(type, text);
    }

    private static XDocument Load(ZipArchive zip, string path)
    {
        using var stream = zip.GetEntry(path)?.Open() ?? throw new InvalidOperationException($"{path} is not in the package");
        return XDocument.Load(stream);
    }
}
