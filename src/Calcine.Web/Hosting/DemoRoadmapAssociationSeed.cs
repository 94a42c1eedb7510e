using Calcine.Application.Activity;
using Calcine.Storage;
using Calcine.Storage.Activity;
using Calcine.Storage.Identity;
using Calcine.Storage.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Web.Hosting;

/// <summary>A second demo association for the net-zero road map: four fictional gas-fired producers in
/// Azerbaijan with six plants, about 3.9 Mt clinker and 4.3 Mt cement a year (of the order of the national
/// totals in reference/roadmap.md §7), with 2023 and 2024 seeded locked (verified), and an analyst who
/// opens /roadmaps/association at once. All names are invented. Seeded once, also into a database that
/// already holds the first demo association; Demo:RoadmapAssociation false leaves it out.</summary>
public static class DemoRoadmapAssociationSeed
{
    public const string AssociationName = "Demo Azerbaijan Cement Producers";

    public static readonly int[] Years = [2023, 2024];

    /// <summary>The association's analyst login: email, role, scope.</summary>
    public static readonly (string Email, string Role, string Scope) Analyst =
        ("analyst.az@calcine.demo", PlatformRoles.AssociationAnalyst, AssociationName);

    /// <summary>Company, plant code, name, jurisdiction, clinker t/yr, clinker factor, heat GJ/t, alternative fuel share.</summary>
    private static readonly (string Company, string Code, string Name, string Jurisdiction, decimal Clinker, decimal Factor, decimal Heat, decimal AltShare)[] Plants =
    [
        ("Absheron Cement", "AB-01", "Absheron Coast Works", "AZ-BA", 1_150_000m, 0.86m, 3.35m, 0.04m),
        ("Absheron Cement", "AB-02", "Absheron Hill Works", "AZ-SM", 450_000m, 0.90m, 3.60m, 0.00m),
        ("Kura Valley Cement", "KV-01", "Kura Valley Plant", "AZ-QAZ", 850_000m, 0.88m, 3.42m, 0.08m),
        ("Kura Valley Cement", "KV-02", "Kura Delta Plant", "AZ-SAT", 380_000m, 0.92m, 3.75m, 0.00m),
        ("Ganja Building Materials", "GB-01", "Ganja North Plant", "AZ-GA", 620_000m, 0.84m, 3.50m, 0.12m),
        ("Shirvan Binders", "SH-01", "Shirvan Plain Plant", "AZ-SMI", 480_000m, 0.89m, 3.55m, 0.02m),
    ];

    public static async Task SeedAsync(IServiceProvider services, CalcineDbContext db, IConfiguration configuration, string dataFolder, DateTimeOffset now)
    {
        if (!configuration.GetValue("Demo:RoadmapAssociation", true) || await db.Associations.AnyAsync(a => a.Name == AssociationName))
        {
            return;
        }

        var association = new AssociationEntity { Name = AssociationName };
        foreach (var company in Plants.GroupBy(p => p.Company))
        {
            association.Companies.Add(new CompanyEntity
            {
                Name = company.Key,
                Plants = [.. company.Select(p => new PlantEntity
                {
                    Code = p.Code,
                    Name = p.Name,
                    Jurisdiction = p.Jurisdiction,
                    Kilns = [new KilnEntity { Name = "Kiln 1", ProcessType = "dry-precalciner" }],
                    Mills = [new MillEntity { Name = "Raw mill 1", MillType = "raw" }, new MillEntity { Name = "Cement mill 1", MillType = "cement" }],
                })],
            });
        }

        db.Associations.Add(association);
        await db.SaveChangesAsync();
        foreach (var plant in association.Companies.SelectMany(c => c.Plants))
        {
            var spec = Plants.Single(p => p.Code == plant.Code);
            var random = new Random(plant.Code.Aggregate(23, (h, c) => (h * 31) + c));
            foreach (var year in Years)
            {
                db.PlantYears.Add(new PlantYearEntity
                {
                    PlantId = plant.Id,
                    Year = year,
                    Status = PlantYearStatus.Locked,
                    UpdatedUtc = now,
                    Months = [.. Enumerable.Range(1, 12).Select(month => new MonthlyActivityEntity
                    {
                        Month = month,
                        Json = MonthlyActivityJson.Write(Month(random, spec.Clinker / 12m, spec.Factor, spec.Heat, spec.AltShare, month)),
                        UpdatedUtc = now,
                        UpdatedBy = "demo seed",
                    })],
                });
            }
        }

        await db.SaveChangesAsync();
        await SeedAnalystAsync(services, db, association, configuration, dataFolder);
    }

