using System.Text.Json;
using Calcine.Application.Files;

namespace Calcine.Application.Roadmaps.Scenarios;

/// <summary>The Excel of a run, written from the stored result JSON (so its figures are the API's):
/// the pathway and BAU per year and plant, the adoption plan, the MACC and the analysis.</summary>
public static class ScenarioWorkbook
{
    private static readonly string[] RowFields = ["cement_t", "clinker_t", "scope1_tCO2", "biogenic_tCO2", "captured_tCO2", "scope2_tCO2", "co2_tCO2",
        "intensity_tCO2_per_tCement", "capexAnnuity_USD", "opex_USD", "energy_USD", "carbon_USD", "cost_USD"];

    public static byte[] Build(ScenarioRun run, string name)
    {
        using var doc = JsonDocument.Parse(run.ResultJson);
        var r = doc.RootElement;
        var book = new XlsxWorkbook();
        var pathway = r.GetProperty("pathway");
        book.Sheet("Summary", ["field", "value"],
        [
            ["scenario", name], ["scenario id", run.ScenarioId], ["version", run.Version], ["feasible", pathway.GetProperty("feasible").GetBoolean()],
            ["first violated year", Value(pathway.GetProperty("firstViolatedYear"))], ["total discounted cost (USD)", Value(pathway.GetProperty("totalDiscountedCost_USD"))],
            ["BAU discounted cost (USD)", r.GetProperty("bau").GetProperty("discountedCost_USD").GetDouble()],
            ["proven optimal", pathway.GetProperty("search").GetProperty("provenOptimal").GetBoolean()],
        ]);
        Years(book, "Pathway", pathway.GetProperty("years"), plan: true);
        Years(book, "BAU", r.GetProperty("bau").GetProperty("years"), plan: false);
        if (pathway.GetProperty("adoption") is { ValueKind: JsonValueKind.Array } adoption)
        {
            book.Sheet("Adoption", ["plantId", "leverId", "year"],
                adoption.EnumerateArray().SelectMany(p => p.GetProperty("levers").EnumerateObject()
                    .Select(l => (IReadOnlyList<object?>)[p.GetProperty("plantId").GetString(), l.Name, Value(l.Value)])));
        }

        var macc = r.GetProperty("macc");
        book.Sheet("MACC", ["year", "plantId", "leverId", "mac_USD_per_tCO2", "abatement_tCO2", "cumulativeAbatement_tCO2"],
            macc.GetProperty("plants").EnumerateArray().SelectMany(p => p.GetProperty("curve").EnumerateArray().Select(c => (IReadOnlyList<object?>)
                [macc.GetProperty("year").GetInt32(), p.GetProperty("plantId").GetString(), c.GetProperty("leverId").GetString(),
                 c.GetProperty("mac_USD_per_tCO2").GetDouble(), c.GetProperty("abatement_tCO2").GetDouble(), c.GetProperty("cumulativeAbatement_tCO2").GetDouble()])));
        var analysis = r.GetProperty("analysis");
        Table(book, "Investment", analysis.GetProperty("investment"), ["company", "year", "adoption_USD", "renewal_USD", "total_USD"]);
        Table(book, "Cost per t cement", analysis.GetProperty("costPerTonneCement"), ["year", "plan_USD_per_tCement", "bau_USD_per_tCement", "difference_USD_per_tCement"]);
        Table(book, "Break-even", analysis.GetProperty("breakEven"), ["plantId", "leverId", "year", "mac_USD_per_tCO2"]);
        Table(book, "Implied carbon prices", analysis.GetProperty("impliedCarbonPrices"), ["year", "company", "limit_tCO2", "slack_tCO2", "binding", "deltaDiscountedCost_USD", "price_USD_per_tCO2"]);
        if (analysis.TryGetProperty("cbamExposure", out var cbam) && cbam.ValueKind == JsonValueKind.Array)
        {
            string[] point = ["embedded_tCO2_per_tCement", "freeAllocation_tCO2_per_tCement", "certificates_tCO2_per_tCement", "liability_USD_per_tCement"];
            book.Sheet("CBAM exposure", ["year", "plantId", "cbamFactor", "certificatePrice_USD_per_tCO2", .. point.Select(p => "bau " + p), .. point.Select(p => "plan " + p)],
                cbam.EnumerateArray().Select(c => (IReadOnlyList<object?>)[Value(c.GetProperty("year")), Value(c.GetProperty("plantId")) ?? "total", Value(c.GetProperty("cbamFactor")),
                    Value(c.GetProperty("certificatePrice_USD_per_tCO2")), .. point.Select(p => Value(c.GetProperty("bau").GetProperty(p))),
                    .. point.Select(p => c.GetProperty("plan").ValueKind == JsonValueKind.Null ? null : Value(c.GetProperty("plan").GetProperty(p)))]));
        }

        return book.ToBytes();
    }

    private static void Years(XlsxWorkbook book, string sheet, JsonElement years, bool plan)
    {
        if (years.ValueKind != JsonValueKind.Array)
        {
            book.Sheet(sheet, ["no feasible plan"], []);
            return;
        }

        var rows = new List<IReadOnlyList<object?>>();
        foreach (var y in years.EnumerateArray())
        {
            var year = y.GetProperty("year").GetInt32();
            foreach (var p in y.GetProperty("plants").EnumerateArray())
            {
                rows.Add([year, p.GetProperty("plantId").GetString(), .. RowFields.Select(f => (object?)p.GetProperty(f).GetDouble()), null, null]);
            }

            var t = y.GetProperty("total");
            rows.Add([year, "total", .. RowFields.Select(f => (object?)t.GetProperty(f).GetDouble()),
                plan ? y.GetProperty("investment_USD").GetDouble() : null, plan ? Value(y.GetProperty("targetMet")) : null]);
        }

        book.Sheet(sheet, ["year", "plantId", .. RowFields, "investment_USD", "targetMet"], rows);
    }

    private static void Table(XlsxWorkbook book, string sheet, JsonElement items, string[] fields) =>
        book.Sheet(sheet, fields, items.ValueKind == JsonValueKind.Array
            ? items.EnumerateArray().Select(i => (IReadOnlyList<object?>)[.. fields.Select(f => Value(i.GetProperty(f)))])
            : []);

    private static object? Value(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Number => e.TryGetInt32(out var i) && !e.GetRawText().Contains('.', StringComparison.Ordinal) && !e.GetRawText().Contains('E', StringComparison.OrdinalIgnoreCase) ? i : e.GetDouble(),
        JsonValueKind.String => e.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
