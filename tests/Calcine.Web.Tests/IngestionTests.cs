using System.Text;
using Calcine.Application.Cems.Simulation;
using Calcine.Ingestion.Hj212;
using Calcine.TestKit.Databases;
using Calcine.TestKit.Platform;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Web.Tests;

/// <summary>The HJ 212 listener of the real host, over real sockets, on both databases.</summary>
public class IngestionTests
{
    public static TheoryData<string> Providers() => TestDatabase.Providers();

    private static byte[] Packet(int device, string dataTime, string qn, string password = PlatformProcess.DevicePassword, string flag = "5") =>
        Hj212FrameBuilder.Build($"QN={qn};ST=22;CN=2011;PW={password};MN={DemoDevice.Mn(device)};Flag={flag};CP=&&DataTime={dataTime};a21026-Rtd=11.8,a21026-ZsRtd=13.24,a21026-Flag=N&&");

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SimulatedFleet_EveryAnsweredPacket_IsStoredExactlyOnce(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var platform = await PlatformProcess.StartAsync(db.Options);

        var report = await new AnalyserFleet(new SimulationOptions
        {
            Host = "127.0.0.1",
            Port = platform.Hj212Port,
            Password = PlatformProcess.DevicePassword,
            Devices = 20,
            FramesPerSecondPerDevice = 10,
            // 800 packets offered; at least 300 must flow even while the other test assemblies load
            // both cores (2 s offered 400 and once delivered 296 under a full suite).
            Duration = TimeSpan.FromSeconds(4),
        }).RunAsync(CancellationToken.None);

        Assert.True(report.Sent >= 20 * 15, $"sent only {report.Sent}");
        Assert.Equal(report.Sent, report.Acknowledged);
        Assert.Equal(0, report.Unacknowledged);
        await using var context = db.CreateContext();
        Assert.Equal(report.Sent, await context.CemsFrames.LongCountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ResentPacket_IsStoredOnce_AndAnsweredEachTime(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var platform = await PlatformProcess.StartAsync(db.Options);
        await using var device = await RawDevice.ConnectAsync(platform.Hj212Port);
        var packet = Packet(1, "20250315093015", "20250315093015456");

        await device.SendAsync(packet);
        await device.SendAsync(packet);
        var answers = await device.ReadAnswersAsync(2, TimeSpan.FromSeconds(10));

        Assert.Equal(2, answers.Count);
        Assert.All(answers, a => Assert.Equal(("9014", "91", "20250315093015456", "4"), (a.Cn, a.St, a.Qn!, a.Flag?.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        await using var context = db.CreateContext();
        var stored = await context.CemsFrames.SingleAsync();
        Assert.Equal(new DateTime(2025, 3, 15, 1, 30, 15, DateTimeKind.Utc), stored.DataTimeUtc);
        Assert.Equal("DataTime=20250315093015;a21026-Rtd=11.8,a21026-ZsRtd=13.24,a21026-Flag=N", stored.Cp);
    }

    [Fact]
    public async Task UnknownMn_IsAnsweredLikeAWrongPassword_AndNothingIsStored()
    {
        await using var db = await TestDatabase.CreateAsync("sqlite");
        await using var platform = await PlatformProcess.StartAsync(db.Options);
        await using var device = await RawDevice.ConnectAsync(platform.Hj212Port);

        await device.SendAsync(Packet(5000, "20250315093015", "20250315093015456"));
        var answer = Assert.Single(await device.ReadAnswersAsync(1, TimeSpan.FromSeconds(10)));

        // The same answer as a wrong password (QnRtn 3): an "MN error" would tell a guesser which MNs exist.
        Assert.Equal("9011", answer.Cn);
        Assert.Equal("3", answer["QnRtn"]);
        await using var context = db.CreateContext();
        Assert.Equal(0, await context.CemsFrames.CountAsync());
    }

    [Fact]
    public async Task WrongPassword_IsAnsweredWithPasswordError_AndNothingIsStored()
    {
        await using var db = await TestDatabase.CreateAsync("sqlite");
        await using var platform = await PlatformProcess.StartAsync(db.Options);
        await using var device = await RawDevice.ConnectAsync(platform.Hj212Port);

        await device.SendAsync(Packet(1, "20250315093015", "20250315093015456", password: "000000"));
        var answer = Assert.Single(await device.ReadAnswersAsync(1, TimeSpan.FromSeconds(10)));

        Assert.Equal("9011", answer.Cn);
        Assert.Equal("3", answer["QnRtn"]);
        await using var context = db.CreateContext();
        Assert.Equal(0, await context.CemsFrames.CountAsync());
    }

    [Fact]
    public async Task HostileInput_IsRejected_AndTheSessionStillServesValidPackets()
    {
        await using var db = await TestDatabase.CreateAsync("sqlite");
        await using var platform = await PlatformProcess.StartAsync(db.Options);
        await using var device = await RawDevice.ConnectAsync(platform.Hj212Port);
        var valid = Packet(2, "20250315093100", "20250315093100000");
        var badCrc = (byte[])valid.Clone();
        badCrc[^3] = badCrc[^3] == (byte)'0' ? (byte)'1' : (byte)'0';
        var oversized = Encoding.ASCII.GetBytes("##9999" + new string('A', 9999) + "ABCD\r\n");

        await device.SendAsync(Encoding.ASCII.GetBytes("garbage\0\xff## ##12x4"));
        await device.SendAsync(badCrc);
        await device.SendAsync(oversized);
        await device.SendAsync(Packet(2, "20250315093000", "20250315093000000", flag: "4")); // no answer asked
        await device.SendAsync(valid);
        var answers = await device.ReadAnswersAsync(1, TimeSpan.FromSeconds(10));

        var answer = Assert.Single(answers);
        Assert.Equal("20250315093100000", answer.Qn);
        await using var context = db.CreateContext();
        Assert.Equal(2, await context.CemsFrames.CountAsync());
    }

    [Fact]
    public async Task PacketWithoutAckFlag_IsStored_ButNotAnswered()
    {
        await using var db = await TestDatabase.CreateAsync("sqlite");
        await using var platform = await PlatformProcess.StartAsync(db.Options);
        await using var device = await RawDevice.ConnectAsync(platform.Hj212Port);

        await device.SendAsync(Packet(3, "20250315093000", "20250315093000000", flag: "4"));
        var answers = await device.ReadAnswersAsync(1, TimeSpan.FromSeconds(2));

        Assert.Empty(answers);
        await using var context = db.CreateContext();
        Assert.Equal(1, await context.CemsFrames.CountAsync());
    }
}
