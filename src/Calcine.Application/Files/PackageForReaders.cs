using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Calcine.Application.Files;

/// <summary>Writes a package the Open XML SDK produced the way Excel itself writes one, because
/// some readers accept only that (exceljs refuses both points below, openpyxl and LibreOffice accept them):
/// relationship targets relative to their source part (<c>worksheets/sheet1.xml</c>, where
/// System.IO.Packaging writes the absolute <c>/xl/worksheets/sheet1.xml</c>), and SpreadsheetML as
/// the default namespace of each part (where the SDK writes <c>&lt;x:worksheet&gt;</c>). XML is written
/// as UTF-8 without a byte order mark.</summary>
public static class PackageForReaders
{
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static readonly XNamespace SpreadsheetMl = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly Uri Root = new("http://package/");
    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false) };

    public static byte[] Apply(byte[] package)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            // [Content_Types].xml first, as Excel writes it: some readers look for it there.
            foreach (var entry in source.Entries.OrderBy(e => e.FullName == "[Content_Types].xml" ? 0 : 1))
            {
                using var from = entry.Open();
                using var to = target.CreateEntry(entry.FullName, CompressionLevel.Optimal).Open();
                if (entry.FullName.EndsWith(".rels", StringComparison.Ordinal))
                {
                    Save(RelativeTargets(entry.FullName, XDocument.Load(from)), to);
                }
                else if (entry.FullName.EndsWith(".xml", StringComparison.Ordinal))
                {
                    Save(DefaultNamespace(XDocument.Load(from)), to);
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
    private static XDocument RelativeTargets(string relsPath, XDocument document)
    {
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

    private static XDocument DefaultNamespace(XDocument document)
    {
        if (document.Root is { } root && root.Name.Namespace == SpreadsheetMl)
        {
            foreach (var element in document.Descendants())
            {
                element.Attributes().Where(a => a.IsNamespaceDeclaration && a.Value == SpreadsheetMl.NamespaceName).Remove();
            }

            root.SetAttributeValue("xmlns", SpreadsheetMl.NamespaceName);
        }

        return document;
    }

    private static void Save(XDocument document, Stream to)
    {
        using var writer = XmlWriter.Create(to, Settings);
        document.Save(writer);
    }
}
