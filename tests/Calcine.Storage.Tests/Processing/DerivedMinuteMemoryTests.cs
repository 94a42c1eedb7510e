using Calcine.Application.Cems.Processing;
using Calcine.Domain.Cems.Processing;
using Calcine.Storage.Cems;
using Calcine.TestKit.Databases;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Storage.Tests.Processing;

/// <summary>A processor kept between passes leaves alone minutes it already derived from all their
/// packets, and the tables end exactly as a processor without that memory leaves them.</summary>
public class DerivedMinuteMemoryTests
{
    private static readonly DateTime Hour0 = new(2025, 3, 15, 1, 0, 0, DateTimeKind.Utc);

    public static TheoryData<string> Providers() => TestDatabase.Providers();

    private static async Task<string> SnapshotAsync(TestDatabase db)
    {
        await using var context = db.CreateContext();
        var minutes = await context.CemsMinutes.AsNoTracking().OrderBy(m => m.MinuteUtc).ToListAsync();
        var hours = await context.CemsHours.AsNoTracking().OrderBy(h => h.Channel).ThenBy(h => h.HourUtc).ToListAsync();
        var days = await context.CemsDays.AsNoTracking().OrderBy(d => d.Channel).ThenBy(d => d.Day).ToListAsync();
        return string.Join("\n", minutes.Select(m => $"{m.MinuteUtc:O} {m.SourceCn} {Convert.ToHexString(m.Data)}")
            .Concat(hours.Select(h => $"{h.Channel} {h.HourUtc:O} {h.Flag} {h.Status} {h.MinuteCount} {h.ValidMinutes} {h.Converted:R} {h.Measured:R} {h.O2:R} {h.LoggerValue:R}"))
            .Concat(days.Select(d => $"{d.Channel} {d.Day} {d.Flag} {d.Status} {d.ValidHours} {d.Converted:R}")));
    }

    /// <summary>Two real-time packets a second minute by minute for <paramref name="minutes"/> minutes, all stored at once.</summary>
    private static IncomingFrame[] Packets(ProcessingFixture fx, int minutes) =>
        [.. Enumerable.Range(0, minutes * 2).Select(i => fx.RealTime(Hour0.AddSeconds(30 * i), 3 + (i % 7), 10 + (i % 3), so2Ppm: 8 + (i % 5)))];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Process_MinuteSpreadOverPasses_IsDerivedOnceAndEndsAsWithoutMemory(string provider)
    {
        await using var withMemory = await TestDatabase.CreateAsync(provider);
        await using var without = await TestDatabase.CreateAsync(provider);
        var fx = await ProcessingFixture.CreateAsync(withMemory);
        var reference = await ProcessingFixture.CreateAsync(without);
        await fx.WriteAsync(Packets(fx, 3));
        await reference.WriteAsync(Packets(reference, 3));
        var options = new ProcessingOptions { MaxFramesPerPass = 1 };
        var processor = new CemsProcessor(options);

        var outcomes = new List<ProcessingOutcome>();
        while ((await fx.ProcessWithAsync(processor)) is { FramesRead: > 0 } outcome)
        {
            outcomes.Add(outcome);
        }

        while ((await reference.ProcessAsync(options)).FramesRead > 0)
        {
        }

        // Six packets, one a pass: the first of each minute derives it, the second finds nothing new.
        Assert.Equal([1, 0, 1, 0, 1, 0], outcomes.Select(o => o.MinutesWritten));
        Assert.Equal([2, 0, 2, 0, 2, 0], outcomes.Select(o => o.HoursWritten));
        Assert.Equal(await SnapshotAsync(without), await SnapshotAsync(withMemory));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Process_MoreMinutesThanTheCap_SpreadsThemOverPassesAndEndsAsOnePass(string provider)
    {
        await using var capped = await TestDatabase.CreateAsync(provider);
        await using var whole = await TestDatabase.CreateAsync(provider);
        var fx = await ProcessingFixture.CreateAsync(capped);
        var reference = await ProcessingFixture.CreateAsync(whole);
        await fx.WriteAsync(Packets(fx, 30));
        await reference.WriteAsync(Packets(reference, 30));
        var processor = new CemsProcessor(new ProcessingOptions { MaxMinutesPerPass = 7 });

        var outcomes = new List<ProcessingOutcome>();
        while ((await fx.ProcessWithAsync(processor)) is { FramesRead: > 0 } outcome)
        {
            outcomes.Add(outcome);
        }

        await reference.ProcessAsync(new ProcessingOptions { MaxMinutesPerPass = 1_000 });

        // Two packets a minute: a pass ends before the first packet of its eighth new minute.
        Assert.Equal([7, 7, 7, 7, 2], outcomes.Select(o => o.MinutesWritten));
        Assert.Equal([14, 14, 14, 14, 4], outcomes.Select(o => o.FramesRead));
        Assert.Equal(await SnapshotAsync(whole), await SnapshotAsync(capped));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Process_PacketStoredAfterItsMinuteWasDerived_RecomputesTheMinute(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var fx = await ProcessingFixture.CreateAsync(db);
        var processor = new CemsProcessor(new ProcessingOptions());
        await fx.WriteAsync(fx.MinutePacket(Hour0, 4, 10));
        await fx.ProcessWithAsync(processor);
        // The 2051 packet wins over real-time packets, so a late one changes the minute.
        await fx.WriteAsync(fx.RealTime(Hour0.AddSeconds(20), 9, 10));
        await fx.ProcessWithAsync(processor);

        await fx.WriteAsync(fx.HourPacket(Hour0, 4.4));
        var late = await fx.ProcessWithAsync(processor);

        Assert.Equal((1, 2), (late.MinutesWritten, late.HoursWritten));
        await using var context = db.CreateContext();
        var pm = await context.CemsHours.SingleAsync(h => h.Channel == (byte)MinuteChannel.Pm);
        Assert.Equal(4.4, pm.LoggerValue);
        var minute = MinuteRecordCodec.Decode((await context.CemsMinutes.SingleAsync()).Data);
        Assert.Equal(4, minute.Single(r => r.Channel == MinuteChannel.Pm).Value);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Process_ConfigurationChangedBetweenPasses_RecomputesTheMinute(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var fx = await ProcessingFixture.CreateAsync(db);
        var processor = new CemsProcessor(new ProcessingOptions { MaxFramesPerPass = 1 });
        await fx.WriteAsync(fx.RealTime(Hour0, 3, 10, so2Ppm: 10), fx.RealTime(Hour0.AddSeconds(30), 3, 10, so2Ppm: 10));
        await fx.ProcessWithAsync(processor);
        await using (var context = db.CreateContext())
        {
            // SO2 was configured in ppm; the analyser reports mg/m3 after all.
            await context.StackChannels.Where(c => c.Pollutant == "so2").ExecuteUpdateAsync(s => s.SetProperty(c => c.Unit, "mg/m3"));
        }

        var second = await fx.ProcessWithAsync(processor);

        Assert.Equal(1, second.MinutesWritten);
        await using var check = db.CreateContext();
        var minute = MinuteRecordCodec.Decode((await check.CemsMinutes.SingleAsync()).Data);
        Assert.Equal(10, minute.Single(r => r.Channel == MinuteChannel.So2).Value, 1e-12);
    }
}
