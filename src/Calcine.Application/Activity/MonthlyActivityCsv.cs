using System.Globalization;
using System.Text;

namespace Calcine.Application.Activity;

/// <summary>Writes a month as CSV rows (RFC 4180 quoting, invariant numbers).</summary>
public static class MonthlyActivityCsv
{
    public static void Append(StringBuilder csv, int month, MonthlyActivity m)
    {
        void Row(string section, string item, string category, string use, decimal quantity, string unit, decimal? lhv = null, decimal? ef = null, string factors = "") =>
            csv.AppendJoin(',', month.ToString(CultureInfo.InvariantCulture), section, Quote(item), category, use, Num(quantity), unit, Num(lhv), Num(ef), Quote(factors)).Append('\n');

        Row("clinker", "produced", "", "", m.Clinker.Produced, "t");
        Row("clinker", "bought", "", "", m.Clinker.Bought, "t");
        Row("clinker", "sold", "", "", m.Clinker.Sold, "t");
        Row("clinker", "stock-increase", "", "", m.Clinker.StockIncrease, "t");
        foreach (var c in m.Cement.MineralComponents)
        {
            Row("mineral-component", c.Name, "", "", c.Mass, "t");
        }

        Row("cement", "substitutes-sold", "", "", m.Cement.SubstitutesSold, "t");
        foreach (var f in m.Fuels)
        {
            Row("fuel", f.Name, f.Category, f.Use, f.Mass, "t", f.Lhv, f.Ef, string.Join(' ', new[] { f.LhvFactorId, f.EfFactorId }.OfType<string>()));
        }

        foreach (var r in m.RawMaterials)
        {
            Row("raw-material", r.Name, "", "", r.Mass, "t");
        }

        Row("dust", "bypass", "", "", m.Dust.Bypass, "t");
        Row("dust", "ckd-leaving", "", "", m.Dust.CkdLeaving, "t");
        foreach (var e in m.Electricity.Consumption)
        {
            Row("electricity", e.Source, "", e.Use, e.MWh, "MWh", ef: null);
        }
    }

    private static string Num(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    /// <summary>Quotes a field that needs it, and neutralises a leading formula character so a
    /// spreadsheet never runs a plant's text as a formula (CSV injection).</summary>
    private static string Quote(string s)
    {
        if (s.Length > 0 && s[0] is '=' or '+' or '-' or '@')
        {
            s = "'" + s;
        }

        return s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
    }
}
