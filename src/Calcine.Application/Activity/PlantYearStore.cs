using System.Text;
using Calcine.Application.Co2.Factors;
using Calcine.Storage;
using Calcine.Storage.Activity;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Application.Activity;

/// <summary>Loads a plant's reporting year and turns it into a plant-year document. The HTTP answers
/// the data endpoints share live in Web (<c>PlantYearAnswers</c>).</summary>
public static class PlantYearStore
{
    public const int MinYear = 1990;
    public const int MaxYear = 2100;

    public static bool ValidYear(int year) => year is >= MinYear and <= MaxYear;

    public static Task<PlantYearEntity?> FindAsync(CalcineDbContext db, int plantId, int year, CancellationToken ct, bool tracked = false) =>
        (tracked ? db.PlantYears : db.PlantYears.AsNoTracking()).Include(y => y.Months)
            .SingleOrDefaultAsync(y => y.PlantId == plantId && y.Year == year, ct);

    /// <summary>The year, created as a draft on its first edit.</summary>
    public static async Task<PlantYearEntity> FindOrCreateAsync(CalcineDbContext db, int plantId, int year, TimeProvider clock, CancellationToken ct)
    {
        var entity = await FindAsync(db, plantId, year, ct, tracked: true);
        if (entity is null)
        {
            entity = new PlantYearEntity { PlantId = plantId, Year = year, UpdatedUtc = clock.GetUtcNow() };
            db.PlantYears.Add(entity);
        }

        return entity;
    }

    public static async Task<int> CurrentVersionAsync(CalcineDbContext db, int plantId, int year, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        return await db.PlantYears.AsNoTracking().Where(y => y.PlantId == plantId && y.Year == year).Select(y => y.Version).SingleOrDefaultAsync(ct);
    }

    /// <summary>Any change to a year's data moves the year's version on, so an import prepared
    /// from an older export (document or workbook) cannot overwrite a month edited since.</summary>
    public static void Touch(CalcineDbContext db, PlantYearEntity entity, DateTimeOffset now)
    {
        if (entity.Id != 0)
        {
            db.Entry(entity).Property(e => e.Version).OriginalValue = entity.Version;
            entity.Version++;
        }

        entity.UpdatedUtc = now;
    }

    public static async Task<PlantProfile> ProfileAsync(CalcineDbContext db, int plantId, CancellationToken ct)
    {
        var plant = await db.Plants.AsNoTracking().Include(p => p.Kilns).SingleAsync(p => p.Id == plantId, ct);
        var kiln = plant.Kilns.OrderBy(k => k.Name, StringComparer.Ordinal).FirstOrDefault();
        return new PlantProfile(plant.Code, plant.Name, plant.Jurisdiction[..2], PlantProfile.ContractKilnProcess(kiln?.ProcessType));
    }

    /// <summary>The year's plant-year document: the imported one, or the months aggregated.</summary>
    public static async Task<byte[]> DocumentAsync(CalcineDbContext db, int plantId, int year, PlantYearEntity? entity, CancellationToken ct)
    {
        if (entity is { Source: PlantYearSources.Document, DocumentJson: { } json })
        {
            return Encoding.UTF8.GetBytes(json);
        }

        var months = (entity?.Months ?? []).OrderBy(m => m.Month).Select(m => MonthlyActivityJson.Parse(m.Json)).ToList();
        return PlantYearAssembler.Assemble(await ProfileAsync(db, plantId, ct), year, months, FactorLibraryLoader.Default);
    }
}
