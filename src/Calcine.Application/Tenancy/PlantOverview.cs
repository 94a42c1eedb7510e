using Calcine.Storage;
using Calcine.Storage.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Application.Tenancy;

/// <summary>A reporting year of the plant page: its status and how many months hold data.</summary>
public sealed record PlantYearRow(int Year, string Status, int Months);

/// <summary>What the plant page shows: the plant with its kilns and mills, its company's name, its years.</summary>
public sealed record PlantPageData(PlantEntity Plant, string CompanyName, IReadOnlyList<PlantYearRow> Years);

/// <summary>Plant reads for the pages, after the page has checked access to the plant.</summary>
public sealed class PlantOverview(CalcineDbContext db)
{
    public Task<string> CodeAsync(int id, CancellationToken ct) =>
        db.Plants.AsNoTracking().Where(p => p.Id == id).Select(p => p.Code).SingleAsync(ct);

    public async Task<PlantPageData> PageAsync(int id, CancellationToken ct)
    {
        var plant = await db.Plants.AsNoTracking().Include(p => p.Kilns).Include(p => p.Mills).SingleAsync(p => p.Id == id, ct);
        var company = await db.Companies.Where(c => c.Id == plant.CompanyId).Select(c => c.Name).SingleAsync(ct);
        var years = await db.PlantYears.AsNoTracking().Where(y => y.PlantId == id).OrderByDescending(y => y.Year)
            .Select(y => new PlantYearRow(y.Year, y.Status, y.Months.Count)).ToListAsync(ct);
        return new(plant, company, years);
    }
}
