using Calcine.Storage;
using Calcine.Storage.Identity;
using Calcine.Storage.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Web.Hosting;

/// <summary>A fictional association with four producers and five plants, and one user for every
/// role, so a first start can be explored at once. All names are invented.</summary>
public static class DemoPlatformSeed
{
    public const string AssociationName = "Demo Cement Association";

    /// <summary>The demo logins: email, role, and what the role is scoped to.</summary>
    public static readonly IReadOnlyList<(string Email, string Role, string Scope)> Users =
    [
        ("admin@calcine.demo", PlatformRoles.PlatformAdmin, "the whole platform"),
        ("analyst@calcine.demo", PlatformRoles.AssociationAnalyst, AssociationName),
        ("company.admin@calcine.demo", PlatformRoles.CompanyAdmin, "Northridge Cement"),
        ("plant.editor@calcine.demo", PlatformRoles.PlantEditor, "plant NR-01"),
        ("verifier@calcine.demo", PlatformRoles.Verifier, "Northridge Cement, 2024"),
        ("regulator@calcine.demo", PlatformRoles.Regulator, "jurisdiction CN-AH"),
        ("viewer@calcine.demo", PlatformRoles.Viewer, "Lakeshore Building Materials"),
    ];

    private static readonly (string Company, (string Code, string Name, string Jurisdiction, string[] Kilns)[] Plants)[] Producers =
    [
        ("Northridge Cement", [("NR-01", "Northridge Riverside Works", "CN-AH", ["dry-precalciner", "dry-precalciner"]),
                               ("NR-02", "Northridge Hill Works", "CN-SD", ["dry-precalciner"])]),
        ("Lakeshore Building Materials", [("LS-01", "Lakeshore Bay Plant", "CN-AH", ["dry-preheater"])]),
        ("Red Valley Cement", [("RV-01", "Red Valley Plant", "CN-GD", ["dry-precalciner"])]),
        ("Eastport Cement", [("EP-01", "Eastport Harbour Plant", "CN-ZJ", ["semi-dry"])]),
    ];

    /// <summary>Seeds once (when no association exists); Demo:Scale (default 1) multiplies the
    /// producers. The password is Demo:UserPassword if configured, else generated and written to
    /// data/demo-users.txt, never to the code base.</summary>
    /// <summary>The demo plants by company: (company, plant code, plant name, jurisdiction).</summary>
    public static IEnumerable<(string Company, string Code, string Name, string Jurisdiction)> DemoPlants =>
        Producers.SelectMany(p => p.Plants.Select(plant => (p.Company, plant.Code, plant.Name, plant.Jurisdiction)));

    public static async Task SeedAsync(IServiceProvider services, IConfiguration configuration, string dataFolder)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CalcineDbContext>();
        if (await db.Associations.AnyAsync())
        {
            await DemoRoadmapAssociationSeed.SeedAsync(scope.ServiceProvider, db, configuration, dataFolder, TimeProvider.System.GetUtcNow());
            return;
        }

        var association = new AssociationEntity { Name = AssociationName };
        foreach (var (company, plants, copy) in Copies(configuration.GetValue("Demo:Scale", 1)))
        {
            association.Companies.Add(new CompanyEntity
            {
                Name = copy == 1 ? company : $"{company} {copy}",
                Plants = [.. plants.Select(p => new PlantEntity
                {
                    Code = copy == 1 ? p.Code : $"{p.Code}-{copy:00}",
                    Name = copy == 1 ? p.Name : $"{p.Name} {copy}",
                    Jurisdiction = p.Jurisdiction,
                    Kilns = [.. p.Kilns.Select((type, i) => new KilnEntity { Name = $"Kiln {i + 1}", ProcessType = type })],
                    Mills = [new MillEntity { Name = "Raw mill 1", MillType = "raw" }, new MillEntity { Name = "Coal mill 1", MillType = "coal" },
                             new MillEntity { Name = "Cement mill 1", MillType = "cement" }],
                })],
            });
        }

