using Calcine.Domain.Accounting;
using Calcine.Domain.Accounting.Plausibility;
using Calcine.Domain.Quantities;
using Calcine.Domain.Results;

namespace Calcine.Domain.Tests.Plausibility;

/// <summary>A plausible dry-kiln plant-year that raises no warning, and helpers to vary it one input at a time.
/// Kiln fuel energy 3,150,000 GJ for 1 Mt clinker (3,150 MJ/t); cement 1.25 Mt at clinker factor 0.8; 96 kWh/t cement.</summary>
internal static class Plausible
{
    public static PlantYear Year(int year = 2024, string plantId = "plant-a", KilnProcess process = KilnProcess.Dry) => new()
    {
        Plant = new PlantInfo(plantId, "Plausible plant", "AZ", process),
        Year = year,
        Clinker = new ClinkerData { Produced = new Mass(1_000_000m), Cao = 0.655m, Mgo = 0.018m },
        Calcination = new CalcinationData
        {
            Method = CalcinationMethod.B2,
            BypassDust = new Mass(10_000m),
            CkdLeaving = new Mass(10_000m),
            CkdLoi = 0.25m,
            RawMealLoi = 0.35m,
            RawMealToc = 0.002m,
            RawMealToClinker = 1.55m,
        },
        Cement = Components(("gypsum", 50_000m), ("limestone", 100_000m), ("slag", 100_000m)),
        Fuels =
        [
            Fuel("coal", FuelCategory.ConventionalFossil, 80_000m, 25.8m, 96.0m, 0m),
            Fuel("petcoke", FuelCategory.ConventionalFossil, 20_000m, 32.5m, 92.8m, 0m),
            Fuel("tyres", FuelCategory.Mixed, 10_000m, 28.0m, 85.0m, 0.27m),
            Fuel("wood chips", FuelCategory.Biomass, 10_000m, 15.6m, 110.0m, 1m),
            Fuel("diesel", FuelCategory.ConventionalFossil, 1_000m, 43.0m, 74.1m, 0m, FuelUse.Other),
        ],
        Electricity = new ElectricityData
        {
            GridEf = new GridEmissionFactor(0.45m),
            Consumption = [new ElectricityConsumption(ElectricityUse.Plant, ElectricitySource.Grid, 120_000m)],
        },
    };

    public static Fuel Fuel(string name, FuelCategory category, decimal tonnes, decimal lhv, decimal ef, decimal biogenic, FuelUse use = FuelUse.Kiln) => new()
    {
        Name = name,
        Category = category,
        Use = use,
        Mass = new Mass(tonnes),
        Lhv = new CalorificValue(lhv),
        EmissionFactor = new FuelEmissionFactor(ef),
        BiogenicShare = biogenic,
    };

    /// <summary>Itemised mineral components with the matching total, as the reader requires.</summary>
    public static CementData Components(params (string Name, decimal Tonnes)[] items) => new()
    {
        MineralComponentItems = [.. items.Select(i => new NamedMass(i.Name, new Mass(i.Tonnes)))],
        MineralComponents = new Mass(items.Sum(i => i.Tonnes)),
    };

    public static PlantYear WithFuel(this PlantYear py, int index, Func<Fuel, Fuel> change) =>
        py with { Fuels = [.. py.Fuels.Select((f, i) => i == index ? change(f) : f)] };

    public static PlantYear WithCalcination(this PlantYear py, Func<CalcinationData, CalcinationData> change) =>
        py with { Calcination = change(py.Calcination) };

    public static PlantYear WithClinker(this PlantYear py, Func<ClinkerData, ClinkerData> change) =>
        py with { Clinker = change(py.Clinker) };

    /// <summary>The same plant running at a different output: every tonne, GJ and MWh times k, so all intensities stay.</summary>
    public static PlantYear Scale(this PlantYear py, decimal k) => py with
    {
        Clinker = py.Clinker with { Produced = py.Clinker.Produced * k },
        Calcination = py.Calcination with { BypassDust = py.Calcination.BypassDust * k, CkdLeaving = py.Calcination.CkdLeaving * k },
        Cement = Components([.. py.Cement.MineralComponentItems.Select(i => (i.Name, i.Mass.Tonnes * k))]),
        Fuels = [.. py.Fuels.Select(f => f with { Mass = f.Mass * k })],
        Electricity = py.Electricity with { Consumption = [.. py.Electricity.Consumption.Select(c => c with { MegawattHours = c.MegawattHours * k })] },
    };

    public static IReadOnlyList<PlausibilityWarning> Check(params PlantYear[] years) => PlausibilityChecker.Check(years);

    /// <summary>The single warning of a rule; fails when the rule warns zero or several times.</summary>
    public static PlausibilityWarning Only(string id, params PlantYear[] years) => Assert.Single(Check(years), w => w.Id == id);

    public static void None(string id, params PlantYear[] years) => Assert.DoesNotContain(Check(years), w => w.Id == id);
}
