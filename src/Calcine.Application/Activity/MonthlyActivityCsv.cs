using Calcine.Application.Files;

namespace Calcine.Application.Activity;

/// <summary>The months of a year as CSV, one quantity per row (long format: nothing is lost), written by <see cref="CsvFile"/>.</summary>
public static class MonthlyActivityCsv
{
    public static readonly string[] Columns = ["month", "section", "item", "category", "use", "quantity", "unit", "lhv_GJ_per_t", "ef_kgCO2_per_GJ", "factor_ids"];

    public static byte[] Write(IEnumerable<(int Month, MonthlyActivity Data)> months) => CsvFile.Write(Columns, months.SelectMany(m => Rows(m.Month, m.Data)));

    public static IEnumerable<object?[]> Rows(int month, MonthlyActivity m)
    {
        object?[] Row(string section, string item, string category, string use, decimal quantity, string unit, decimal? lhv = null, decimal? ef = null, string factors = "") =>
            [month, section, item, category, use, quantity, unit, lhv, ef, factors];

        yield return Row("clinker", "produced", "", "", m.Clinker.Produced, "t");
        yield return Row("clinker", "bought", "", "", m.Clinker.Bought, "t");
        yield return Row("clinker", "sold", "", "", m.Clinker.Sold, "t");
        yield return Row("clinker", "stock-increase", "", "", m.Clinker.StockIncrease, "t");
        foreach (var c in m.Cement.MineralComponents)
        {
            yield return Row("mineral-component", c.Name, "", "", c.Mass, "t");
        }

        yield return Row("cement", "substitutes-sold", "", "", m.Cement.SubstitutesSold, "t");
        foreach (var f in m.Fuels)
        {
            yield return Row("fuel", f.Name, f.Category, f.Use, f.Mass, "t", f.Lhv, f.Ef, string.Join(' ', new[] { f.LhvFactorId, f.EfFactorId }.OfType<string>()));
        }

        foreach (var r in m.RawMaterials)
        {
            yield return Row("raw-material", r.Name, "", "", r.Mass, "t");
        }

        yield return Row("dust", "bypass", "", "", m.Dust.Bypass, "t");
        yield return Row("dust", "ckd-leaving", "", "", m.Dust.CkdLeaving, "t");
        foreach (var e in m.Electricity.Consumption)
        {
            yield return Row("electricity", e.Source, "", e.Use, e.MWh, "MWh");
        }
    }
}
