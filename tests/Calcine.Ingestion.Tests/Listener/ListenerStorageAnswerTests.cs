using Calcine.Ingestion.Hj212;
using Calcine.TestKit.Databases;
using Microsoft.EntityFrameworkCore;
using static Calcine.Ingestion.Tests.Listener.ListenerPackets;

namespace Calcine.Ingestion.Tests.Listener;

/// <summary>An answer means the packet is stored: a 9014 only after its commit, a 9011 refusal for a
/// packet that cannot be stored, and a frame followed at once by FIN is still stored and answered.
/// Real sockets against the real listener, on both databases.</summary>
public class ListenerStorageAnswerTests
{
    public static TheoryData<string> Providers() => TestDatabase.Providers();

    /// <summary>DataTimes that name no instant: month 13, 30 February, zeros, 13 and 16 digits, a
    /// fraction, letters, none at all.</summary>
    public static readonly string[] UnrealDataTimes =
        ["20251301000000", "20250230120000", "00000000000000", "2025031509301", "2025031509301500", "20250315093015.5", "2025031509301X", ""];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task UnrealDataTime_IsRefusedWithQnRtn_NeverAcknowledged_NothingStored(string provider)
    {
        await using var host = await ListenerHost.StartAsync(provider);
        using var logger = await LoggerSocket.ConnectAsync(host.Port);

        for (var i = 0; i < UnrealDataTimes.Length; i++)
        {
            await logger.SendAsync(RealTime(1, UnrealDataTimes[i], $"2025031509301500{i}"));
        }

        await logger.SendAsync(RealTime(1, "20250315093015", "20250315093015999"));
        var answers = await logger.ReadAnswersAsync(UnrealDataTimes.Length + 1, TimeSpan.FromSeconds(15));

        Assert.Equal(UnrealDataTimes.Length + 1, answers.Count);
        for (var i = 0; i < UnrealDataTimes.Length; i++)
        {
            Assert.Equal(("9011", $"2025031509301500{i}", "2"), (answers[i].Cn, answers[i].Qn!, answers[i]["QnRtn"]));
        }

        Assert.Equal(("9014", "20250315093015999"), (answers[^1].Cn, answers[^1].Qn!));
        await using var db = host.Database.CreateContext();
        Assert.Equal(1, await db.CemsFrames.CountAsync());
        var status = host.Snapshot;
        Assert.Equal(1, status.Acknowledged);
        Assert.Equal(1, status.FramesStored);
        Assert.Equal(UnrealDataTimes.Length, status.RefusalsAnswered);
        Assert.Equal(UnrealDataTimes.Length, status.RejectionsByReason["bad-data-time"]);
    }

    [Fact]
    public async Task UnrealDataTime_SplitAtEveryOffset_IsAlwaysRefusedAndNeverStored()
    {
        // One device sends a few hundred packets at once here: lift its rate limit out of the way.
        await using var host = await ListenerHost.StartAsync(configure: o => o.PerDeviceFramesPerSecond = 10_000);
        using var logger = await LoggerSocket.ConnectAsync(host.Port);
        var frame = RealTime(1, "20250230120000", "20250315093015001");

        for (var at = 1; at < frame.Length; at++)
        {
            await logger.SendAsync(frame[..at]);
            await Task.Delay(1);
            await logger.SendAsync(frame[at..]);
        }

        var answers = await logger.ReadAnswersAsync(frame.Length - 1, TimeSpan.FromSeconds(30));
        Assert.Equal(frame.Length - 1, answers.Count);
        Assert.All(answers, a => Assert.Equal(("9011", "2"), (a.Cn, a["QnRtn"])));
        await using var db = host.Database.CreateContext();
        Assert.Equal(0, await db.CemsFrames.CountAsync());
        Assert.Equal(0, host.Snapshot.Acknowledged);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task FrameFollowedAtOnceByFin_IsStoredAndAnswered_EveryTime(string provider)
    {
        const int Tries = 30;
        await using var host = await ListenerHost.StartAsync(provider);
        var start = new DateTime(2025, 3, 15, 1, 0, 0, DateTimeKind.Utc);

        for (var i = 0; i < Tries; i++)
        {
            using var logger = await LoggerSocket.ConnectAsync(host.Port);
            // One send, then FIN straight away: the frame and the FIN often arrive in one read.
            await logger.SendAsync(RealTime(1 + (i % 3), DataTime(start.AddSeconds(i)), $"2025031509000{i:0000}"));
            logger.ShutdownSend();
            var answers = await logger.ReadAnswersAsync(1, TimeSpan.FromSeconds(10));
            var s = host.Snapshot;
            Assert.True(answers.Count == 1, $"try {i}: {answers.Count} answers, closed {logger.ClosedByServer}; received {s.FramesReceived}, stored {s.FramesStored}, acks {s.Acknowledged}, rejected {string.Join(",", s.RejectionsByReason)}");
            Assert.Equal(("9014", $"2025031509000{i:0000}"), (answers[0].Cn, answers[0].Qn!));
        }

        await using var db = host.Database.CreateContext();
        Assert.Equal(Tries, await db.CemsFrames.CountAsync());
        Assert.Equal(Tries, host.Snapshot.Acknowledged);
    }

    [Fact]
    public async Task FramesFollowedByFin_PeerGoneBeforeTheAnswer_AreStoredAndNoAckIsCounted()
    {
        await using var host = await ListenerHost.StartAsync();
        using (var logger = await LoggerSocket.ConnectAsync(host.Port))
        {
            await logger.SendAsync([.. RealTime(2, "20250315093000", "20250315093000001"), .. RealTime(2, "20250315093100", "20250315093100001")]);
            logger.ShutdownSend();
        }

        // The socket is closed before the answers could be read: storage must not depend on the peer.
        await using var db = host.Database.CreateContext();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (await db.CemsFrames.CountAsync() < 2 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.Equal(2, await db.CemsFrames.CountAsync());
        Assert.True(host.Snapshot.Acknowledged <= 2);
    }

    [Fact]
    public async Task HostileInput_IsRejectedWithoutAnAnswer_AndTheSessionStillServesValidPackets()
    {
        await using var host = await ListenerHost.StartAsync();
        using var logger = await LoggerSocket.ConnectAsync(host.Port);
        var valid = RealTime(3, "20250315093100", "20250315093100000");
        var badCrc = (byte[])valid.Clone();
        badCrc[^3] = badCrc[^3] == (byte)'0' ? (byte)'1' : (byte)'0';

        await logger.SendAsync("garbage\0\u00ff## ##12x4"u8.ToArray());
        await logger.SendAsync(badCrc);
        await logger.SendAsync([.. "##9999"u8, .. new byte[9999].Select(_ => (byte)'A'), .. "ABCD\r\n"u8]);
        await logger.SendAsync(valid[..40]); // truncated by the next frame's "##"
        await logger.SendAsync(Hj212FrameBuilder.Build($"QN=1;ST=31;CN=20x1;PW={ListenerHost.Password};MN={ListenerHost.Mn(3)};Flag=5;CP=&&DataTime=20250315093015&&"));
        await logger.SendAsync(valid);
        var answers = await logger.ReadAnswersAsync(2, TimeSpan.FromSeconds(10));

        Assert.Equal(2, answers.Count);
        Assert.Equal(("9011", "8"), (answers[0].Cn, answers[0]["QnRtn"])); // CN error: no CN to store it under
        Assert.Equal(("9014", "20250315093100000"), (answers[1].Cn, answers[1].Qn!));
        await using var db = host.Database.CreateContext();
        Assert.Equal(1, await db.CemsFrames.CountAsync());
    }
}
