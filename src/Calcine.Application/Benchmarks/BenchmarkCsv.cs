using Calcine.Application.Files;

namespace Calcine.Application.Benchmarks;

/// <summary>The CSV export: one row per KPI and year (the distribution), then one per own plant or
/// company (its band). Invariant culture, unrounded figures, written by <see cref="CsvFile"/>.</summary>
public static class BenchmarkCsv
{
    public static readonly string[] Columns =
        ["association_id", "level", "status", "kpi", "unit", "year", "row", "shape", "count", "mean", "q1", "median", "q3", "member", "value", "band"];

    public static byte[] Write(BenchmarkReport report) => CsvFile.Write(Columns, Rows(report));

    public static IEnumerable<object?[]> Rows(BenchmarkReport report)
    {
        var level = BenchmarkNames.Level(report.Query.Level);
        var status = report.Query.VerifiedOnly ? "verified" : "all";
        foreach (var kpi in report.Kpis)
        {
            foreach (var y in kpi.Years)
            {
                var d = y.Distribution;
                yield return [report.AssociationId, level, status, kpi.Kpi.Id, kpi.Kpi.Unit, y.Year, "distribution", BenchmarkNames.Shape(d.Shape),
                    d.Count, d.Mean, d.Q1, d.Median, d.Q3, null, null, null];
                foreach (var own in y.Own)
                {
                    yield return [report.AssociationId, level, status, kpi.Kpi.Id, kpi.Kpi.Unit, y.Year, "own-position", BenchmarkNames.Shape(d.Shape),
                        null, null, null, null, null, own.Name, own.Value, BenchmarkNames.Band(own.Band)];
                }
            }
        }
    }
}
