using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Options;

namespace Calcine.Web.Ingestion;

/// <summary>Open HJ 212 connections, in total and per source address, so one client cannot take
/// every slot: past <see cref="IngestionOptions.MaxConnectionsPerAddress"/> its new connections are
/// closed at once while other addresses are still served.</summary>
public sealed class ConnectionSlots(IOptions<IngestionOptions> options)
{
    private readonly ConcurrentDictionary<IPAddress, int> perAddress = new();
    private int open;

    public int Open => Volatile.Read(ref open);

    /// <summary>Takes a slot; the reason it cannot, or null when it did.</summary>
    public string? TryAcquire(IPAddress? address)
    {
        if (Interlocked.Increment(ref open) > options.Value.MaxConnections)
        {
            Interlocked.Decrement(ref open);
            return "too-many-connections";
        }

        if (address is null || Exempt(address))
        {
            return null;
        }

        var count = perAddress.AddOrUpdate(Normalise(address), 1, (_, n) => n + 1);
        if (count > options.Value.MaxConnectionsPerAddress)
        {
            Release(address);
            return "too-many-connections-from-address";
        }

        return null;
    }

    public void Release(IPAddress? address)
    {
        Interlocked.Decrement(ref open);
        if (address is null || Exempt(address))
        {
            return;
        }

        var key = Normalise(address);
        // Decrement, and remove the entry at zero so the map holds only addresses with connections.
        while (perAddress.TryGetValue(key, out var n))
        {
            if (n <= 1 ? perAddress.TryRemove(new KeyValuePair<IPAddress, int>(key, n)) : perAddress.TryUpdate(key, n - 1, n))
            {
                return;
            }
        }
    }

    private bool Exempt(IPAddress address)
    {
        var exempt = options.Value.ConnectionLimitExemptAddresses;
        return exempt.Length > 0 && exempt.Split(',', StringSplitOptions.TrimEntries).Contains(Normalise(address).ToString());
    }

    /// <summary>An IPv4 peer on a dual-stack socket counts as its IPv4 address.</summary>
    private static IPAddress Normalise(IPAddress address) => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
}
