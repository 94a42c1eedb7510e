using System.Diagnostics;
using static Calcine.Ingestion.Tests.Listener.ListenerPackets;

namespace Calcine.Ingestion.Tests.Listener;

/// <summary>One address cannot take every connection slot, and idle unauthenticated sockets do not live long.</summary>
public class ListenerFloodTests
{
    [Fact]
    public async Task FiveThousandIdleSocketsFromOneAddress_AKnownDeviceElsewhere_IsAnsweredWithinOneSecond()
    {
        await using var host = await ListenerHost.StartAsync(configure: o => o.MaxConnectionsPerAddress = 32);
        var flood = new List<LoggerSocket?>();
        try
        {
            for (var batch = 0; batch < 50; batch++)
            {
                flood.AddRange(await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => TryConnectAsync(host.Port, "127.0.0.5"))));
            }

            using var device = await LoggerSocket.ConnectAsync(host.Port, from: "127.0.0.6");
            var clock = Stopwatch.StartNew();
            await device.SendAsync(RealTime(1, "20250315093015", "20250315093015456"));
            var answer = Assert.Single(await device.ReadAnswersAsync(1, TimeSpan.FromSeconds(5)));

            Assert.Equal("9014", answer.Cn);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"answered after {clock.Elapsed}");
            Assert.True(host.Snapshot.RejectionsByReason["too-many-connections-from-address"] >= 5000 - 32);
            Assert.True(host.Snapshot.OpenConnections <= 33, $"{host.Snapshot.OpenConnections} connections open");
        }
        finally
        {
            flood.ForEach(s => s?.Dispose());
        }
    }

    /// <summary>A flood socket; null when the server's reset beat the connect's completion.</summary>
    private static async Task<LoggerSocket?> TryConnectAsync(int port, string from)
    {
        try
        {
            return await LoggerSocket.ConnectAsync(port, from);
        }
        catch (System.Net.Sockets.SocketException)
        {
            return null;
        }
    }

    [Fact]
    public async Task IdleSocket_ThatNeverAuthenticates_IsClosedAtTheDeadline_ButAnAuthenticatedOneStaysOpen()
    {
        await using var host = await ListenerHost.StartAsync(configure: o => o.UnauthenticatedTimeoutSeconds = 2);
        using var idle = await LoggerSocket.ConnectAsync(host.Port);
        using var trickle = await LoggerSocket.ConnectAsync(host.Port);
        using var device = await LoggerSocket.ConnectAsync(host.Port);
        await device.SendAsync(RealTime(2, "20250315093015", "20250315093015456"));
        Assert.Single(await device.ReadAnswersAsync(1, TimeSpan.FromSeconds(5)));
        var clock = Stopwatch.StartNew();

        // A byte now and then does not extend the deadline.
        var trickling = Task.Run(async () =>
        {
            for (var i = 0; i < 8; i++)
            {
                try
                {
                    await trickle.SendAsync("#"u8.ToArray());
                }
                catch (System.Net.Sockets.SocketException)
                {
                    return;
                }

                await Task.Delay(500);
            }
        });

        Assert.True(await idle.WaitClosedAsync(TimeSpan.FromSeconds(6)));
        Assert.True(await trickle.WaitClosedAsync(TimeSpan.FromSeconds(6)));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(4.5), $"closed after {clock.Elapsed}");
        await trickling;
        Assert.False(await device.WaitClosedAsync(TimeSpan.FromSeconds(1)));
        Assert.Equal(2, host.Snapshot.RejectionsByReason["unauthenticated-timeout"]);
    }
}
