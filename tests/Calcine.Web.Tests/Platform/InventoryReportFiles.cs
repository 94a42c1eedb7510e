using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;

namespace Calcine.Web.Tests.Platform;

/// <summary>Reads the report files back as a consumer would: JSON, CSV (RFC 4180) and the workbook's
/// cells straight from the package XML (no spreadsheet library).</summary>
public static class InventoryReportFiles
{
    public static readonly string[] Formats = ["csv", "xlsx", "json", "pdf"];

    public static string PlantFile(int plantId, int year, string format) => $"api/plants/{plantId}/years/{year}/report.{format}";

    public static string CompanyFile(int companyId, int year, string format) => $"api/companies/{companyId}/years/{year}/report.{format}";

    /// <summary>The inventory endpoint's figure under the report's id: totals at the top, KPIs under "kpi".</summary>
    public static decimal? InventoryFigure(JsonElement annual, string id)
    {
        var holder = annual.TryGetProperty(id, out _) ? annual : annual.GetProperty("kpi");
        var value = holder.GetProperty(id);
        return value.ValueKind == JsonValueKind.Null ? null : value.GetDecimal();
    }

    public static decimal? Decimal(JsonElement e, string name) =>
        e.GetProperty(name).ValueKind == JsonValueKind.Null ? null : e.GetProperty(name).GetDecimal();

    public static Dictionary<string, decimal?> Figures(JsonElement owner, string property = "figures") =>
        owner.GetProperty(property).EnumerateArray().ToDictionary(f => f.GetProperty("id").GetString()!, f => Decimal(f, "value"));

    public static List<string[]> Csv(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\n')
            {
                row.Add(cell.ToString().TrimEnd('\r'));
                cell.Clear();
                rows.Add([.. row]);
                row.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        return rows;
    }

    /// <summary>A cell as its type and text: "n" for a number cell, "inlineStr" for text, "" when empty.</summary>
    public sealed record XlsxCell(string Type, string Text);

    /// <summary>The rows of the named sheet, each cell with its type.</summary>
    public static List<XlsxCell[]> Sheet(byte[] xlsx, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        XNamespace main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        XNamespace rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        XNamespace pkg = "http://schemas.openxmlformats.org/package/2006/relationships";
        var workbook = Load(zip, "xl/workbook.xml");
        var relId = workbook.Descendants(main + "sheet").Single(s => (string?)s.Attribute("name") == name).Attribute(rel + "id")!.Value;
        var target = Load(zip, "xl/_rels/workbook.xml.rels").Descendants(pkg + "Relationship").Single(r => (string?)r.Attribute("Id") == relId).Attribute("Target")!.Value;
        var sheet = Load(zip, target.StartsWith('/') ? target[1..] : "xl/" + target);
        return [.. sheet.Descendants(main + "row").Select(r => r.Elements(main + "c").Select(c => new XlsxCell(
            (string?)c.Attribute("t") ?? (c.Element(main + "v") is null ? "" : "n"),
            c.Element(main + "v")?.Value ?? string.Concat(c.Descendants(main + "t").Select(t => t.Value)))).ToArray())];
    }

    public static decimal Number(string text) => decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static XDocument Load(ZipArchive zip, string path)
    {
        using var stream = zip.GetEntry(path)!.Open();
        return XDocument.Load(stream);
    }
}
