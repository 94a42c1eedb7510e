using Calcine.Application.Co2.Document;
using Calcine.Domain.Roadmaps;

namespace Calcine.Application.Roadmaps;

public static partial class RoadmapScenarioReader
{
    private static readonly string[] TargetTypes = ["annualCap", "intensity", "cumulativeBudget"];

    private static RoadmapTarget? ReadTarget(RoadmapJsonObject r, RoadmapHorizon? horizon, List<RoadmapPlant>? plants)
    {
        var t = r.Object("target", true);
        if (t is null)
        {
            return null;
        }

        var type = t.String("type", true, 64);
        switch (type)
        {
            case null:
                return null;
            case "annualCap":
                var cap = t.YearMap("cap_tCO2", true, v => v >= 0, NotNegative);
                return cap is not null && YearsInHorizon(t, "cap_tCO2", cap.Keys, horizon) ? new AnnualCapTarget(cap) : null;
            case "cumulativeBudget":
                return t.Number("budget_tCO2", true, v => v >= 0, NotNegative) is { } b ? new CumulativeBudgetTarget(b) : null;
            case "intensity":
                return ReadIntensity(t, horizon, plants);
            default:
                t.Error("type", $"unknown value {JsonObjectReader.Quote(type)}; expected one of {string.Join(", ", TargetTypes)}");
                return null;
        }
    }

    private static IntensityTarget? ReadIntensity(RoadmapJsonObject t, RoadmapHorizon? horizon, List<RoadmapPlant>? plants)
    {
        var items = t.Array("companies", true, 1, MaxItems);
        if (items is null)
        {
            return null;
        }

        var limits = new List<CompanyIntensityLimit>();
        var ok = true;
        foreach (var (item, path) in items)
        {
            var c = RoadmapJsonObject.Open(item, path, t.Errors);
            if (c is null)
            {
                ok = false;
                continue;
            }

            var company = c.String("company", true);
            var map = c.YearMap("limit_tCO2_per_tCement", true, v => v >= 0, NotNegative);
            if (company is null || map is null || !YearsInHorizon(c, "limit_tCO2_per_tCement", map.Keys, horizon))
            {
                ok = false;
                continue;
            }

            if (plants is not null && !plants.Any(p => p.Company == company))
            {
                c.Error("company", $"no plant belongs to company {JsonObjectReader.Quote(company)}");
                ok = false;
            }
            else if (limits.Any(l => l.Company == company))
            {
                c.Error("company", $"company {JsonObjectReader.Quote(company)} appears twice");
                ok = false;
            }

            limits.Add(new CompanyIntensityLimit(company, map));
        }

        return ok ? new IntensityTarget(limits) : null;
    }

    private static bool YearsInHorizon(RoadmapJsonObject o, string name, IEnumerable<int> years, RoadmapHorizon? horizon)
    {
        if (horizon is null)
        {
            return true;
        }

        var ok = true;
        foreach (var y in years.Where(y => y < horizon.StartYear || y > horizon.EndYear))
        {
            o.Errors.Add(new(JsonObjectReader.PathOf(o.Child(name), y.ToString(System.Globalization.CultureInfo.InvariantCulture)), $"{y} is outside the horizon {horizon.StartYear}..{horizon.EndYear}"));
            ok = false;
        }

        return ok;
    }
}
