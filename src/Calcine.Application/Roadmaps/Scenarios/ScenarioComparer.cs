using System.Text.Json;

namespace Calcine.Application.Roadmaps.Scenarios;

/// <summary>Projects two stored results onto one table of years (the figures are the results' own:
/// pathway totals where a feasible plan exists, BAU totals beside them).</summary>
public static class ScenarioComparer
{
    public static ScenarioComparison Compare(ScenarioRun a, string nameA, ScenarioRun b, string nameB)
    {
        using var docA = JsonDocument.Parse(a.ResultJson);
        using var docB = JsonDocument.Parse(b.ResultJson);
        var yearsA = Years(docA.RootElement);
        var yearsB = Years(docB.RootElement);
        var rows = yearsA.Keys.Union(yearsB.Keys).Order().Select(y =>
        {
            var ya = yearsA.GetValueOrDefault(y);
            var yb = yearsB.GetValueOrDefault(y);
            return new ComparisonYear(y, ya, yb,
                ya is null || yb is null ? null : yb.Co2_tCO2 - ya.Co2_tCO2,
                ya is null || yb is null ? null : yb.Cost_USD - ya.Cost_USD);
        }).ToList();
        return new ScenarioComparison(Summary(a, nameA, docA.RootElement), Summary(b, nameB, docB.RootElement), rows);
    }

    /// <summary>Year → the plan's totals (BAU's when no plan meets the target, flagged by TargetMet null).</summary>
    public static Dictionary<int, ComparedYear> Years(JsonElement result)
    {
        var bau = result.GetProperty("bau").GetProperty("years").EnumerateArray()
            .ToDictionary(y => y.GetProperty("year").GetInt32(), y => y.GetProperty("total"));
        var pathway = result.GetProperty("pathway").GetProperty("years");
        var years = new Dictionary<int, ComparedYear>();
        if (pathway.ValueKind != JsonValueKind.Array)
        {
            return years;
        }

        foreach (var y in pathway.EnumerateArray())
        {
            var year = y.GetProperty("year").GetInt32();
            var total = y.GetProperty("total");
            years[year] = new ComparedYear(total.GetProperty("co2_tCO2").GetDouble(), bau[year].GetProperty("co2_tCO2").GetDouble(),
                total.GetProperty("cost_USD").GetDouble(), total.GetProperty("intensity_tCO2_per_tCement").GetDouble(),
                y.GetProperty("investment_USD").GetDouble(),
                y.GetProperty("targetMet").ValueKind == JsonValueKind.Null ? null : y.GetProperty("targetMet").GetBoolean());
        }

        return years;
    }

    private static ComparedScenario Summary(ScenarioRun run, string name, JsonElement result)
    {
        var p = result.GetProperty("pathway");
        return new ComparedScenario(run.ScenarioId, name, run.Version, p.GetProperty("feasible").GetBoolean(),
            p.GetProperty("firstViolatedYear").ValueKind == JsonValueKind.Null ? null : p.GetProperty("firstViolatedYear").GetInt32(),
            p.GetProperty("totalDiscountedCost_USD").ValueKind == JsonValueKind.Null ? null : p.GetProperty("totalDiscountedCost_USD").GetDouble(),
            result.GetProperty("bau").GetProperty("discountedCost_USD").GetDouble());
    }
}
