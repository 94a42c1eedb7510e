using Calcine.Domain.Accounting;
using Calcine.Domain.Roadmaps.Baselines;
using Calcine.Domain.Roadmaps.Library;

namespace Calcine.Application.Roadmaps.Baselines;

/// <summary>Kiln fuel prices for derived baselines (configuration section <c>Roadmaps:FuelPrices</c>):
/// the inventory holds no prices. A fuel's factor id (when it names one) is looked up first, then
/// its category. Defaults: coal 4.5 USD/GJ (MPP North-America price, reference/roadmap.md §2.3 [V]);
/// the others are assumptions of the reference's worked example [A].</summary>
public sealed class RoadmapFuelPriceOptions
{
    public const string Section = "Roadmaps:FuelPrices";

    /// <summary>Substring of the fuel's factor id or name (lower case) → USD/GJ.</summary>
    public Dictionary<string, double> ByKeyword { get; set; } = new(StringComparer.Ordinal)
    {
        ["coal"] = 4.5,
        ["anthracite"] = 4.5,
        ["lignite"] = 4.5,
        ["petroleum-coke"] = 4.0,
        ["petcoke"] = 4.0,
        ["natural-gas"] = 8.0,
        ["natural gas"] = 8.0,
        ["diesel"] = 20.0,
        ["fuel-oil"] = 12.0,
    };

    public Dictionary<string, double> ByCategory { get; set; } = new(StringComparer.Ordinal)
    {
        ["ConventionalFossil"] = 4.5,
        ["AlternativeFossil"] = 1.0,
        ["Mixed"] = 1.0,
        ["Biomass"] = 3.0,
    };

    public FuelPrice PriceOf(Fuel fuel)
    {
        var text = $"{fuel.FactorId} {fuel.Name}".ToLowerInvariant();
        foreach (var (keyword, price) in ByKeyword.OrderByDescending(k => k.Key.Length))
        {
            if (text.Contains(keyword, StringComparison.Ordinal))
            {
                return new FuelPrice(price, new ValueSource($"Roadmaps:FuelPrices keyword '{keyword}'" + (keyword == "coal" ? " (MPP North-America coal price)" : ""),
                    keyword == "coal" ? Confidence.Verified : Confidence.Assumption));
            }
        }

        var category = fuel.Category.ToString();
        return ByCategory.TryGetValue(category, out var p)
            ? new FuelPrice(p, new ValueSource($"Roadmaps:FuelPrices category {category}", Confidence.Assumption))
            : new FuelPrice(0, new ValueSource("no price configured for the fuel: 0", Confidence.Assumption));
    }
}
