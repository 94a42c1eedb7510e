using Calcine.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Configuration;

namespace Calcine.Application.Cems.Stacks;

/// <summary>What the stack page derives from the stored minutes (the month's evaluation, the events,
/// hourly flow), kept per stack, month and window under the processing stamp: every processed frame
/// (a late or resent packet included) moves the stamp, so a value is never older than the data it
/// was computed from. Many people watching one stack then cost one minute read per processing pass,
/// not one per request.</summary>
public sealed class StackPageCache : IDisposable
{
    private readonly MemoryCache cache;

    public StackPageCache(IConfiguration configuration) =>
        cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = configuration.GetValue("Cache:StackPageMegabytes", 32L) * 1024 * 1024 });

    /// <summary>The id of the last frame processing has read: minutes change only when it moves
    /// (or when the demo seed writes history before the host serves anything).</summary>
    public static Task<long> StampAsync(CalcineDbContext db, CancellationToken ct) =>
        db.CemsProcessingState.AsNoTracking().Select(s => s.LastFrameId).OrderByDescending(id => id).FirstOrDefaultAsync(ct);

    /// <summary>The stamp must be read before the data <paramref name="compute"/> loads, so a value
    /// is never filed under a stamp newer than its data.</summary>
    public async Task<T> GetOrComputeAsync<T>(object key, long stamp, Func<Task<T>> compute, Func<T, long> bytes)
        where T : class
    {
        var full = (key, stamp);
        if (cache.TryGetValue(full, out T? hit) && hit is not null)
        {
            return hit;
        }

        var value = await compute();
        cache.Set(full, value, new MemoryCacheEntryOptions { Size = Math.Max(1, bytes(value)), AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(10) });
        return value;
    }

    public void Dispose() => cache.Dispose();
}
