using System.Globalization;
using Calcine.Application.Cems.Simulation;
using Calcine.TestKit.Databases;
using Calcine.TestKit.Platform;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Web.Tests;

/// <summary>Kill the server (SIGKILL) while a fleet sends, restart it, and prove that every packet
/// answered before the kill is stored exactly once — on SQLite and on PostgreSQL.</summary>
public class DurabilityTests
{
    public static TheoryData<string> Providers() => TestDatabase.Providers();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task KillDuringLoad_EveryAnsweredPacket_IsStoredExactlyOnce(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ackLog = Path.Combine(Path.GetTempPath(), $"calcine-acks-{Guid.NewGuid():N}.csv");
        var hj212Port = PlatformProcess.FreePort();
        var fleet = new SimulationOptions
        {
            Host = "127.0.0.1",
            Port = hj212Port,
            Password = PlatformProcess.DevicePassword,
            Devices = 40,
            FramesPerSecondPerDevice = 20,
            Duration = TimeSpan.FromSeconds(4),
            AnswerTimeout = TimeSpan.FromSeconds(1),
            Retries = 0,
            AckLogPath = ackLog,
        };
        try
        {
            var platform = await PlatformProcess.StartAsync(db.Options, hj212Port);
            var sending = new AnalyserFleet(fleet).RunAsync(CancellationToken.None);
            await WaitForAnswersAsync(ackLog, 300, TimeSpan.FromSeconds(20));
            platform.Kill();
            var beforeKill = await sending;
            await platform.DisposeAsync();

            var answered = File.ReadAllLines(ackLog).ToHashSet();
            Assert.True(answered.Count > 100, $"only {answered.Count} packets were answered before the kill");
            Assert.True(beforeKill.Unacknowledged > 0, "the kill should have left packets unanswered");

            // Restart and resend everything from the start, as devices do after a reconnect.
            await using var restarted = await PlatformProcess.StartAsync(db.Options, hj212Port);
            var lastAnswered = answered.Max(a => DateTime.ParseExact(a[(a.IndexOf(',', StringComparison.Ordinal) + 1)..], "yyyyMMddHHmmss", CultureInfo.InvariantCulture));
            var perDevice = (int)(lastAnswered - fleet.FirstDataTime).TotalSeconds + 1;
            var resend = await new AnalyserFleet(fleet with { Duration = TimeSpan.FromSeconds(perDevice / 100.0), FramesPerSecondPerDevice = 100, AckLogPath = null, AnswerTimeout = TimeSpan.FromSeconds(10), Retries = 3 })
                .RunAsync(CancellationToken.None);
            Assert.Equal(0, resend.Unacknowledged);

            await using var context = db.CreateContext();
            var stored = await context.CemsFrames.Join(context.Devices, f => f.DeviceId, d => d.Id, (f, d) => new { d.Mn, f.DataTimeUtc, f.Cn, f.Part }).ToListAsync();
            var keys = stored.Select(s => $"{s.Mn},{s.DataTimeUtc.AddHours(8).ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)}").ToList();
            Assert.Equal(keys.Count, keys.Distinct().Count());
            Assert.Empty(answered.Except(keys));
        }
        finally
        {
            File.Delete(ackLog);
        }
    }

    private static async Task WaitForAnswersAsync(string ackLog, int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (File.Exists(ackLog) && File.ReadAllLines(ackLog).Length >= count)
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"fewer than {count} packets were answered within {timeout}");
    }
}
