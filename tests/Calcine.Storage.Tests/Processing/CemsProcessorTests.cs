using Calcine.Application.Cems.Processing;
using Calcine.Domain.Cems.Processing;
using Calcine.Storage.Cems;
using Calcine.TestKit.Databases;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Calcine.Storage.Tests.Processing;

/// <summary>Packets to derived minutes, hours and days on both databases.</summary>
public class CemsProcessorTests
{
    private static readonly DateTime Hour0 = new(2025, 3, 15, 1, 0, 0, DateTimeKind.Utc);

    public static TheoryData<string> Providers() => TestDatabase.Providers();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Process_RealTimePackets_GiveMinutesAndAnO2CorrectedHour(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var fx = await ProcessingFixture.CreateAsync(db);
        var frames = new List<IncomingFrame>();
        var expectedCorrected = new List<double>();
        for (var m = 0; m < 60; m++)
        {
            // Two real-time packets a minute, as a logger with a 30 s interval sends them.
            double pmA = 3 + (m % 7), pmB = 4 + (m % 5), o2A = 10 + (m % 3), o2B = 11;
            frames.Add(fx.RealTime(Hour0.AddMinutes(m), pmA, o2A));
            frames.Add(fx.RealTime(Hour0.AddMinutes(m).AddSeconds(30), pmB, o2B));
            expectedCorrected.Add((pmA + pmB) / 2 * (21 - 10) / (21 - ((o2A + o2B) / 2)));
        }

        await fx.WriteAsync([.. frames]);
        var outcome = await fx.ProcessAsync();

        Assert.Equal(120, outcome.FramesRead);
        Assert.Equal(60, outcome.MinutesWritten);
        await using var context = db.CreateContext();
        var pm = await context.CemsHours.SingleAsync(h => h.Channel == (byte)MinuteChannel.Pm);
        Assert.Equal("valid", pm.Status);
        Assert.Equal("N", pm.Flag);
        Assert.Equal(60, pm.ValidMinutes);
        Assert.Equal(expectedCorrected.Average(), pm.Converted!.Value, 1e-9);
        var so2 = await context.CemsHours.SingleAsync(h => h.Channel == (byte)MinuteChannel.So2);
        // 10 ppm SO2 is 10 × 64.066 / 22.4 mg/m3 before the O2 correction.
        Assert.Equal(10 * 64.066 / 22.4, so2.Measured!.Value, 1e-9);
        var minute = await context.CemsMinutes.SingleAsync(m => m.MinuteUtc == Hour0);
        Assert.Equal(MinuteDerivation.RealTimeCn, minute.SourceCn);
        var readings = MinuteRecordCodec.Decode(minute.Data);
        Assert.Equal(3.5, readings.Single(r => r.Channel == MinuteChannel.Pm).Value, 1e-12);
        Assert.Equal(10.5, readings.Single(r => r.Channel == MinuteChannel.O2).Value, 1e-12);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Process_MinutePacket_WinsOverRealTimeOfTheSameMinute(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var fx = await ProcessingFixture.CreateAsync(db);
        await fx.WriteAsync(fx.RealTime(Hour0, 100, 10), fx.MinutePacket(Hour0, 4, 10));

        await fx.ProcessAsync();

        await using var context = db.CreateContext();
        var minute = await context.CemsMinutes.SingleAsync();
        Assert.Equal(MinuteDerivation.MinuteCn, minute.SourceCn);
        Assert.Equal(4, MinuteRecordCodec.Decode(minute.Data).Single(r => r.Channel == MinuteChannel.Pm).Value);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Process_FortyValidMinutes_HourIsInvalidAndFlaggedD(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var fx = await ProcessingFixture.CreateAsync(db);
        await fx.WriteAsync([.. Enumerable.Range(0, 60).Select(m => fx.MinutePacket(Hour0.AddMinutes(m), 5, 10, m < 40 ? "N" : "C"))]);

        await fx.ProcessAsync();

        await using var context = db.CreateContext();
        var pm = await context.CemsHours.SingleAsync(h => h.Channel == (byte)MinuteChannel.Pm);
        Assert.Equal(("invalid", "D", (short)40, (double?)null), (pm.Status, pm.Flag, pm.ValidMinutes, pm.Converted));
        Assert.Equal(5, pm.Measured);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Process_MostlyStoppedHour_IsShutdown(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var fx = await ProcessingFixture.CreateAsync(db);
        await fx.WriteAsync([.. Enumerable.Range(0, 60).Select(m => fx.MinutePacket(Hour0.AddMinutes(m), 0.5, 20.5, m < 35 ? "F" : "N"))]);

        await fx.ProcessAsync();

        await using var context = db.CreateContext();
        var pm = await context.CemsHours.SingleAsync(h => h.Channel == (byte)MinuteChannel.Pm);
        Assert.Equal(("shutdown", "F"), (pm.Status, pm.Flag));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Process_LatePacket_RecomputesItsMinuteAndHourOnly(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var fx = await ProcessingFixture.CreateAsync(db);
        await fx.WriteAsync([.. Enumerable.Range(0, 59).Select(m => fx.MinutePacket(Hour0.AddMinutes(m), 6, 10))]);
        await fx.ProcessAsync();
        await fx.WriteAsync(fx.MinutePacket(Hour0.AddMinutes(59), 66, 10));

        var second = await fx.ProcessAsync();
        var third = await fx.ProcessAsync();

        Assert.Equal((1, 1, 2), (second.FramesRead, second.MinutesWritten, second.HoursWritten));
        Assert.Equal(0, third.FramesRead);
        await using var context = db.CreateContext();
        Assert.Equal(60, await context.CemsMinutes.CountAsync());
        var pm = await context.CemsHours.SingleAsync(h => h.Channel == (byte)MinuteChannel.Pm);
        Assert.Equal(((59 * 6) + 66) / 60.0, pm.Converted!.Value, 1e-9);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Process_UnsettledFrame_WaitsAndTheFramesAfterItWaitWithIt(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var fx = await ProcessingFixture.CreateAsync(db);
        // Received 3 s after their data time, committed in this order: minute 0, minute 5, minute 1.
        await fx.WriteAsync(fx.MinutePacket(Hour0, 5, 10));
        await fx.WriteAsync(fx.MinutePacket(Hour0.AddMinutes(5), 5, 10));
        await fx.WriteAsync(fx.MinutePacket(Hour0.AddMinutes(1), 5, 10));
        var options = new ProcessingOptions { SettleSeconds = 90 };

        var early = await fx.ProcessAtAsync(Hour0.AddMinutes(4), options);
        var later = await fx.ProcessAtAsync(Hour0.AddMinutes(7), options);

        Assert.Equal((1, 1), (early.FramesRead, early.MinutesWritten));
        Assert.Equal((2, 2), (later.FramesRead, later.MinutesWritten));
        await using var context = db.CreateContext();
        Assert.Equal(3, await context.CemsMinutes.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Process_LoggerHourPacket_IsKeptBesideTheRecomputedValue(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var fx = await ProcessingFixture.CreateAsync(db);
        await fx.WriteAsync([.. Enumerable.Range(0, 60).Select(m => fx.MinutePacket(Hour0.AddMinutes(m), 5, 10)), fx.HourPacket(Hour0, 5.4)]);

        await fx.ProcessAsync();

        await using var context = db.CreateContext();
        var pm = await context.CemsHours.SingleAsync(h => h.Channel == (byte)MinuteChannel.Pm);
        Assert.Equal((5.0, 5.4), (pm.Converted!.Value, pm.LoggerValue!.Value));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Process_DayWithTwentyValidHours_IsValid_NineteenIsNot(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var fx = await ProcessingFixture.CreateAsync(db);
        // Local day 2025-03-16 (UTC+8) starts at 2025-03-15T16:00Z. Day one: 20 valid hours; day two: 19.
        var dayOne = new DateTime(2025, 3, 15, 16, 0, 0, DateTimeKind.Utc);
        var frames = new List<IncomingFrame>();
        foreach (var (start, validHours) in new[] { (dayOne, 20), (dayOne.AddDays(1), 19) })
        {
            for (var h = 0; h < 24; h++)
            {
                for (var m = 0; m < 60; m++)
                {
                    frames.Add(fx.MinutePacket(start.AddHours(h).AddMinutes(m), h + 1, 10, h < validHours ? "N" : "D"));
                }
            }
        }

        await fx.WriteAsync([.. frames]);
        await fx.ProcessAsync(new ProcessingOptions { MaxFramesPerPass = 100_000, MaxMinutesPerPass = 100_000 });

        await using var context = db.CreateContext();
        var days = await context.CemsDays.Where(d => d.Channel == (byte)MinuteChannel.Pm).OrderBy(d => d.Day).ToListAsync();
        Assert.Equal([new DateOnly(2025, 3, 16), new DateOnly(2025, 3, 17)], days.Select(d => d.Day));
        Assert.Equal(("valid", (short)20, 10.5), (days[0].Status, days[0].ValidHours, days[0].Converted!.Value));
        // 19 of 24 hours normal is over 75 %, so the flag stays N, yet m ≥ 20 is not met: no daily mean.
        Assert.Equal(("invalid", "N", (double?)null), (days[1].Status, days[1].Flag, days[1].Converted));
        Assert.Equal("N", days[0].Flag);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Process_StackWithoutChannels_IsCountedAndNothingIsDerived(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var fx = await ProcessingFixture.CreateAsync(db, configured: false);
        await fx.WriteAsync(fx.MinutePacket(Hour0, 5, 10));

        var outcome = await fx.ProcessAsync();

        Assert.Equal((1, 0, 1), (outcome.FramesRead, outcome.MinutesWritten, outcome.UnconfiguredStacks));
        await using var context = db.CreateContext();
        Assert.Equal(0, await context.CemsMinutes.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Reprocess_AfterChannelsAreConfigured_DerivesTheStoredPackets(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var fx = await ProcessingFixture.CreateAsync(db, configured: false);
        await fx.WriteAsync([.. Enumerable.Range(0, 60).Select(m => fx.MinutePacket(Hour0.AddMinutes(m), 7, 10))]);
        await fx.ProcessAsync();
        await using (var context = db.CreateContext())
        {
            context.StackChannels.Add(new StackChannelEntity { StackId = fx.StackId, Pollutant = "pm", Unit = "mg/m3", Basis = "dry", ReferenceO2Percent = 10 });
            await context.SaveChangesAsync();
        }

        await using (var context = db.CreateContext())
        {
            var outcome = await new CemsProcessor(new ProcessingOptions()).ReprocessAsync(context, fx.StackId, Hour0, Hour0.AddHours(1), CancellationToken.None);
            Assert.Equal((60, 1), (outcome.MinutesWritten, outcome.HoursWritten));
        }

        await using var check = db.CreateContext();
        Assert.Equal(7, (await check.CemsHours.SingleAsync()).Converted);
    }

    [Fact]
    public async Task Process_Postgres_PutsMinutesInTheMonthsPartition()
    {
        if (!TestDatabase.PostgresConfigured)
        {
            return; // Runs wherever PostgreSQL is configured; scripts/test always configures it.
        }

        await using var db = await TestDatabase.CreateAsync("postgres");
        var fx = await ProcessingFixture.CreateAsync(db);
        await fx.WriteAsync(fx.MinutePacket(new DateTime(2025, 3, 31, 23, 59, 0, DateTimeKind.Utc), 5, 10), fx.MinutePacket(new DateTime(2025, 4, 1, 0, 0, 0, DateTimeKind.Utc), 5, 10));

        await fx.ProcessAsync();

        await using var connection = new NpgsqlConnection(db.Options.ConnectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT (SELECT count(*) FROM cems_minutes_y2025m03), (SELECT count(*) FROM cems_minutes_y2025m04), (SELECT count(*) FROM cems_minutes_default)", connection);
        await using var reader = await count.ExecuteReaderAsync();
        await reader.ReadAsync();
        Assert.Equal((1L, 1L, 0L), (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2)));
    }
}
