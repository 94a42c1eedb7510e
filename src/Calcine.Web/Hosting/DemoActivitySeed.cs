using Calcine.Application.Activity;
using Calcine.Storage;
using Calcine.Storage.Activity;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Web.Hosting;

/// <summary>Three years of plausible monthly activity data for every demo plant, generated from a
/// fixed seed so every fresh start shows the same numbers. The oldest year is seeded locked (as if
/// verified) so the refusal to edit a closed year can be seen at once.</summary>
public static class DemoActivitySeed
{
    public static readonly int[] Years = [2023, 2024, 2025];
    public const int LockedYear = 2023;

    public static async Task SeedAsync(CalcineDbContext db, DateTimeOffset now)
    {
        if (await db.PlantYears.AnyAsync())
        {
            return;
        }

        var plants = await db.Plants.OrderBy(p => p.Code).Select(p => new { p.Id, p.Code }).ToListAsync();
        foreach (var plant in plants)
        {
            // string.GetHashCode is randomised per process; a fixed seed from the code's characters is not.
            var seed = plant.Code.Aggregate(17, (h, c) => (h * 31) + c);
            var random = new Random(seed);
            var scale = 0.6m + (Draw(random, 0, 80) / 100m);
            var character = Character(new Random(~seed));
            foreach (var year in Years)
            {
                db.PlantYears.Add(new PlantYearEntity
                {
                    PlantId = plant.Id,
                    Year = year,
                    Status = year == LockedYear ? PlantYearStatus.Locked : PlantYearStatus.Draft,
                    UpdatedUtc = now,
                    Months = [.. Enumerable.Range(1, 12).Select(month => new MonthlyActivityEntity
                    {
                        Month = month,
                        Json = Calcine.Application.Activity.MonthlyActivityJson.Write(Month(random, scale, month, character)),
                        UpdatedUtc = now,
                        UpdatedBy = "demo seed",
                    })],
                });
            }
        }

        await db.SaveChangesAsync();
    }

    /// <summary>What sets one plant apart from the others, as real plants differ (kiln efficiency,
    /// alternative fuel use, cement recipe, power use), drawn from its own generator so the monthly
    /// draws stay as they were. Without it the five plants' KPIs lay within 0.1 % of each other and any
    /// benchmark figure of them would be every member's value.</summary>
    private sealed record PlantCharacter(decimal Heat, decimal CoalShare, decimal ComponentsPerClinker, decimal KilnMwhPerClinker);

    private static PlantCharacter Character(Random random) => new(
        3.1m + (Draw(random, 0, 50) / 100m),
        0.92m - (Draw(random, 0, 22) / 100m),
        0.22m + (Draw(random, 0, 23) / 100m),
        0.045m + (Draw(random, 0, 20) / 1000m));

    /// <summary>One month of a dry-process plant: 3.1–3.8 GJ/t clinker, 8–35 % alternative fuels,
    /// a clinker factor of 0.69–0.82, about 100 kWh/t cement.</summary>
    private static MonthlyActivity Month(Random random, decimal scale, int month, PlantCharacter plant)
    {
        // February's maintenance stop: a lower output that month.
        var clinker = Math.Round(scale * (month == 2 ? 70_000m : 100_000m) * (0.95m + (Draw(random, 0, 100) / 1000m)), 1);
        var heat = clinker * (plant.Heat + (Draw(random, 0, 20) / 100m)); // GJ
        var coalShare = plant.CoalShare - (Draw(random, 0, 5) / 100m);
        var tyresGj = heat * (1 - coalShare) * 0.6m;
        var woodGj = heat * (1 - coalShare) * 0.4m;
        var components = clinker * plant.ComponentsPerClinker;
        var cement = clinker + components;
        return new MonthlyActivity
        {
            Clinker = new ClinkerMonth { Produced = clinker, Sold = Math.Round(clinker * 0.02m, 1) },
            Cement = new CementMonth
            {
                MineralComponents =
                [
                    new NamedMass { Name = "gypsum", Mass = Math.Round(cement * 0.05m, 1) },
                    new NamedMass { Name = "limestone", Mass = Math.Round(cement * 0.10m, 1) },
                    new NamedMass { Name = "granulated slag", Mass = Math.Round(components - (cement * 0.15m), 1) },
                ],
            },
            Fuels =
            [
                new FuelMonth
                {
                    Name = "Bituminous coal", Category = "conventional-fossil", Use = "kiln", Mass = Math.Round(heat * coalShare / 25.8m, 1),
                    LhvFactorId = "ipcc2006-ncv-other-bituminous-coal", EfFactorId = "ipcc2006-co2-other-bituminous-coal",
                },
                new FuelMonth
                {
                    Name = "Waste tyres", Category = "mixed", Use = "kiln", Mass = Math.Round(tyresGj / 28m, 1),
                    Lhv = 28m, Ef = 85m, BiogenicShare = 0.27m, Evidence = "Supplier certificate and monthly lab analysis (demo)",
                },
                new FuelMonth
                {
                    Name = "Wood waste", Category = "biomass", Use = "kiln", Mass = Math.Round(woodGj / 15.6m, 1),
                    LhvFactorId = "ipcc2006-ncv-wood-waste", EfFactorId = "ipcc2006-co2-wood-waste",
                },
                new FuelMonth
                {
                    Name = "Diesel", Category = "conventional-fossil", Use = "other", Mass = Math.Round(clinker * 0.0004m, 1),
                    LhvFactorId = "ipcc2006-ncv-gas-diesel-oil", EfFactorId = "ipcc2006-co2-gas-diesel-oil",
                },
            ],
            RawMaterials =
            [
                new NamedMass { Name = "limestone", Mass = Math.Round(clinker * 1.3m, 1) },
                new NamedMass { Name = "clay", Mass = Math.Round(clinker * 0.2m, 1) },
                new NamedMass { Name = "iron ore", Mass = Math.Round(clinker * 0.03m, 1) },
            ],
            Dust = new DustMonth { CkdLeaving = Math.Round(clinker * 0.002m, 1) },
            Electricity = new ElectricityMonth
            {
                GridEf = 0.5703m,
                Consumption =
                [
                    new ElectricityUse { Use = "kiln", Source = "grid", MWh = Math.Round(clinker * plant.KilnMwhPerClinker, 1) },
                    new ElectricityUse { Use = "cement-mill", Source = "grid", MWh = Math.Round(cement * 0.04m, 1) },
                ],
            },
        };
    }

    private static int Draw(Random random, int min, int max) => random.Next(min, max);
}
