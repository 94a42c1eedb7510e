using Calcine.Application.Activity;
using Calcine.Application.Co2;
using Calcine.Application.Co2.Document;
using Calcine.Domain.Accounting.Gcca;
using Calcine.Domain.Benchmarking;
using Calcine.Storage;
using Calcine.Storage.Activity;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Application.Benchmarks;

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

    /// <param name="cache">The ratios are computed once per data version of each plant-year, like the
    /// inventory and the KPI trend (see <see cref="PlantYearCache"/>).</param>
    public static async Task<List<PlantKpis>> KpisAsync(CalcineDbContext db, PlantYearCache cache, IReadOnlyList<MemberPlant> plants, int year, CancellationToken ct)
    {
        var result = new List<PlantKpis>();
        foreach (var plant in plants)
        {
            var stamp = await PlantYearCache.StampAsync(db, plant.Id, year, ct);
            if (stamp is null)
            {
                continue;
            }

            var cached = await cache.GetOrComputeAsync(plant.Id, year, stamp, "benchmark-ratios", () => RatiosAsync(db, plant.Id, year, ct), _ => 2048);
            if (cached.Ratios is { } ratios)
            {
                result.Add(new PlantKpis(plant.Id, plant.CompanyId, cached.Verified, ratios));
            }
        }

        return result;
    }

    /// <summary>The year's KPI ratios, or none when its data cannot give a GCCA inventory.</summary>
    private static async Task<YearRatios> RatiosAsync(CalcineDbContext db, int plantId, int year, CancellationToken ct)
    {
        var entity = await PlantYearStore.FindAsync(db, plantId, year, ct);
        if (entity is null)
        {
            return new YearRatios(false, null);
        }

        var document = PlantYearReader.Read(await PlantYearStore.DocumentAsync(db, plantId, year, entity, ct));
        if (!document.Success || Co2Report.CheckInputs(document.Value, "gcca").Count > 0)
        {
            return new YearRatios(false, null);
        }

        var verified = entity.Status is PlantYearStatus.Verified or PlantYearStatus.Locked;
        return new YearRatios(verified, GccaKpiRatios.Of(document.Value, GccaCalculator.Calculate(document.Value)));
    }

    private sealed record YearRatios(bool Verified, IReadOnlyDictionary<BenchmarkKpi, KpiRatio>? Ratios);
}
