using Calcine.Application.Co2;
using Calcine.Application.Co2.Document;
using Calcine.Domain.Accounting.Gcca;
using Calcine.Domain.Benchmarking;
using Calcine.Storage;
using Calcine.Storage.Activity;
using Calcine.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Web.Platform.Benchmarks;

/// <summary>A member of the benchmark: a plant with its company, for naming the caller's own ones only.</summary>
public sealed record MemberPlant(int Id, string Code, string Name, int CompanyId, string CompanyName);

/// <summary>Which plant-years count: every plant of the association's companies whose year computes a
/// GCCA inventory, through the same steps as the inventory API (stored year → plant-year document →
/// GCCA inputs check → engine). A year with no stored data, or data the engine cannot take, is not a
/// contributor. Verified and locked years are "verified"; the rest count only in the "all" view.</summary>
public static class BenchmarkMembers
{
    public static Task<List<MemberPlant>> PlantsAsync(CalcineDbContext db, int associationId, CancellationToken ct) =>
        db.Plants.AsNoTracking().Where(p => p.Company!.AssociationId == associationId).OrderBy(p => p.Code)
            .Select(p => new MemberPlant(p.Id, p.Code, p.Name, p.CompanyId, p.Company!.Name)).ToListAsync(ct);

    /// <summary>The reporting years for which any member plant has stored data, oldest first.</summary>
    public static Task<List<int>> YearsAsync(CalcineDbContext db, int associationId, CancellationToken ct) =>
        db.PlantYears.AsNoTracking().Where(y => y.Plant!.Company!.AssociationId == associationId)
            .Select(y => y.Year).Distinct().OrderBy(y => y).ToListAsync(ct);

    public static async Task<List<PlantKpis>> KpisAsync(CalcineDbContext db, IReadOnlyList<MemberPlant> plants, int year, CancellationToken ct)
    {
        var result = new List<PlantKpis>();
        foreach (var plant in plants)
        {
            var entity = await PlantYearStore.FindAsync(db, plant.Id, year, ct);
            if (entity is null)
            {
                continue;
            }

            var document = PlantYearReader.Read(await PlantYearStore.DocumentAsync(db, plant.Id, year, entity, ct));
            if (!document.Success || Co2Report.CheckInputs(document.Value, "gcca").Count > 0)
            {
                continue;
            }

            var gcca = GccaCalculator.Calculate(document.Value);
            var verified = entity.Status is PlantYearStatus.Verified or PlantYearStatus.Locked;
            result.Add(new PlantKpis(plant.Id, plant.CompanyId, verified, GccaKpiRatios.Of(document.Value, gcca)));
        }

        return result;
    }
}
