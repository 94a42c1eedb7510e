using System.Text.Json;
using Calcine.Application.Co2.Document;
using Calcine.Domain.Results;
using Calcine.Domain.Roadmaps;

namespace Calcine.Application.Roadmaps;

public static partial class RoadmapScenarioReader
{
    public static readonly IReadOnlyDictionary<string, LeverKind> Kinds = new Dictionary<string, LeverKind>(StringComparer.Ordinal)
    {
        ["clinkerFactor"] = LeverKind.ClinkerFactor,
        ["thermalEfficiency"] = LeverKind.ThermalEfficiency,
        ["fuelSwitch"] = LeverKind.FuelSwitch,
        ["electricityEfficiency"] = LeverKind.ElectricityEfficiency,
        ["lowCarbonElectricity"] = LeverKind.LowCarbonElectricity,
        ["capture"] = LeverKind.Capture,
    };

    public static readonly IReadOnlyDictionary<string, LeverCategory> Categories = new Dictionary<string, LeverCategory>(StringComparer.Ordinal)
    {
        ["designAndConstruction"] = LeverCategory.DesignAndConstruction,
        ["concreteProduction"] = LeverCategory.ConcreteProduction,
        ["cementAndBinders"] = LeverCategory.CementAndBinders,
        ["clinkerProduction"] = LeverCategory.ClinkerProduction,
        ["electricity"] = LeverCategory.Electricity,
        ["ccus"] = LeverCategory.Ccus,
        ["recarbonation"] = LeverCategory.Recarbonation,
    };

    private static List<Lever>? ReadLevers(RoadmapJsonObject r)
    {
        var items = r.Array("levers", true, 0, MaxLevers);
        if (items is null)
        {
            return null;
        }

        var levers = new List<Lever>();
        var paths = new List<string>();
        var ok = true;
        foreach (var (item, path) in items)
        {
            var l = ReadLever(item, path, r.Errors);
            if (l is null)
            {
                ok = false;
                continue;
            }

            if (levers.Any(x => x.Id == l.Id))
            {
                r.Errors.Add(new($"{path}.id", $"duplicate lever id {JsonObjectReader.Quote(l.Id)}"));
                ok = false;
            }

            levers.Add(l);
            paths.Add(path);
        }

        return ok && CheckRequires(levers, paths, r.Errors) ? levers : null;
    }

    private static Lever? ReadLever(JsonElement item, string path, List<ValidationError> errors)
    {
        var o = RoadmapJsonObject.Open(item, path, errors);
        if (o is null)
        {
            return null;
        }

        var before = errors.Count;
        var id = o.String("id", true);
        var name = o.String("name", false, 1000);
        _ = o.String("source", false, 4000);
        var category = Enum(o, "category", Categories);
        var kind = Enum(o, "kind", Kinds);
        var effect = kind is { } k ? ReadEffect(o, k) : null;
        var capex = o.Number("capex_USD_per_tCapacity", true, v => v >= 0, NotNegative);
        var fixedOpex = o.Number("fixedOpex_USD_per_tCapacity_yr", false, _ => true, "") ?? 0;
        var variableOpex = o.Number("variableOpex_USD_per_unit", false, _ => true, "") ?? 0;
        var life = o.Integer("life_years", true, 1, 1000);
        var earliest = o.Integer("earliestYear", false, MinYear, MaxYear);
        var group = o.String("exclusiveGroup", false);
        var requires = new List<string>();
        if (o.Array("requires", false, 0, MaxLevers) is { } list)
        {
            foreach (var (e, p) in list)
            {
                if (RoadmapJsonObject.StringAt(e, p, 200, errors) is { } rid)
                {
                    requires.Add(rid);
                }
            }
        }

        return errors.Count > before
            ? null
            : new Lever(id!, name, category!.Value, effect!, capex!.Value, fixedOpex, variableOpex, life!.Value, earliest, group, requires);
    }

    private static T? Enum<T>(RoadmapJsonObject o, string name, IReadOnlyDictionary<string, T> values)
        where T : struct
    {
        var s = o.String(name, true, 64);
        if (s is null)
        {
            return null;
        }

        if (values.TryGetValue(s, out var v))
        {
            return v;
        }

        o.Error(name, $"unknown value {JsonObjectReader.Quote(s)}; expected one of {string.Join(", ", values.Keys)}");
        return null;
    }

