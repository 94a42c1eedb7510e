using Calcine.Application.Cems.Processing;
using Calcine.Domain.Cems;
using Calcine.Domain.Cems.Processing;
using Calcine.Storage.Cems;
using Calcine.TestKit.Databases;
using Microsoft.EntityFrameworkCore;
using static Calcine.Ingestion.Tests.Listener.ListenerPackets;

namespace Calcine.Ingestion.Tests.Listener;

/// <summary>Impossible numbers and DataTimes are stored as sent but never become valid minutes.</summary>
public class ImpossibleReadingsTests
{
    public static TheoryData<string> Providers() => TestDatabase.Providers();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ImpossibleValuesAndDataTimes_AreStoredAndAnswered_ButMakeNoValidMinute(string provider)
    {
        await using var host = await ListenerHost.StartAsync(provider);
        using var logger = await LoggerSocket.ConnectAsync(host.Port);
        var minute = DateTime.UtcNow.AddMinutes(-30);
        minute = new DateTime(minute.Year, minute.Month, minute.Day, minute.Hour, minute.Minute, 0, DateTimeKind.Utc);
        var huge = "1" + new string('0', 300); // 1e300 written out: a decimal the parser accepts
        var impossible = $"a34013-Rtd=-5,a34013-Flag=N;a21026-Rtd={huge},a21026-Flag=N;a21002-Rtd=40.5,a21002-Flag=N;a19001-Rtd=11.2,a19001-Flag=N";

        await logger.SendAsync(RealTime(1, DataTime(minute), "20250315093015001", values: impossible));
        await logger.SendAsync(RealTime(1, DataTime(minute.AddMinutes(1)), "20250315093015002"));
        await logger.SendAsync(RealTime(1, "19000101000000", "20250315093015003"));
        await logger.SendAsync(RealTime(1, "20990101000000", "20250315093015004"));
        var answers = await logger.ReadAnswersAsync(4, TimeSpan.FromSeconds(10));
        await host.ProcessAllAsync();

        Assert.Equal(4, answers.Count(a => a.Cn == "9014")); // stored, so answered
        Assert.Equal(2, host.Snapshot.FlaggedByReason["data-time-outside-window"]);
        await using var db = host.Database.CreateContext();
        Assert.Equal(4, await db.CemsFrames.CountAsync());
        var minutes = await db.CemsMinutes.AsNoTracking().OrderBy(m => m.MinuteUtc).ToListAsync();
        Assert.Equal([minute, minute.AddMinutes(1)], minutes.Select(m => m.MinuteUtc));
        var bad = MinuteRecordCodec.Decode(minutes[0].Data).ToDictionary(r => r.Channel);
        Assert.Equal(DataFlag.D, bad[MinuteChannel.Pm].Flag);
        Assert.True(double.IsNaN(bad[MinuteChannel.Pm].Value));
        Assert.Equal(DataFlag.D, bad[MinuteChannel.So2].Flag);
        Assert.True(double.IsNaN(bad[MinuteChannel.So2].Value));
        Assert.Equal((DataFlag.N, 40.5), (bad[MinuteChannel.Nox].Flag, bad[MinuteChannel.Nox].Value));
        Assert.All(MinuteRecordCodec.Decode(minutes[1].Data), r => Assert.Equal(DataFlag.N, r.Flag));
    }

    [Theory]
    [InlineData(MinuteChannel.So2, -0.5, true)]   // zero drift
    [InlineData(MinuteChannel.So2, -5, false)]
    [InlineData(MinuteChannel.Pm, 1e300, false)]
    [InlineData(MinuteChannel.Nox, 100_000, true)]
    [InlineData(MinuteChannel.Nox, 100_001, false)]
    [InlineData(MinuteChannel.O2, 150, false)]
    [InlineData(MinuteChannel.Moisture, -3, false)]
    [InlineData(MinuteChannel.Temperature, -40, true)] // no bound: cold stacks exist
    [InlineData(MinuteChannel.Pressure, -0.47, true)]
    [InlineData(MinuteChannel.Nh3, double.PositiveInfinity, false)]
    public void ReadingBounds_JudgeEachChannel(MinuteChannel channel, double value, bool inside)
    {
        var bounds = new ReadingBounds();
        var applied = bounds.Apply(new ChannelReading(channel, value, DataFlag.N));

        Assert.Equal(inside, bounds.Contains(channel, value));
        Assert.Equal(inside ? DataFlag.N : DataFlag.D, applied.Flag);
    }

    [Fact]
    public void ReadingBounds_MaximumIsConfigurablePerPollutant_AndAStoppedChannelStaysStopped()
    {
        var bounds = new ReadingBounds();
        bounds.MaxConcentration["so2"] = 2_000;

        Assert.False(bounds.Contains(MinuteChannel.So2, 2_500));
        Assert.True(bounds.Contains(MinuteChannel.Nox, 2_500));
        Assert.Equal(DataFlag.F, bounds.Apply(new ChannelReading(MinuteChannel.So2, -50, DataFlag.F)).Flag);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(14, true)]          // a logger clock a little fast
    [InlineData(16, false)]
    [InlineData(-60 * 24 * 3660, true)]  // an archive replayed ten years on
    [InlineData(-60 * 24 * 3661, false)]
    public void DataTimeWindow_IsJudgedAgainstTheReceiveTime(int minutesFromReceipt, bool inside)
    {
        var received = new DateTime(2026, 12, 7, 12, 0, 0, DateTimeKind.Utc);
        Assert.Equal(inside, new DataTimeWindow().Contains(received.AddMinutes(minutesFromReceipt), received));
    }
}
