namespace Calcine.Domain.Accounting.Plausibility;

/// <summary>Fuel ranges: net calorific value (GJ/t) and CO2 emission factor (kg CO2/GJ) per recognised fuel
/// type, category-wide ranges for names that are not recognised, and the biogenic share each category implies.
/// Central values are the IPCC 2006 Vol. 2 defaults (§7.1) and the GCCA Protocol v3.1 defaults (§7.2); the
/// spans around them are the IPCC uncertainty ranges as recalled, rounded outwards.</summary>
internal static partial class DefaultRanges
{
    private const string Lhv = "GJ/t";
    private const string Ef = "kg CO2/GJ";

    private static void AddFuels(Dictionary<string, PlausibilityRange> r)
    {
        void Fuel(FuelType t, decimal lhvMin, decimal lhvMax, string lhvSource, decimal efMin, decimal efMax, string efSource, RangeConfidence confidence)
        {
            r[RangeKeys.FuelLhv(t)] = R(lhvMin, lhvMax, Lhv, lhvSource, confidence);
            r[RangeKeys.FuelEf(t)] = R(efMin, efMax, Ef, efSource, confidence);
        }

        Fuel(FuelTypes.Coal, 15m, 30m, "IPCC: sub-bituminous 18.9, other bituminous 25.8, anthracite 26.7, coking coal 28.2 (§7.1); high-ash coals reach down to about 15",
            89m, 101m, "IPCC 94.6–98.3, GCCA 96.0 (§7.1, §7.2)", RangeConfidence.Recalled);
        Fuel(FuelTypes.Lignite, 8m, 20m, "IPCC lignite 11.9 (§7.1)", 90m, 115m, "IPCC 101.0, GCCA 101 (§7.1, §7.2)", RangeConfidence.Recalled);
        Fuel(FuelTypes.PetroleumCoke, 29m, 37m, "IPCC petroleum coke 32.5 (§7.1)",
            88m, 102m, "IPCC 97.5, GCCA 92.8 (§7.1, §7.2)", RangeConfidence.Recalled);
        Fuel(FuelTypes.NaturalGas, 46m, 50.5m, "IPCC natural gas 48.0 (§7.1)", 54m, 58.5m, "IPCC and GCCA 56.1 (§7.1, §7.2)", RangeConfidence.Recalled);
        Fuel(FuelTypes.Diesel, 41m, 44m, "IPCC gas/diesel oil 43.0 (§7.1)", 72m, 75.5m, "IPCC and GCCA 74.1 (§7.1, §7.2)", RangeConfidence.Recalled);
        Fuel(FuelTypes.HeavyFuelOil, 39m, 42m, "IPCC residual fuel oil 40.4 (§7.1)", 75m, 79m, "IPCC and GCCA 77.4 (§7.1, §7.2)", RangeConfidence.Recalled);
        Fuel(FuelTypes.WasteOil, 34m, 42m, "IPCC waste oils 40.2 (§7.1)", 71m, 80m, "IPCC 73.3, GCCA 74.0 (§7.1, §7.2)", RangeConfidence.Recalled);
        Fuel(FuelTypes.Tyres, 25m, 35m, "no IPCC default; typically 26–32 (§7.1)", 78m, 95m, "GCCA 85.0 (§7.2)", RangeConfidence.Recalled);
        Fuel(FuelTypes.RefuseDerivedFuel, 10m, 25m, "IPCC municipal waste 10.0 (§7.1); SRF typically 15–22",
            65m, 110m, "GCCA RDF/plastics 75.0, IPCC municipal waste (non-biomass) 91.7 (§7.1, §7.2)", RangeConfidence.Recalled);
        Fuel(FuelTypes.Plastics, 20m, 42m, "mixed plastics typically 25–40", 65m, 100m, "GCCA RDF/plastics 75.0 (§7.2)", RangeConfidence.Recalled);
        Fuel(FuelTypes.SewageSludge, 6m, 16m, "dried sewage sludge typically 8–13", 90m, 120m, "GCCA dried sewage sludge 110 (§7.2)", RangeConfidence.Recalled);
        Fuel(FuelTypes.AnimalMeal, 14m, 22m, "meat and bone meal typically 16–20", 80m, 100m, "GCCA animal meal, bone meal, fat 89 (§7.2)", RangeConfidence.Recalled);
        Fuel(FuelTypes.Biomass, 7m, 20m, "IPCC wood 15.6, other primary solid biomass 11.6 (§7.1)",
            95m, 132m, "IPCC wood 112.0, GCCA wood and other biomass 110 (§7.1, §7.2)", RangeConfidence.Recalled);
        Fuel(FuelTypes.Charcoal, 25m, 32m, "IPCC charcoal 29.5 (§7.1)", 100m, 120m, "IPCC 112.0 (§7.1)", RangeConfidence.Recalled);

        void Category(FuelCategory c, decimal lhvMin, decimal lhvMax, string lhvSource, decimal efMin, decimal efMax, string efSource)
        {
            r[RangeKeys.FuelCategoryLhv(c)] = R(lhvMin, lhvMax, Lhv, lhvSource, RangeConfidence.Derived);
            r[RangeKeys.FuelCategoryEf(c)] = R(efMin, efMax, Ef, efSource, RangeConfidence.Derived);
        }

        Category(FuelCategory.ConventionalFossil, 8m, 51m, "IPCC: oil shale 8.9 … natural gas 48.0 (§7.1)",
            54m, 110m, "IPCC: natural gas 56.1 … oil shale 107.0 (§7.1)");
        Category(FuelCategory.AlternativeFossil, 5m, 45m, "waste-derived fossil fuels: municipal waste 10.0 … waste oils 40.2 (§7.1)",
            55m, 150m, "IPCC: waste oils 73.3 … industrial wastes 143.0 (§7.1)");
        Category(FuelCategory.Mixed, 5m, 40m, "mixed waste fuels: municipal waste 10.0 … tyres 26–32 (§7.1)",
            55m, 130m, "GCCA: RDF/plastics 75 … mixed industrial waste 83; IPCC municipal waste 91.7 (§7.1, §7.2)");
        Category(FuelCategory.Biomass, 5m, 32m, "IPCC: other solid biomass 11.6 … charcoal 29.5 (§7.1)",
            50m, 135m, "IPCC: landfill/sludge gas 54.6 … wood 112.0, GCCA 110 (§7.1, §7.2)");

        r[RangeKeys.BiogenicConventionalFossil] = R(null, 0m, Fraction,
            "GCCA fuel classes: conventional fossil fuels contain no biomass carbon (§2.4)", RangeConfidence.Found);
        r[RangeKeys.BiogenicAlternativeFossil] = R(null, 0m, Fraction,
            "GCCA fuel classes: a waste fuel with biomass carbon is a mixed fuel with its own biogenic share (§2.4)", RangeConfidence.Found);
        r[RangeKeys.BiogenicMixed] = R(0.01m, 0.99m, Fraction,
            "GCCA: a mixed fuel is part fossil, part biomass and needs its biogenic carbon share Cbio/TC (§2.4, §7.2); a share of 0 or 1 is a pure category",
            RangeConfidence.Derived);
        r[RangeKeys.BiogenicBiomass] = R(0.9m, 1m, Fraction,
            "GCCA biomass fuels (wood, dried sewage sludge, animal meal) are essentially all biomass carbon (§2.4)", RangeConfidence.Recalled);
    }
}
