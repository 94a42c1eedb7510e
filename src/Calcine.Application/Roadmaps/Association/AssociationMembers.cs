using Calcine.Application.Activity;
using Calcine.Application.Co2;
using Calcine.Application.Co2.Document;
using Calcine.Domain.Accounting.Gcca;
using Calcine.Storage;
using Calcine.Storage.Activity;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Application.Roadmaps.Association;

/// <summary>The association's member plants with a verified (or locked) year that computes a GCCA
/// inventory, each from its latest such year: what the road map starts from. A plant without one is
/// left out, as in the benchmark.</summary>
public static class AssociationMembers
{
    public static async Task<List<MemberPlantBaseline>> BaselinesAsync(CalcineDbContext db, int associationId, CancellationToken ct)
    {
        var plants = await db.Plants.AsNoTracking().Where(p => p.Company!.AssociationId == associationId).OrderBy(p => p.Code)
            .Select(p => new { p.Id, p.Code, p.CompanyId, CompanyName = p.Company!.Name }).ToListAsync(ct);
        var result = new List<MemberPlantBaseline>();
        foreach (var plant in plants)
        {
            var years = await db.PlantYears.AsNoTracking()
                .Where(y => y.PlantId == plant.Id && (y.Status == PlantYearStatus.Verified || y.Status == PlantYearStatus.Locked))
                .OrderByDescending(y => y.Year).Select(y => y.Year).ToListAsync(ct);
            foreach (var year in years)
            {
                var entity = await PlantYearStore.FindAsync(db, plant.Id, year, ct);
                var document = PlantYearReader.Read(await PlantYearStore.DocumentAsync(db, plant.Id, year, entity, ct));
                if (!document.Success || Co2Report.CheckInputs(document.Value, "gcca").Count > 0)
                {
                    continue;
                }

                var (capacity, baseline) = MemberBaselines.Of(document.Value, GccaCalculator.Calculate(document.Value));
                result.Add(new MemberPlantBaseline(plant.CompanyId, plant.CompanyName, plant.Code, year, capacity, baseline));
                break;
            }
        }

        return result;
    }

    /// <summary>What the road map depends on: every member plant-year's data stamp.</summary>
    public static async Task<string> StampAsync(CalcineDbContext db, int associationId, CancellationToken ct)
    {
        var rows = await db.PlantYears.AsNoTracking().Where(y => y.Plant!.Company!.AssociationId == associationId)
            .Select(y => new { y.PlantId, y.Year, y.Version, y.Status, PlantVersion = y.Plant!.Version }).ToListAsync(ct);
        return string.Join(';', rows.OrderBy(r => r.PlantId).ThenBy(r => r.Year).Select(r => $"{r.PlantId}/{r.Year}/{r.Version}/{r.Status}/{r.PlantVersion}"));
    }
}
