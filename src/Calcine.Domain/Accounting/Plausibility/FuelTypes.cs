namespace Calcine.Domain.Accounting.Plausibility;

/// <summary>The fuel types the plausibility rules recognise by name. Order matters: the first type with a
/// matching keyword wins, so the more specific names come first (charcoal before coal, waste oil before
/// heavy fuel oil, light fuel oil as diesel before the generic "fuel oil").</summary>
public static class FuelTypes
{
    public static readonly FuelType Charcoal = new("charcoal", "charcoal", FuelCategory.Biomass, ["charcoal"]);
    public static readonly FuelType PetroleumCoke = new("petcoke", "petroleum coke", FuelCategory.ConventionalFossil,
        ["petcoke", "pet coke", "petroleum coke", "petrocoke", "petro coke"]);
    public static readonly FuelType WasteOil = new("waste-oil", "waste oil", FuelCategory.AlternativeFossil,
        ["waste oil", "used oil", "spent oil", "waste lubricant", "used lubricant"]);
    public static readonly FuelType Diesel = new("diesel", "diesel / gas oil", FuelCategory.ConventionalFossil,
        ["diesel", "gas oil", "gasoil", "light fuel oil", "lfo", "distillate"]);
    public static readonly FuelType HeavyFuelOil = new("heavy-fuel-oil", "heavy fuel oil", FuelCategory.ConventionalFossil,
        ["heavy fuel oil", "hfo", "residual fuel oil", "residual oil", "fuel oil", "mazut", "bunker"]);
    public static readonly FuelType NaturalGas = new("natural-gas", "natural gas", FuelCategory.ConventionalFossil,
        ["natural gas", "lng", "cng"]);
    public static readonly FuelType Lignite = new("lignite", "lignite", FuelCategory.ConventionalFossil, ["lignite", "brown coal"]);
    public static readonly FuelType Coal = new("coal", "coal", FuelCategory.ConventionalFossil, ["coal", "anthracite", "bituminous"]);
    public static readonly FuelType Tyres = new("tyres", "tyres", FuelCategory.Mixed, ["tyre", "tire", "tdf", "rubber"]);
    public static readonly FuelType RefuseDerivedFuel = new("rdf", "RDF / SRF", FuelCategory.Mixed,
        ["rdf", "srf", "refuse derived", "solid recovered", "msw", "municipal solid", "municipal waste", "fluff"]);
    public static readonly FuelType Plastics = new("plastics", "plastics", FuelCategory.AlternativeFossil, ["plastic"]);
    public static readonly FuelType SewageSludge = new("sewage-sludge", "sewage sludge", FuelCategory.Biomass, ["sewage", "biosolid"]);
    public static readonly FuelType AnimalMeal = new("animal-meal", "animal meal / fat", FuelCategory.Biomass,
        ["animal meal", "meat and bone", "meat bone", "bone meal", "mbm", "animal fat"]);
    public static readonly FuelType Biomass = new("wood-biomass", "wood / solid biomass", FuelCategory.Biomass,
        ["wood", "sawdust", "saw dust", "timber", "bark", "biomass", "husk", "straw", "bagasse", "palm kernel", "olive", "agricultural"]);

    public static IReadOnlyList<FuelType> All { get; } =
    [
        Charcoal, PetroleumCoke, WasteOil, Diesel, HeavyFuelOil, NaturalGas, Lignite, Coal,
        Tyres, RefuseDerivedFuel, Plastics, SewageSludge, AnimalMeal, Biomass,
    ];

    /// <summary>The first type whose keyword occurs in the name, else the category alone.</summary>
    public static FuelTypeMatch Match(string name, FuelCategory category)
    {
        foreach (var type in All)
        {
            if (NameKeywords.FirstIn(name, type.Keywords) is { } keyword)
            {
                return new FuelTypeMatch(type, category, keyword);
            }
        }

        return new FuelTypeMatch(null, category, null);
    }
}
