using Calcine.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Configuration;

namespace Calcine.Application.Activity;

/// <summary>What decides everything computed from a plant-year: the year's data version, last
/// change and status, and the plant's version (its kilns feed the document). Every edit of the
/// year's data or of the plant moves one of them on.</summary>
public readonly record struct PlantYearStamp(int YearVersion, DateTimeOffset YearUpdatedUtc, string Status, int PlantVersion);

/// <summary>Results computed from a plant-year (the inventory's JSON and page, the GCCA figures of
/// the KPI trend), keyed by the stamp the caller has just read from the database. An edit changes
/// the stamp, so the next request computes afresh; nothing can be served stale. Entries of old
/// stamps are never asked for again and leave under the size limit or after an idle hour.</summary>
public sealed class PlantYearCache : IDisposable
{
    private readonly MemoryCache cache;

    public PlantYearCache(IConfiguration configuration) =>
        cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = configuration.GetValue("Cache:PlantYearMegabytes", 64L) * 1024 * 1024 });

    /// <summary>The stamp of a stored year; null when the year has no row yet (nothing is cached then).</summary>
    public static async Task<PlantYearStamp?> StampAsync(CalcineDbContext db, int plantId, int year, CancellationToken ct)
    {
        var row = await db.PlantYears.AsNoTracking().Where(y => y.PlantId == plantId && y.Year == year)
            .Select(y => new { y.Version, y.UpdatedUtc, y.Status, PlantVersion = y.Plant!.Version }).SingleOrDefaultAsync(ct);
        return row is null ? null : new PlantYearStamp(row.Version, row.UpdatedUtc, row.Status, row.PlantVersion);
    }

    /// <summary>The value computed for this plant-year at this stamp, computing it on a miss. The
    /// stamp must be read before the data <paramref name="compute"/> loads, so a value is never
    /// filed under a stamp newer than its data.</summary>
    public async Task<T> GetOrComputeAsync<T>(int plantId, int year, PlantYearStamp? stamp, string variant, Func<Task<T>> compute, Func<T, long> bytes)
        where T : class
    {
        if (stamp is not { } s)
        {
            return await compute();
        }

        var key = (plantId, year, s, variant);
        if (cache.TryGetValue(key, out T? hit) && hit is not null)
        {
            return hit;
        }

        var value = await compute();
        cache.Set(key, value, new MemoryCacheEntryOptions { Size = Math.Max(1, bytes(value)), SlidingExpiration = TimeSpan.FromHours(1) });
        return value;
    }

    public void Dispose() => cache.Dispose();
}
