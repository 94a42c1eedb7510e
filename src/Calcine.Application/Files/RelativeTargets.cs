using System.IO.Compression;
using System.Xml.Linq;

namespace Calcine.Application.Files;

/// <summary>Rewrites a package's internal relationship targets from absolute part names
/// (<c>/xl/worksheets/sheet1.xml</c>, as System.IO.Packaging writes them) to targets relative to
/// the source part (<c>worksheets/sheet1.xml</c>), as Excel itself writes them. OPC allows both, but
/// some readers (exceljs) resolve only relative ones.</summary>
public static class RelativeTargets
{
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static readonly Uri Root = new("http://package/");

    public static byte[] Apply(byte[] package)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                using var from = entry.Open();
                using var to = copy.Open();
                if (entry.FullName.EndsWith(".rels", StringComparison.Ordinal))
                {
                    Rewrite(entry.FullName, from).Save(to, SaveOptions.DisableFormatting);
                }
                else
                {
                    from.CopyTo(to);
                }
            }
        }

        return output.ToArray();
    }

    /// <summary><c>xl/_rels/workbook.xml.rels</c> holds the relationships of <c>/xl/workbook.xml</c>; <c>_rels/.rels</c> those of the package.</summary>
    private static XDocument Rewrite(string relsPath, Stream xml)
    {
        var document = XDocument.Load(xml);
        var folder = relsPath[..relsPath.LastIndexOf("_rels/", StringComparison.Ordinal)];
        var sourcePart = new Uri(Root, folder + Path.GetFileNameWithoutExtension(relsPath));
        foreach (var relationship in document.Descendants(Relationships + "Relationship"))
        {
            var targetAttribute = relationship.Attribute("Target");
            if ((string?)relationship.Attribute("TargetMode") != "External" && targetAttribute?.Value is ['/', ..] absolute)
            {
                targetAttribute.Value = Uri.UnescapeDataString(sourcePart.MakeRelativeUri(new Uri(Root, absolute[1..])).ToString());
            }
        }

        return document;
    }
}