    /// <summary>One month of a gas-fired dry kiln: natural gas and some waste tyres, limestone and slag
    /// in the cement, grid electricity at Azerbaijan's 0.45 t/MWh (reference/roadmap.md §7.5).</summary>
    private static MonthlyActivity Month(Random random, decimal monthlyClinker, decimal factor, decimal heat, decimal altShare, int month)
    {
        var clinker = Math.Round(monthlyClinker * (month == 2 ? 0.7m : 1.03m) * (0.97m + (random.Next(0, 60) / 1000m)), 1);
        var energy = clinker * (heat + (random.Next(0, 10) / 100m));
        var used = clinker * 0.95m; // 5 % of the clinker is sold
        var cement = used / factor;
        return new MonthlyActivity
        {
            Clinker = new ClinkerMonth { Produced = clinker, Sold = Math.Round(clinker - used, 1) },
            Cement = new CementMonth
            {
                MineralComponents =
                [
                    new NamedMass { Name = "gypsum", Mass = Math.Round(cement * 0.045m, 1) },
                    new NamedMass { Name = "limestone", Mass = Math.Round((cement - used) - (cement * 0.045m), 1) },
                ],
            },
            Fuels =
            [
                new FuelMonth
                {
                    Name = "Natural gas", Category = "conventional-fossil", Use = "kiln", Mass = Math.Round(energy * (1 - altShare) / 48m, 1),
                    LhvFactorId = "ipcc2006-ncv-natural-gas", EfFactorId = "ipcc2006-co2-natural-gas",
                },
                new FuelMonth
                {
                    Name = "Waste tyres", Category = "mixed", Use = "kiln", Mass = Math.Round(energy * altShare / 28m, 1),
                    Lhv = 28m, Ef = 85m, BiogenicShare = 0.27m, Evidence = "Supplier certificate (demo)",
                },
            ],
            RawMaterials =
            [
                new NamedMass { Name = "limestone", Mass = Math.Round(clinker * 1.32m, 1) },
                new NamedMass { Name = "clay", Mass = Math.Round(clinker * 0.22m, 1) },
            ],
            Dust = new DustMonth { CkdLeaving = Math.Round(clinker * 0.002m, 1) },
            Electricity = new ElectricityMonth
            {
                GridEf = 0.45m,
                Consumption =
                [
                    new ElectricityUse { Use = "kiln", Source = "grid", MWh = Math.Round(clinker * 0.05m, 1) },
                    new ElectricityUse { Use = "cement-mill", Source = "grid", MWh = Math.Round(cement * (0.040m + (random.Next(0, 8) / 1000m)), 1) },
                ],
            },
        };
    }

    private static async Task SeedAnalystAsync(IServiceProvider services, CalcineDbContext db, AssociationEntity association, IConfiguration configuration, string dataFolder)
    {
        var password = configuration["Demo:UserPassword"];
        if (string.IsNullOrEmpty(password))
        {
            password = System.Security.Cryptography.RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyzACDEFGHJKLMNPQRSTUVWXYZ23456789", 16);
            await PrivateFiles.AppendAsync(Path.Combine(dataFolder, "demo-users.txt"), $"Road-map demo analyst ({Analyst.Email}), password {password}\n");
        }

        var users = services.GetRequiredService<UserManager<CalcineUser>>();
        var user = new CalcineUser { UserName = Analyst.Email, Email = Analyst.Email, EmailConfirmed = true, DisplayName = "analyst.az" };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException($"demo user {Analyst.Email}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
        }

        db.RoleAssignments.Add(new RoleAssignmentEntity { UserId = user.Id, Role = Analyst.Role, Scope = AssignmentScope.Association, ScopeId = association.Id });
        await db.SaveChangesAsync();
    }
}
