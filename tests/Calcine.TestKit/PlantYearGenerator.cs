using Calcine.Domain.Accounting;
using Calcine.Domain.Quantities;

namespace Calcine.TestKit;

/// <summary>Deterministic, realistic plant-years for benchmarks and load tests: B1 and B2 plants
/// with CKD, bypass, five to eight fuels of every category and split electricity.</summary>
public static class PlantYearGenerator
{
    private static readonly (string Name, FuelCategory Category, decimal Lhv, decimal Ef, decimal Bio)[] FuelTypes =
    [
        ("coal", FuelCategory.ConventionalFossil, 25.8m, 96.0m, 0m),
        ("petcoke", FuelCategory.ConventionalFossil, 32.5m, 92.8m, 0m),
        ("natural gas", FuelCategory.ConventionalFossil, 48.0m, 56.1m, 0m),
        ("waste oil", FuelCategory.AlternativeFossil, 40.2m, 74.0m, 0m),
        ("tyres", FuelCategory.Mixed, 28.0m, 85.0m, 0.27m),
        ("RDF", FuelCategory.Mixed, 18.0m, 90.0m, 0.5m),
        ("wood chips", FuelCategory.Biomass, 15.6m, 110.0m, 1m),
        ("diesel", FuelCategory.ConventionalFossil, 43.0m, 74.1m, 0m),
    ];

    public static PlantYear[] Generate(int count, int seed = 42)
    {
        var random = new Random(seed);
        var result = new PlantYear[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = One(random, i);
        }

        return result;
    }

    private static decimal Between(Random r, double min, double max) => Math.Round((decimal)(min + r.NextDouble() * (max - min)), 4);

    private static PlantYear One(Random r, int i)
    {
        var produced = Between(r, 300_000, 3_000_000);
        var fuels = new List<Fuel>();
        var fuelCount = 5 + r.Next(4);
        for (var f = 0; f < fuelCount; f++)
        {
            var t = FuelTypes[f % FuelTypes.Length];
            fuels.Add(new Fuel
            {
                Name = t.Name,
                Category = t.Category,
                Use = f == fuelCount - 1 ? FuelUse.Other : (f == 2 && r.Next(2) == 0 ? FuelUse.CementMill : FuelUse.Kiln),
                Mass = new Mass(Between(r, 1_000, 80_000)),
                Lhv = new CalorificValue(t.Lhv),
                EmissionFactor = new FuelEmissionFactor(t.Ef),
                BiogenicShare = t.Bio,
            });
        }

        var b2 = i % 2 == 0;
        return new PlantYear
        {
            Plant = new PlantInfo($"plant-{i}", null, "AZ", i % 5 == 0 ? KilnProcess.SemiDry : KilnProcess.Dry),
            Year = 2020 + i % 6,
            Clinker = new ClinkerData
            {
                Produced = new Mass(produced),
                Sold = new Mass(Math.Round(produced * Between(r, 0, 0.1), 2)),
                Bought = new Mass(i % 7 == 0 ? Between(r, 0, 50_000) : 0m),
                Cao = b2 ? Between(r, 0.63, 0.67) : null,
                Mgo = b2 ? Between(r, 0.01, 0.03) : null,
            },
            Calcination = new CalcinationData
            {
                Method = b2 ? CalcinationMethod.B2 : CalcinationMethod.B1,
                NonCarbonateInputs = b2 ? [new NonCarbonateInput("fly ash", new Mass(Between(r, 0, 50_000)), 0.05m, 0.01m)] : [],
                BypassDust = new Mass(Between(r, 0, 20_000)),
                CkdLeaving = new Mass(Between(r, 0, 30_000)),
                CkdLoi = 0.25m,
                RawMealLoi = 0.35m,
            },
            Cement = new CementData { MineralComponents = new Mass(Math.Round(produced * Between(r, 0.1, 0.4), 2)) },
            Fuels = fuels,
            Electricity = new ElectricityData
            {
                GridEf = new GridEmissionFactor(Between(r, 0.3, 0.7)),
                Consumption =
                [
                    new ElectricityConsumption(ElectricityUse.Kiln, ElectricitySource.Grid, Math.Round(produced * 0.07m, 2)),
                    new ElectricityConsumption(ElectricityUse.CementMill, ElectricitySource.Grid, Math.Round(produced * 0.04m, 2)),
                ],
            },
        };
    }
}
