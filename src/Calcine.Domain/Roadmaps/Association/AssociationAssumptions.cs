using System.Globalization;

namespace Calcine.Domain.Roadmaps.Association;

/// <summary>The inputs behind the road map: each shown when every member's scenario uses the same value,
/// otherwise withheld (a value that differs would be some member's own assumption).</summary>
public static class AssociationAssumptions
{
    public static IReadOnlyList<Assumption> Of(IReadOnlyList<MemberPart> parts)
    {
        var scenarios = parts.Select(p => p.Model.Scenario).Distinct().ToList();
        var keys = new List<(string Key, Func<RoadmapScenario, string> Value)>
        {
            ("horizon", s => $"{s.Horizon.BaseYear}/{s.Horizon.StartYear}–{s.Horizon.EndYear}"),
            ("discountRate", s => Number(s.DiscountRate)),
            ("demandGrowthPerYear", s => s.DemandGrowthPerYear is { } g ? Number(g) : "cement paths"),
            ("carbonPrice_USD_per_tCO2", s => Path(s.CarbonPrice)),
            ("electricityPrice_USD_per_MWh", s => Path(s.ElectricityPrice)),
            ("gridEf_tCO2_per_MWh", s => Path(s.GridEf)),
            ("decisionYears", s => string.Join(", ", s.DecisionYears)),
        };
        var leverIds = scenarios.SelectMany(s => s.Levers.Select(l => l.Id)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        keys.AddRange(leverIds.Select(id => ($"lever:{id}", (Func<RoadmapScenario, string>)(s => Lever(s, id)))));
        return [.. keys.Select(k =>
        {
            var values = scenarios.Select(k.Value).Distinct(StringComparer.Ordinal).ToList();
            return new Assumption(k.Key, values.Count == 1 ? values[0] : null);
        })];
    }

    private static string Lever(RoadmapScenario s, string id)
    {
        var l = s.Levers.FirstOrDefault(x => x.Id == id);
        return l is null
            ? "not in this library"
            : $"{l.Category}, {l.Kind}, capex {Number(l.Capex_USD_per_tCapacity)} USD/t capacity, fixed opex {Number(l.FixedOpex_USD_per_tCapacity_yr)} USD/t·yr, "
              + $"variable opex {Number(l.VariableOpex_USD_per_unit)} USD/unit, life {l.LifeYears} y" + (l.EarliestYear is { } e ? $", from {e}" : "");
    }

    private static string Path(YearPath path) => string.Join("; ", path.Years.Zip(path.Values, (y, v) => $"{y}: {Number(v)}"));

    private static string Number(double v) => v.ToString(CultureInfo.InvariantCulture);
}
