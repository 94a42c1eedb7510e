using System.Net;
using Calcine.Web.Ingestion;
using Microsoft.Extensions.Options;

namespace Calcine.Ingestion.Tests.Listener;

public class ConnectionSlotsTests
{
    private static readonly IPAddress Remote = IPAddress.Parse("203.0.113.9");

    [Fact]
    public void PerAddressCap_RefusesTheNextConnection_UntilOneIsReleased()
    {
        var slots = new ConnectionSlots(Options.Create(new IngestionOptions { MaxConnectionsPerAddress = 2 }));

        Assert.Null(slots.TryAcquire(Remote));
        Assert.Null(slots.TryAcquire(Remote.MapToIPv6())); // the same peer on a dual-stack socket
        Assert.Equal("too-many-connections-from-address", slots.TryAcquire(Remote));
        Assert.Null(slots.TryAcquire(IPAddress.Parse("203.0.113.10")));
        slots.Release(Remote);
        Assert.Null(slots.TryAcquire(Remote));
        Assert.Equal(3, slots.Open);
    }

    [Fact]
    public void ExemptAddress_HasNoPerAddressCap_ButCountsTowardTheTotal()
    {
        var slots = new ConnectionSlots(Options.Create(new IngestionOptions { MaxConnectionsPerAddress = 1, MaxConnections = 3 }));

        Assert.Null(slots.TryAcquire(IPAddress.Loopback));
        Assert.Null(slots.TryAcquire(IPAddress.Loopback));
        Assert.Null(slots.TryAcquire(IPAddress.Loopback));
        Assert.Equal("too-many-connections", slots.TryAcquire(IPAddress.Loopback));
    }

    [Fact]
    public void EmptyExemptList_CapsLoopbackToo()
    {
        var slots = new ConnectionSlots(Options.Create(new IngestionOptions { MaxConnectionsPerAddress = 1, ConnectionLimitExemptAddresses = "" }));

        Assert.Null(slots.TryAcquire(IPAddress.Loopback));
        Assert.Equal("too-many-connections-from-address", slots.TryAcquire(IPAddress.Loopback));
    }
}
