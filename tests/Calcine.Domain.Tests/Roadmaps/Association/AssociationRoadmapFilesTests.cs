using System.Globalization;
using System.Text;
using System.Text.Json;
using Calcine.Application.Roadmaps.Association;

namespace Calcine.Domain.Tests.Roadmaps.Association;

public class AssociationRoadmapFilesTests
{
    private static AssociationRoadmapView View => new(7, "Test association", AssociationFixture.MembersPlans, AssociationFixture.Policy);

    [Fact]
    public void Csv_EveryRow_EqualsTheJsonProjectionsFigure()
    {
        using var json = JsonDocument.Parse(AssociationRoadmapJson.Write(View));
        var lines = Encoding.UTF8.GetString(AssociationRoadmapFiles.Csv(View)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var root = json.RootElement;
        var compared = 0;

        Assert.Equal(string.Join(',', AssociationRoadmapFiles.Header), lines[0]);
        foreach (var line in lines.Skip(1).Where(l => !l.StartsWith("assumptions", StringComparison.Ordinal)))
        {
            var f = line.Split(',');
            var (section, year, item, measure, value, withheld) = (f[0], int.Parse(f[1], CultureInfo.InvariantCulture), f[2], f[3], f[4], f[5]);
            var figure = section switch
            {
                "trajectory" => root.GetProperty("trajectory").EnumerateArray().Single(t => t.GetProperty("year").GetInt32() == year).GetProperty(measure),
                "wedges" => Wedge(root, year, item),
                "investment" => root.GetProperty("investment").EnumerateArray().Single(p => p.GetProperty("from").GetInt32() == year).GetProperty(measure),
                _ => Macc(root, year, item, measure),
            };
            var expected = figure.ValueKind == JsonValueKind.Object ? figure.GetProperty("value") : figure;
            if (expected.ValueKind == JsonValueKind.Null)
            {
                Assert.Equal("", value);
                Assert.Equal(figure.GetProperty("withheld").GetString(), withheld);
            }
            else
            {
                Assert.Equal(expected.GetDouble(), double.Parse(value, CultureInfo.InvariantCulture));
            }

            compared++;
        }

        Assert.True(compared > 26 * 10, $"{compared} figures compared");
    }

    [Fact]
    public void Json_NamesNoMemberAndCarriesNoCompanyShares()
    {
        var text = Encoding.UTF8.GetString(AssociationRoadmapJson.Write(View));

        Assert.DoesNotContain("Company 1", text, StringComparison.Ordinal);
        Assert.DoesNotContain("A1", text, StringComparison.Ordinal);
        Assert.DoesNotContain("share\":", text.Replace("wedgeShares\":", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("\"format\": \"association-roadmap/1\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Xlsx_HasOneSheetPerSectionAndTheSummary()
    {
        var bytes = AssociationRoadmapFiles.Xlsx(View);

        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(bytes));
        Assert.Equal(6, zip.Entries.Count(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal)));
    }

    private static JsonElement Wedge(JsonElement root, int year, string item)
    {
        var y = root.GetProperty("wedges").EnumerateArray().Single(w => w.GetProperty("year").GetInt32() == year);
        return item switch
        {
            "pooled" => y.GetProperty("pooled_tCO2"),
            "total" => y.GetProperty("total_tCO2"),
            _ => y.GetProperty("categories").EnumerateArray().Single(c => c.GetProperty("category").GetString() == item).GetProperty("abatement_tCO2"),
        };
    }

    private static JsonElement Macc(JsonElement root, int year, string item, string measure)
    {
        var m = root.GetProperty("maccs").EnumerateArray().Single(x => x.GetProperty("year").GetInt32() == year);
        return item == "carbon price" ? m.GetProperty(measure) : m.GetProperty("bars").EnumerateArray().Single(b => b.GetProperty("leverId").GetString() == item).GetProperty(measure);
    }
}
