using Calcine.Application.Activity;
using Calcine.Application.Co2.Document;
using Calcine.Domain.Accounting;
using Calcine.Domain.Results;
using Calcine.Storage;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Application.Regulatory;

/// <summary>The installation as the plant profile records it. Address and coordinates are not in
/// the profile yet: a report says they are missing rather than inventing them.</summary>
public sealed record InstallationFacts(int PlantId, string Code, string Name, string Operator, string Jurisdiction, string Country);

/// <summary>A plant's reporting year as the regulatory reports read it: the plant facts and the
/// plant-year document (imported or assembled from the months), or the errors that stand in its way.</summary>
public sealed record RegulatoryYear(InstallationFacts Installation, int Year, string YearStatus, PlantYear? Document, IReadOnlyList<ValidationError> Errors)
{
    public static async Task<RegulatoryYear> LoadAsync(CalcineDbContext db, int plantId, int year, CancellationToken ct)
    {
        var plant = await db.Plants.AsNoTracking().Where(p => p.Id == plantId)
            .Select(p => new { p.Code, p.Name, p.Jurisdiction, Company = p.Company!.Name }).SingleAsync(ct);
        var facts = new InstallationFacts(plantId, plant.Code, plant.Name, plant.Company, plant.Jurisdiction, plant.Jurisdiction[..2]);
        var entity = await PlantYearStore.FindAsync(db, plantId, year, ct);
        var status = entity?.Status ?? Storage.Activity.PlantYearStatus.Draft;
        if (entity is null)
        {
            return new(facts, year, status, null, [new("year", $"no data has been entered for {year}")]);
        }

        var read = PlantYearReader.Read(await PlantYearStore.DocumentAsync(db, plantId, year, entity, ct));
        return read.Success ? new(facts, year, status, read.Value, []) : new(facts, year, status, null, read.Errors);
    }
}