    private static LeverEffect? ReadEffect(RoadmapJsonObject lever, LeverKind kind)
    {
        var e = lever.Object("effect", true);
        if (e is null)
        {
            return null;
        }

        const string Reduction = "must be at least 0 and below 1";
        switch (kind)
        {
            case LeverKind.ClinkerFactor:
                return e.Number("targetClinkerFactor", true, v => v > 0, Positive) is { } cf ? new ClinkerFactorEffect(cf) : null;
            case LeverKind.ThermalEfficiency:
                return e.Number("reduction", true, v => v is >= 0 and < 1, Reduction) is { } te ? new ThermalEfficiencyEffect(te) : null;
            case LeverKind.ElectricityEfficiency:
                return e.Number("reduction", true, v => v is >= 0 and < 1, Reduction) is { } ee ? new ElectricityEfficiencyEffect(ee) : null;
            case LeverKind.LowCarbonElectricity:
                return e.Number("share", true, v => v is >= 0 and <= 1, FractionRule) is { } lc ? new LowCarbonElectricityEffect(lc) : null;
            case LeverKind.FuelSwitch:
                var fuels = ReadFuels(e, "newFuels");
                var delta = e.Number("deltaThermal_GJ_per_tClinker", true, v => v >= 0, NotNegative);
                if (fuels is not null && fuels.Sum(f => f.Share) is var s && (s <= 0 || s > 1 + 1e-9))
                {
                    e.Error("newFuels", $"the shares sum to {RoadmapJsonObject.Format(s)}; they must sum to more than 0 and at most 1");
                    return null;
                }

                return fuels is null || delta is null ? null : new FuelSwitchEffect(fuels, delta.Value);
            default:
                var rate = e.Number("captureRate", true, v => v is >= 0 and <= 1, FractionRule);
                var heat = e.Number("deltaThermal_GJ_per_tClinker", true, v => v >= 0, NotNegative);
                var power = e.Number("deltaElectricity_MWh_per_tClinker", true, v => v >= 0, NotNegative);
                return rate is null || heat is null || power is null ? null : new CaptureEffect(rate.Value, heat.Value, power.Value);
        }
    }

    /// <summary>Every required lever exists and is not the lever itself; no cycle (the cycle is named).</summary>
    private static bool CheckRequires(List<Lever> levers, List<string> paths, List<ValidationError> errors)
    {
        var ok = true;
        var ids = levers.Select(l => l.Id).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < levers.Count; i++)
        {
            for (var j = 0; j < levers[i].Requires.Count; j++)
            {
                var rid = levers[i].Requires[j];
                if (rid == levers[i].Id)
                {
                    errors.Add(new($"{paths[i]}.requires[{j}]", "a lever cannot require itself"));
                    ok = false;
                }
                else if (!ids.Contains(rid))
                {
                    errors.Add(new($"{paths[i]}.requires[{j}]", $"unknown lever {JsonObjectReader.Quote(rid)}"));
                    ok = false;
                }
            }
        }

        if (!ok)
        {
            return false;
        }

        var index = levers.Select((l, i) => (l.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var state = new int[levers.Count]; // 0 unvisited, 1 on the stack, 2 done
        var stack = new List<int>();
        bool Visit(int i)
        {
            state[i] = 1;
            stack.Add(i);
            foreach (var r in levers[i].Requires)
            {
                var j = index[r];
                if (state[j] == 1)
                {
                    var cycle = stack.Skip(stack.IndexOf(j)).Select(k => levers[k].Id).Append(levers[j].Id);
                    errors.Add(new($"{paths[j]}.requires", $"requires form a cycle: {string.Join(" -> ", cycle)}"));
                    return false;
                }

                if (state[j] == 0 && !Visit(j))
                {
                    return false;
                }
            }

            stack.RemoveAt(stack.Count - 1);
            state[i] = 2;
            return true;
        }

        for (var i = 0; i < levers.Count; i++)
        {
            if (state[i] == 0 && !Visit(i))
            {
                return false;
            }
        }

        return true;
    }
}
