using Calcine.Application.Co2.Document;
using Calcine.Domain.Recp;

namespace Calcine.Application.Recp;

public static partial class RecpOptionsReader
{
    private static List<RecpOption>? ReadOptions(RecpJsonObject r, RecpPrices? prices)
    {
        var items = r.Array("options", true, 1, MaxOptions);
        if (items is null)
        {
            return null;
        }

        var options = new List<RecpOption>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var needs = (Electricity: false, Water: false);
        foreach (var (item, path) in items)
        {
            if (RecpJsonObject.Open(item, path, r.Errors) is not { } o)
            {
                continue;
            }

            var id = o.Identifier("id", true);
            if (id is not null && !ids.Add(id))
            {
                o.Error("id", $"duplicate id {JsonObjectReader.Quote(id)}");
            }

            var title = o.String("title", true);
            var category = o.String("category", true);
            if (category is not null && !PreventionCategories.All.Contains(category))
            {
                o.Error("category", $"{JsonObjectReader.Quote(category)} is not one of the 8 prevention techniques: {string.Join(", ", PreventionCategories.All)}");
                category = null;
            }

            var capex = o.Number("capex", true, v => v >= 0, "must not be negative");
            var life = o.IntegerLiteral("life_years", true, 1, 50);
            var salvage = o.Number("salvage", false, _ => true, "");
            var opex = o.Number("opex_per_year", false, _ => true, "");
            var other = o.Number("otherSavings_per_year", false, _ => true, "");
            var savings = ReadSavings(o, prices, ref needs);
            o.RejectUnknown();
            if (id is not null && title is not null && category is not null && capex is not null && life is not null && savings is not null)
            {
                options.Add(new RecpOption(id, title, category, capex.Value, life.Value, salvage ?? 0, opex ?? 0, other ?? 0, savings));
            }
        }

        if (prices is not null && needs.Electricity && prices.Electricity is null && !HasPriceObject(r, "electricity"))
        {
            r.Errors.Add(new("$.prices.electricity", "is required: an option saves electricity_MWh"));
        }

        if (prices is not null && needs.Water && prices.WaterPricePerM3 is null && !HasPriceObject(r, "water"))
        {
            r.Errors.Add(new("$.prices.water", "is required: an option saves water_m3"));
        }

        return options.Count == items.Count ? options : null;
    }

    /// <summary>True when the price object is there but broken (its own errors are already reported).</summary>
    private static bool HasPriceObject(RecpJsonObject r, string name) =>
        r.TryGet("prices", out var p) && p.ValueKind == System.Text.Json.JsonValueKind.Object && p.TryGetProperty(name, out _);

    private static OptionSavings? ReadSavings(RecpJsonObject option, RecpPrices? prices, ref (bool Electricity, bool Water) needs)
    {
        if (!option.Has("savings"))
        {
            return OptionSavings.None;
        }

        // Present but not an object (or null): the error is reported and the option is dropped.
        var s = option.Object("savings", false);
        if (s is null)
        {
            return null;
        }

        var before = s.Errors.Count;
        needs.Electricity |= s.Has("electricity_MWh");
        needs.Water |= s.Has("water_m3");
        var electricity = s.Number("electricity_MWh", false, _ => true, "");
        var water = s.Number("water_m3", false, _ => true, "");
        var fuels = Quantities(s, "fuels", "GJ", prices?.Fuels.Select(f => f.Name));
        var materials = Quantities(s, "materials", "t", prices?.Materials.Select(f => f.Name));
        var wastes = Quantities(s, "wastes", "t", prices?.Wastes.Select(f => f.Name));
        s.RejectUnknown();
        return s.Errors.Count > before ? null : new OptionSavings(electricity, fuels, water, materials, wastes);
    }

    private static List<NamedQuantity> Quantities(RecpJsonObject s, string list, string unit, IEnumerable<string>? priced)
    {
        var known = priced is null ? null : new HashSet<string>(priced, StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<NamedQuantity>();
        foreach (var (item, path) in s.Array(list, false, 0, MaxPrices) ?? [])
        {
            if (RecpJsonObject.Open(item, path, s.Errors) is not { } o)
            {
                continue;
            }

            var name = o.String("name", true);
            var amount = o.Number(unit, true, _ => true, "");
            o.RejectUnknown();
            if (name is null)
            {
                continue;
            }

            if (!names.Add(name))
            {
                o.Error("name", $"duplicate name {JsonObjectReader.Quote(name)} in this option's {list}");
            }
            else if (known is not null && !known.Contains(name))
            {
                o.Error("name", $"unknown {list[..^1]} {JsonObjectReader.Quote(name)}: not in prices.{list}");
            }
            else if (amount is not null)
            {
                result.Add(new NamedQuantity(name, amount.Value));
            }
        }

        return result;
    }
}
