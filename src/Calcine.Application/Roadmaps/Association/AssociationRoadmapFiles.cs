using Calcine.Application.Files;
using Calcine.Domain.Roadmaps.Association;

namespace Calcine.Application.Roadmaps.Association;

/// <summary>The road map as one table of figures (section, year, item, measure, value, withheld) for CSV
/// and as one sheet per section for Excel, through the product's one CSV and workbook writers. Each row is
/// a figure of the JSON projection with the same value.</summary>
public static class AssociationRoadmapFiles
{
    public static readonly IReadOnlyList<string> Header = ["section", "year", "item", "measure", "value", "withheld"];

    public static IEnumerable<IReadOnlyList<object?>> Rows(AssociationRoadmap r)
    {
        foreach (var t in r.Trajectory)
        {
            yield return Row("trajectory", t.Year, "sector", "bau_tCO2", t.Bau_tCO2);
            yield return Row("trajectory", t.Year, "sector", "plan_tCO2", t.Plan_tCO2);
            if (t.Target_tCO2 is { } target)
            {
                yield return ["trajectory", t.Year, "sector", "target_tCO2", target, null];
            }
        }

        foreach (var y in r.Wedges)
        {
            foreach (var c in y.Cells)
            {
                yield return Row("wedges", y.Year, AssociationRoadmapNames.Category(c.Category), "abatement_tCO2", c.Abatement_tCO2);
            }

            yield return Row("wedges", y.Year, "pooled", "abatement_tCO2", y.Pooled);
            yield return Row("wedges", y.Year, "total", "abatement_tCO2", y.Total);
        }

        foreach (var p in r.Investment)
        {
            yield return Row("investment", p.From, $"{p.From}-{p.To}", "capex_USD", p.Capex_USD);
        }

        foreach (var m in r.Maccs)
        {
            if (m.CarbonPrice_USD_per_tCO2 is { } price)
            {
                yield return ["macc", m.Year, "carbon price", "carbonPrice_USD_per_tCO2", price, null];
            }

            foreach (var b in m.Bars)
            {
                yield return Row("macc", m.Year, b.LeverId, "abatement_tCO2", b.Abatement_tCO2);
                yield return Row("macc", m.Year, b.LeverId, "mac_USD_per_tCO2", b.Mac_USD_per_tCO2);
            }
        }

        foreach (var a in r.Assumptions)
        {
            yield return ["assumptions", null, a.Key, "value", a.Value, a.Value is null ? "differs-between-members" : null];
        }
    }

    public static byte[] Csv(AssociationRoadmapView view) => CsvFile.Write(Header, Rows(view.Run.Roadmap));

    public static byte[] Xlsx(AssociationRoadmapView view)
    {
        var rows = Rows(view.Run.Roadmap).ToList();
        var workbook = new XlsxWorkbook();
        workbook.Sheet("road map", ["association", "mode", "member companies", "member plants"],
            [[view.AssociationName, AssociationRoadmapNames.Mode(view.Run.Roadmap.Mode), view.Run.Roadmap.Companies, view.Run.Roadmap.Plants]]);
        foreach (var section in rows.GroupBy(row => (string)row[0]!))
        {
            workbook.Sheet(section.Key, Header, section);
        }

        return workbook.ToBytes();
    }

    private static IReadOnlyList<object?> Row(string section, int year, string item, string measure, PublishedFigure f) =>
        [section, year, item, measure, f.Value, f.Reason is { } reason ? AssociationRoadmapNames.Reason(reason) : null];
}
