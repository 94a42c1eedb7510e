using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using static Calcine.Ingestion.Tests.Listener.ListenerPackets;

namespace Calcine.Ingestion.Tests.Listener;

/// <summary>Password guessing over real sockets: one answer and one timing for every failure, a
/// connection closed after a few, and a locked-out MN refused even with the right password.</summary>
public class ListenerGuessingTests
{
    private const int FailureDelayMs = 300;

    [Fact]
    public async Task ManyWrongPasswords_OnOneConnection_GetThreeSlowAnswersThenTheConnectionCloses()
    {
        await using var host = await ListenerHost.StartAsync();
        using var attacker = await LoggerSocket.ConnectAsync(host.Port);
        var guesses = Enumerable.Range(0, 5000).SelectMany(i => ForMn(ListenerHost.Mn(1), $"{i:000000}", $"2025031509301{i:0000}")).ToArray();
        var clock = Stopwatch.StartNew();

        try
        {
            await attacker.SendAsync(guesses);
        }
        catch (System.Net.Sockets.SocketException)
        {
            // The server may close before it has read all 5,000.
        }

        var answers = await attacker.ReadAnswersAsync(5000, TimeSpan.FromSeconds(10));

        Assert.Equal(3, answers.Count);
        Assert.All(answers, a => Assert.Equal(("9011", "3"), (a.Cn, a["QnRtn"])));
        Assert.True(attacker.ClosedByServer);
        Assert.True(clock.ElapsedMilliseconds >= FailureDelayMs, $"answered after {clock.ElapsedMilliseconds} ms");
        await using var db = host.Database.CreateContext();
        Assert.Equal(0, await db.CemsFrames.CountAsync());
    }

    [Fact]
    public async Task UnknownMnAndWrongPassword_GetTheSameAnswer_AfterTheSameDelay()
    {
        await using var host = await ListenerHost.StartAsync();
        // Warm up (JIT, first database connection) so the two timings measure the listener, not start-up.
        await TimedAnswerAsync(host, RealTime(1, "20250315093000", "20250315093000000"));
        await TimedAnswerAsync(host, ForMn("NOSUCHDEVICE000000000998", "000000", "20250315093015000"));
        var unknown = await TimedAnswerAsync(host, ForMn("NOSUCHDEVICE000000000999", "000000", "20250315093015001"));
        var wrong = await TimedAnswerAsync(host, ForMn(ListenerHost.Mn(2), "000000", "20250315093015001"));

        Assert.Equal((unknown.Answer.Cn, unknown.Answer.St, unknown.Answer["QnRtn"]), (wrong.Answer.Cn, wrong.Answer.St, wrong.Answer["QnRtn"]));
        Assert.Equal("3", wrong.Answer["QnRtn"]);
        Assert.InRange(unknown.Elapsed.TotalMilliseconds, FailureDelayMs - 5, FailureDelayMs + 250);
        Assert.InRange(wrong.Elapsed.TotalMilliseconds, FailureDelayMs - 5, FailureDelayMs + 250);
    }

    [Fact]
    public async Task LockedOutDevice_IsRefusedEvenWithTheRightPassword_AndNothingIsStored()
    {
        await using var host = await ListenerHost.StartAsync(configure: o =>
        {
            o.AuthLockoutThresholdPerDevice = 3;
            o.AuthLockoutBaseSeconds = 600;
        });

        for (var i = 0; i < 3; i++)
        {
            using var attacker = await LoggerSocket.ConnectAsync(host.Port, from: "127.0.0.3");
            await attacker.SendAsync(ForMn(ListenerHost.Mn(3), $"00000{i}", $"2025031509301500{i}"));
            Assert.Single(await attacker.ReadAnswersAsync(1, TimeSpan.FromSeconds(5)));
        }

        using var device = await LoggerSocket.ConnectAsync(host.Port, from: "127.0.0.4");
        await device.SendAsync(ForMn(ListenerHost.Mn(3), ListenerHost.Password, "20250315093015100"));
        var answer = Assert.Single(await device.ReadAnswersAsync(1, TimeSpan.FromSeconds(5)));

        Assert.Equal(("9011", "3"), (answer.Cn, answer["QnRtn"]));
        Assert.True(host.Snapshot.RejectionsByReason["locked-out"] >= 1);
        await using var db = host.Database.CreateContext();
        Assert.Equal(0, await db.CemsFrames.CountAsync());
    }

    private static async Task<(Calcine.Ingestion.Hj212.Hj212Packet Answer, TimeSpan Elapsed)> TimedAnswerAsync(ListenerHost host, byte[] packet)
    {
        using var logger = await LoggerSocket.ConnectAsync(host.Port);
        var clock = Stopwatch.StartNew();
        await logger.SendAsync(packet);
        var answer = Assert.Single(await logger.ReadAnswersAsync(1, TimeSpan.FromSeconds(5)));
        return (answer, clock.Elapsed);
    }
}
