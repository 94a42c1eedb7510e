using Calcine.Application.Access;
using Calcine.Application.Co2.Document;
using Calcine.Domain.Accounting.Gcca;
using Calcine.Domain.Results;
using Calcine.Storage;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Application.Activity;

/// <summary>One reporting year of a plant on the trend: its status, and the GCCA result of the
/// same document and engine the inventory uses (or why there is none).</summary>
public sealed record KpiTrendYear(int Year, string YearStatus, string Source, int Version, GccaResult? Gcca, IReadOnlyList<ValidationError> Errors)
{
    public string InventoryUrl(int plantId) => $"/plants/{plantId}/years/{Year}/inventory";
}

public sealed record PlantKpiTrend(int PlantId, string PlantCode, string PlantName, IReadOnlyList<KpiTrendYear> Years);

/// <summary>The GCCA figures of plants across all their reporting years. Reads every year's stamp
/// in one query, and runs the engine only for years whose stamp the cache has not seen.</summary>
public sealed class KpiTrendService(CalcineDbContext db, PlantYearCache cache, AccessGuard guard)
{
    /// <summary>The plants among <paramref name="plantIds"/> that exist, in code order; the caller
    /// has already decided which plants the user may read.</summary>
    public async Task<IReadOnlyList<PlantKpiTrend>> LoadAsync(IReadOnlyCollection<int> plantIds, CancellationToken ct)
    {
        var plants = await db.Plants.AsNoTracking().Where(p => plantIds.Contains(p.Id))
            .Select(p => new { p.Id, p.Code, p.Name, p.Version }).ToListAsync(ct);
        var years = await db.PlantYears.AsNoTracking().Where(y => plantIds.Contains(y.PlantId))
            .Select(y => new { y.PlantId, y.Year, y.Version, y.UpdatedUtc, y.Status, y.Source }).ToListAsync(ct);
        plants.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));

        var result = new List<PlantKpiTrend>(plants.Count);
        foreach (var plant in plants)
        {
            var trend = new List<KpiTrendYear>();
            foreach (var y in years.Where(y => y.PlantId == plant.Id).OrderBy(y => y.Year))
            {
                var gcca = await GccaAsync(plant.Id, y.Year, new PlantYearStamp(y.Version, y.UpdatedUtc, y.Status, plant.Version), ct);
                trend.Add(new KpiTrendYear(y.Year, y.Status, y.Source, y.Version, gcca.Result, gcca.Errors));
            }

            result.Add(new PlantKpiTrend(plant.Id, plant.Code, plant.Name, trend));
        }

        return result;
    }

    public async Task<PlantKpiTrend?> LoadAsync(int plantId, CancellationToken ct) =>
        (await LoadAsync([plantId], ct)).SingleOrDefault();

    /// <summary>Every plant the caller may read.</summary>
    public async Task<IReadOnlyList<PlantKpiTrend>> LoadVisibleAsync(CancellationToken ct) =>
        await LoadAsync(await guard.VisibleAsync(ResourceKind.Plant, ct), ct);

    /// <summary>The inventory's path: the stored year, its plant-year document, the Domain engine.</summary>
    private Task<PlantYearGcca> GccaAsync(int plantId, int year, PlantYearStamp stamp, CancellationToken ct) =>
        cache.GetOrComputeAsync(plantId, year, stamp, "gcca", async () =>
        {
            var entity = await PlantYearStore.FindAsync(db, plantId, year, ct);
            var document = PlantYearReader.Read(await PlantYearStore.DocumentAsync(db, plantId, year, entity, ct));
            return document.Success ? new PlantYearGcca(GccaCalculator.Calculate(document.Value), []) : new PlantYearGcca(null, document.Errors);
        }, _ => 4096);
}

/// <summary>The engine's GCCA answer for one plant-year: the result, or why the data does not yet
/// make a valid plant-year document.</summary>
public sealed record PlantYearGcca(GccaResult? Result, IReadOnlyList<ValidationError> Errors);
