using Calcine.Domain.Accounting;
using Calcine.Domain.Quantities;
using Calcine.Domain.Results;

namespace Calcine.Application.Co2.Document;

public static partial class PlantYearReader
{
    private static readonly Dictionary<string, FuelCategory> FuelCategories = new()
    {
        ["conventional-fossil"] = FuelCategory.ConventionalFossil,
        ["alternative-fossil"] = FuelCategory.AlternativeFossil,
        ["mixed"] = FuelCategory.Mixed,
        ["biomass"] = FuelCategory.Biomass,
    };

    private static readonly Dictionary<string, FuelUse> FuelUses = new()
    {
        ["kiln"] = FuelUse.Kiln,
        ["cement-mill"] = FuelUse.CementMill,
        ["other"] = FuelUse.Other,
        ["on-site-power"] = FuelUse.OnSitePower,
    };

    private static readonly Dictionary<string, ElectricityUse> ElectricityUses = new()
    {
        ["kiln"] = ElectricityUse.Kiln,
        ["cement-mill"] = ElectricityUse.CementMill,
        ["plant"] = ElectricityUse.Plant,
    };

    private static readonly Dictionary<string, ElectricitySource> ElectricitySources = new()
    {
        ["grid"] = ElectricitySource.Grid,
        ["on-site"] = ElectricitySource.OnSite,
    };

    private static List<Fuel> ReadFuels(JsonObjectReader root, List<ValidationError> errors)
    {
        var fuels = new List<Fuel>();
        foreach (var (item, path) in root.Array("fuels", false, MaxItems) ?? [])
        {
            var o = JsonObjectReader.Open(item, path, errors);
            if (o is null)
            {
                continue;
            }

            var index = fuels.Count;
            var name = o.String("name", false);
            var category = o.Enum("category", true, FuelCategories);
            var use = o.Enum("use", true, FuelUses);
            var mass = o.Number("mass_t", true, 0m, MaxTonnes);
            var lhv = o.Number("lhv_GJ_per_t", true, 0m, 150m);
            var carbonContent = o.Number("carbonContent_tC_per_GJ", false, 0m, 0.1m);
            var ef = o.Number("ef_kgCO2_per_GJ", carbonContent is null, 0m, 500m);
            var oxidation = o.Number("oxidationFactor", false, 0.5m, 1m);
            // Pure categories define their own share; only a mixed fuel must state it.
            var share = o.Fraction("biogenicShare", category == FuelCategory.Mixed);
            var sustainable = o.Bool("biomassSustainable");
            var factorId = o.String("factorId", false, 100);
            o.RejectUnknown();
            if (category is null || use is null || mass is null || lhv is null || (ef is null && carbonContent is null))
            {
                continue;
            }

            fuels.Add(new Fuel
            {
                Name = name ?? $"fuels[{index}]",
                Category = category.Value,
                Use = use.Value,
                Mass = new Mass(mass.Value),
                Lhv = new CalorificValue(lhv.Value),
                // Without an EF, the carbon content gives it at complete oxidation: CC × 44/12 × 1000.
                EmissionFactor = new FuelEmissionFactor(ef ?? carbonContent!.Value * 44m / 12m * 1000m),
                BiogenicShare = share ?? (category == FuelCategory.Biomass ? 1m : 0m),
                BiogenicShareDefaulted = share is null,
                EfFromCarbonContent = ef is null,
                BiomassSustainable = sustainable ?? false,
                OxidationFactor = oxidation,
                CarbonContent = carbonContent,
                FactorId = factorId,
            });
        }

        return fuels;
    }

    private static ElectricityData? ReadElectricity(JsonObjectReader root, List<ValidationError> errors)
    {
        var r = root.Object("electricity", false);
        if (r is null)
        {
            return null;
        }

        var gridEf = r.Number("gridEf_tCO2_per_MWh", false, 0m, 3m);
        var source = r.String("gridEfSource", false);
        var consumption = new List<ElectricityConsumption>();
        var items = r.Array("consumption", false, MaxItems);
        foreach (var (item, path) in items ?? [])
        {
            var o = JsonObjectReader.Open(item, path, errors);
            if (o is null)
            {
                continue;
            }

            var use = o.Enum("use", true, ElectricityUses);
            var src = o.Enum("source", true, ElectricitySources);
            var mwh = o.Number("MWh", true, 0m, MaxMegawattHours);
            o.RejectUnknown();
            if (use is not null && src is not null && mwh is not null)
            {
                consumption.Add(new ElectricityConsumption(use.Value, src.Value, mwh.Value));
            }
        }

        // A grid factor of the wrong type or range is already reported; absent or null is not.
        // Electricity generated on site has no grid emissions, so only grid consumption needs the factor.
        if (consumption.Any(c => c.Source == ElectricitySource.Grid) && gridEf is null && !r.HasValue("gridEf_tCO2_per_MWh"))
        {
            r.Error("gridEf_tCO2_per_MWh", "is required when electricity.consumption has an item with source grid");
        }

        r.RejectUnknown();
        return new ElectricityData
        {
            GridEf = gridEf is null ? null : new GridEmissionFactor(gridEf.Value),
            GridEfSource = source,
            Consumption = consumption,
        };
    }
}
