using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using Calcine.Application.Files;

namespace Calcine.Application.Tests.Files;

/// <summary>The two writers' promises read at the byte level, beside what the real readers see.</summary>
public sealed class WriterTests
{
    [Fact]
    public void CsvFile_FormulaTextAndNegativeNumber_TextEscapedNumberKept()
    {
        var csv = Encoding.UTF8.GetString(CsvFile.Write(["text", "number", "flag"], [["=1+2", -5m, false], ["-x", -0.25, true]]));

        Assert.Equal("text,number,flag\r\n\"'=1+2\",-5,false\r\n\"'-x\",-0.25,true\r\n", csv);
    }

    [Fact]
    public void XlsxWorkbook_Package_RelativeTargetsDefaultNamespaceAndBooleanCells()
    {
        var bytes = new XlsxWorkbook().Sheet("S", ["flag"], [[true], [false]]).ToBytes();

        using var zip = new ZipArchive(new MemoryStream(bytes));
        var targets = zip.Entries.Where(e => e.FullName.EndsWith(".rels", StringComparison.Ordinal))
            .SelectMany(e => XDocument.Load(e.Open()).Descendants().Select(r => (string?)r.Attribute("Target"))).OfType<string>().ToList();
        Assert.NotEmpty(targets);
        Assert.All(targets, t => Assert.False(t.StartsWith('/'), $"absolute target {t}"));
        var sheet = zip.Entries.Single(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal));
        using var reader = new StreamReader(sheet.Open());
        var xml = reader.ReadToEnd();
        Assert.StartsWith("<?xml", xml, StringComparison.Ordinal);
        Assert.Contains("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"", xml, StringComparison.Ordinal);
        Assert.Contains("<c r=\"A2\" t=\"b\"><v>1</v></c>", xml, StringComparison.Ordinal);
        Assert.Contains("<c r=\"A3\" t=\"b\"><v>0</v></c>", xml, StringComparison.Ordinal);
    }
}