        db.Associations.Add(association);
        await db.SaveChangesAsync();
        await LinkDemoStacksAsync(db);
        await DemoActivitySeed.SeedAsync(db, TimeProvider.System.GetUtcNow());
        await SeedUsersAsync(scope.ServiceProvider, db, association, configuration, dataFolder);
        await DemoRoadmapAssociationSeed.SeedAsync(scope.ServiceProvider, db, configuration, dataFolder, TimeProvider.System.GetUtcNow());
    }

    /// <summary>The producers, repeated <paramref name="scale"/> times for load tests (Demo:Scale;
    /// copies 2… get numbered names and codes, the demo logins keep the first copy's scopes).</summary>
    private static IEnumerable<(string Company, (string Code, string Name, string Jurisdiction, string[] Kilns)[] Plants, int Copy)> Copies(int scale) =>
        Enumerable.Range(1, Math.Max(1, scale)).SelectMany(copy => Producers.Select(p => (p.Company, p.Plants, copy)));

    /// <summary>The first demo kiln-tail stacks belong to the demo plants, in plant-code order.</summary>
    private static async Task LinkDemoStacksAsync(CalcineDbContext db)
    {
        var plants = await db.Plants.OrderBy(p => p.Code).ToListAsync();
        var stacks = await db.Stacks.OrderBy(s => s.Code).Take(plants.Count).ToListAsync();
        foreach (var (stack, plant) in stacks.Zip(plants))
        {
            stack.PlantId = plant.Id;
            stack.PlantCode = plant.Code;
        }

        await db.SaveChangesAsync();
    }

    private static async Task SeedUsersAsync(IServiceProvider services, CalcineDbContext db, AssociationEntity association, IConfiguration configuration, string dataFolder)
    {
        var password = configuration["Demo:UserPassword"];
        if (string.IsNullOrEmpty(password))
        {
            password = System.Security.Cryptography.RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyzACDEFGHJKLMNPQRSTUVWXYZ23456789", 16);
            await PrivateFiles.WriteAsync(Path.Combine(dataFolder, "demo-users.txt"),
                $"Demo users ({string.Join(", ", Users.Select(u => u.Email))}), password {password}\n");
        }

        var company = association.Companies.ToDictionary(c => c.Name);
        var plant = association.Companies.SelectMany(c => c.Plants).ToDictionary(p => p.Code);
        var users = services.GetRequiredService<UserManager<CalcineUser>>();
        foreach (var (email, role, _) in Users)
        {
            var user = new CalcineUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email.Split('@')[0] };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"demo user {email}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
            }

            db.RoleAssignments.Add(role switch
            {
                PlatformRoles.PlatformAdmin => new RoleAssignmentEntity { UserId = user.Id, Role = role, Scope = AssignmentScope.Platform },
                PlatformRoles.AssociationAnalyst => new RoleAssignmentEntity { UserId = user.Id, Role = role, Scope = AssignmentScope.Association, ScopeId = association.Id },
                PlatformRoles.PlantEditor => new RoleAssignmentEntity { UserId = user.Id, Role = role, Scope = AssignmentScope.Plant, ScopeId = plant["NR-01"].Id },
                PlatformRoles.Verifier => new RoleAssignmentEntity { UserId = user.Id, Role = role, Scope = AssignmentScope.Company, ScopeId = company["Northridge Cement"].Id, Year = 2024 },
                PlatformRoles.Regulator => new RoleAssignmentEntity { UserId = user.Id, Role = role, Scope = AssignmentScope.Jurisdiction, Jurisdiction = "CN-AH" },
                PlatformRoles.Viewer => new RoleAssignmentEntity { UserId = user.Id, Role = role, Scope = AssignmentScope.Company, ScopeId = company["Lakeshore Building Materials"].Id },
                _ => new RoleAssignmentEntity { UserId = user.Id, Role = role, Scope = AssignmentScope.Company, ScopeId = company["Northridge Cement"].Id },
            });
        }

        await db.SaveChangesAsync();
    }
}
