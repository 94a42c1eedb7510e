using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Calcine.Web.Ingestion;

/// <summary>Slows password guessing against HJ 212 devices. Failures are counted per MN and per
/// source address; from the threshold on, each further failure locks that key for twice as long as
/// the one before (up to a maximum). While an MN or address is locked, every packet for it is
/// refused without looking at the password, so guesses made then test nothing, and the right
/// password is refused too until the lockout ends. A key forgets its failures after a quiet period.
/// The clock is injectable so the back-off can be tested in simulated time.</summary>
public sealed class DeviceAuthThrottle(IOptions<IngestionOptions> options, TimeProvider clock)
{
    // Bounded: a flood of invented MNs or addresses cannot grow this without limit.
    private const int MaxEntries = 100_000;
    private const int MaxKeyLength = 64;

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    public bool IsLocked(string mn, string address) => LockedUntil(MnKey(mn)) > Now || LockedUntil(AddressKey(address)) > Now;

    /// <summary>Counts a failure against the MN and the address.</summary>
    public void Failure(string mn, string address)
    {
        var o = options.Value;
        Count(MnKey(mn), o.AuthLockoutThresholdPerDevice);
        Count(AddressKey(address), o.AuthLockoutThresholdPerAddress);
    }

    /// <summary>A device that authenticated starts again from zero; its address keeps its count
    /// (a valid device at an address must not wipe out guesses made from there against others).</summary>
    public void Success(string mn) => entries.TryRemove(MnKey(mn), out _);

    /// <summary>When the MN's lockout ends (for operators and tests); null when it is not locked.</summary>
    public DateTimeOffset? DeviceLockedUntil(string mn) => LockedUntil(MnKey(mn)) is var until && until > Now ? until : null;

    private DateTimeOffset Now => clock.GetUtcNow();

    private DateTimeOffset LockedUntil(string key) => entries.TryGetValue(key, out var e) ? e.LockedUntil : DateTimeOffset.MinValue;

    private void Count(string key, int threshold)
    {
        var o = options.Value;
        var now = Now;
        if (entries.Count >= MaxEntries)
        {
            Prune(now);
        }

        entries.AddOrUpdate(key, _ => Next(new Entry(0, now, DateTimeOffset.MinValue), now, threshold, o), (_, e) =>
        {
            // Quiet long enough (and not locked): the old failures are forgiven.
            var forgiven = e.LockedUntil <= now && now - e.LastFailure > TimeSpan.FromMinutes(o.AuthFailureMemoryMinutes);
            return Next(forgiven ? new Entry(0, now, DateTimeOffset.MinValue) : e, now, threshold, o);
        });
    }

    private static Entry Next(Entry e, DateTimeOffset now, int threshold, IngestionOptions o)
    {
        var failures = e.Failures + 1;
        if (failures < Math.Max(1, threshold))
        {
            return e with { Failures = failures, LastFailure = now };
        }

        var doublings = Math.Min(failures - Math.Max(1, threshold), 30);
        var seconds = Math.Min(o.AuthLockoutBaseSeconds * Math.Pow(2, doublings), o.AuthLockoutMaxSeconds);
        return new Entry(failures, now, now + TimeSpan.FromSeconds(seconds));
    }

    private void Prune(DateTimeOffset now)
    {
        var memory = TimeSpan.FromMinutes(options.Value.AuthFailureMemoryMinutes);
        foreach (var (key, e) in entries)
        {
            if (e.LockedUntil <= now && now - e.LastFailure > memory)
            {
                entries.TryRemove(key, out _);
            }
        }

        if (entries.Count >= MaxEntries)
        {
            // Still full of live entries: drop the unlocked ones rather than grow.
            foreach (var (key, e) in entries)
            {
                if (e.LockedUntil <= now)
                {
                    entries.TryRemove(key, out _);
                }
            }
        }
    }

    private static string MnKey(string mn) => "mn:" + Bounded(mn);

    private static string AddressKey(string address) => "ip:" + Bounded(address);

    private static string Bounded(string key) =>
        key.Length <= MaxKeyLength ? key : "#" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private readonly record struct Entry(int Failures, DateTimeOffset LastFailure, DateTimeOffset LockedUntil);
}
