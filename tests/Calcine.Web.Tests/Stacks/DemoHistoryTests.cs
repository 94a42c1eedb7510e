using System.Globalization;
using Calcine.Application.Cems.Processing;
using Calcine.Application.Cems.Simulation;
using Calcine.Domain.Cems;
using Calcine.Domain.Cems.Processing;
using Calcine.Storage.Cems;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Web.Tests.Stacks;

/// <summary>Demo:CemsHistoryDays: packets through the frame store, minutes, hours and days derived by
/// CEMS processing, planned exceedances visible in the stacks API, seeded once.</summary>
public abstract class DemoHistoryTests(DemoHistoryFixture fixture)
{
    private static readonly TimeSpan ChinaTime = TimeSpan.FromHours(8);

    private KilnHistory HistoryOf(int stackId) => KilnHistory.ForStack(DemoHistoryFixture.Seed, stackId, fixture.EndUtc, DemoHistoryFixture.Days, ChinaTime);

    [Fact]
    public void Seed_DaysZero_WritesNothing()
    {
        Assert.Equal((0, 0, 0), fixture.WithoutHistory);
    }

    [Fact]
    public void Seed_SecondStart_AddsNothing()
    {
        Assert.True(fixture.AfterSeeding.Frames > 0);
        Assert.Equal(fixture.AfterSeeding, fixture.AfterSecondStart);
    }

    [Fact]
    public async Task Seed_TwoDays_EveryPlantStackHasTwoDaysOfMinutesLessTheGap()
    {
        await using var db = fixture.Database.CreateContext();

        Assert.Equal(5, fixture.StackIds.Count);
        foreach (var id in fixture.StackIds.Values)
        {
            var history = HistoryOf(id);
            var minutes = await db.CemsMinutes.AsNoTracking().Where(m => m.StackId == id).Select(m => m.MinuteUtc).ToListAsync();
            Assert.Equal(23, history.MissingMinutes);
            Assert.Equal((DemoHistoryFixture.Days * 1440) - 23, minutes.Count);
            Assert.Equal(fixture.EndUtc.AddDays(-DemoHistoryFixture.Days), minutes.Min());
            Assert.Equal(fixture.EndUtc.AddMinutes(-1), minutes.Max());
        }

        // Stacks without a plant get nothing.
        Assert.Equal(fixture.StackIds.Count, await db.CemsMinutes.Select(m => m.StackId).Distinct().CountAsync());
    }

    [Fact]
    public async Task Seed_SameSeedAndEnd_RegeneratesTheStoredPacketsAndProcessingHasReadThemAll()
    {
        var id = fixture.StackIds["NR-01"];
        await using var db = fixture.Database.CreateContext();
        var device = await db.Devices.AsNoTracking().Where(d => d.StackId == id).Select(d => d.Id).FirstAsync();

        var stored = await db.CemsFrames.AsNoTracking().Where(f => f.DeviceId == device).OrderBy(f => f.DataTimeUtc)
            .Select(f => new { f.Cn, f.DataTimeUtc, f.Cp }).ToListAsync();
        var state = await db.CemsProcessingState.AsNoTracking().SingleAsync();

        var expected = HistoryOf(id).Packets().Select(p => (MinuteDerivation.MinuteCn, p.MinuteLocal - ChinaTime, p.Cp)).ToList();
        Assert.Equal(expected, stored.Select(f => (f.Cn, f.DataTimeUtc, f.Cp)).ToList());
        Assert.Equal(await db.CemsFrames.MaxAsync(f => f.Id), state.LastFrameId);
    }

    [Fact]
    public async Task Seed_CalibrationMinutes_AreStoredWithFlagC()
    {
        var id = fixture.StackIds["LS-01"];
        var calibration = HistoryOf(id).Episodes.First(e => e.Kind == HistoryEpisodeKind.Calibration && e.EndLocal <= HistoryOf(id).EndLocal);
        await using var db = fixture.Database.CreateContext();

        var at = DateTime.SpecifyKind(calibration.StartLocal.AddMinutes(5) - ChinaTime, DateTimeKind.Utc);
        var minute = await db.CemsMinutes.AsNoTracking().SingleAsync(m => m.StackId == id && m.MinuteUtc == at);

        var readings = MinuteRecordCodec.Decode(minute.Data);
        Assert.Equal(DataFlag.C, readings.Single(r => r.Channel == MinuteChannel.So2).Flag);
        Assert.Contains(readings, r => r.Channel == MinuteChannel.Temperature);
    }

    [Fact]
    public async Task Seed_DerivedHoursAndDays_EqualProcessingTheWholeHistoryAgain()
    {
        var id = fixture.StackIds["NR-02"];
        await using var db = fixture.Database.CreateContext();
        var before = await HoursAndDaysAsync(db, id);

        await new CemsProcessor(new ProcessingOptions()).ReprocessAsync(db, id, fixture.EndUtc.AddDays(-DemoHistoryFixture.Days), fixture.EndUtc, CancellationToken.None);

        var after = await HoursAndDaysAsync(db, id);
        Assert.True(before.Hours.Count >= DemoHistoryFixture.Days * 24 * 4);
        Assert.Equal(after.Hours, before.Hours);
        Assert.Equal(after.Days, before.Days);
    }

    [Fact]
    public async Task Seed_PlannedExceedances_AreExactlyTheTargetEventsOfTheStacksApi()
    {
        using var admin = await fixture.SignedInAsync("platform-admin");
        var planned = 0;
        foreach (var id in fixture.StackIds.Values)
        {
            var history = HistoryOf(id);
            var from = DateOnly.FromDateTime(history.FirstMinuteLocal).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var to = DateOnly.FromDateTime(history.EndLocal).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

            var list = await admin.GetJsonAsync($"api/stacks/{id}/exceedances?from={from}&to={to}");

            var events = list.GetProperty("events").EnumerateArray().Where(e => e.GetProperty("against").GetString() == "target")
                .Select(e => (e.GetProperty("pollutant").GetString(), e.GetProperty("startUtc").GetDateTime().ToUniversalTime(), e.GetProperty("durationMinutes").GetInt32()))
                .Order().ToList();
            var expected = history.Episodes.Where(e => Key(e.Kind) is not null)
                .Select(e => (Key(e.Kind), DateTime.SpecifyKind(e.StartLocal - ChinaTime, DateTimeKind.Utc), (int)(e.EndLocal - e.StartLocal).TotalMinutes))
                .Order().ToList();
            Assert.Equal(expected, events);
            Assert.DoesNotContain(list.GetProperty("events").EnumerateArray(), e => e.GetProperty("against").GetString() == "standard");
            planned += expected.Count;
        }

        Assert.True(planned >= 3, $"{planned} exceedances planned over five stacks");
    }

    private static string? Key(HistoryEpisodeKind kind) => kind switch
    {
        HistoryEpisodeKind.So2AboveTarget => "so2",
        HistoryEpisodeKind.NoxAboveTarget => "nox",
        HistoryEpisodeKind.PmAboveTarget => "pm",
        _ => null,
    };

    private static async Task<(List<string> Hours, List<string> Days)> HoursAndDaysAsync(Calcine.Storage.CalcineDbContext db, int id)
    {
        var hours = await db.CemsHours.AsNoTracking().Where(h => h.StackId == id).ToListAsync();
        var days = await db.CemsDays.AsNoTracking().Where(d => d.StackId == id).ToListAsync();
        return ([.. hours.OrderBy(h => h.HourUtc).ThenBy(h => h.Channel).Select(h => string.Create(CultureInfo.InvariantCulture,
                    $"{h.HourUtc:O} {h.Channel} {h.Flag} {h.Status} {h.MinuteCount} {h.ValidMinutes} {h.Converted:R} {h.Measured:R} {h.O2:R} {h.LoggerValue:R}"))],
                [.. days.OrderBy(d => d.Day).ThenBy(d => d.Channel).Select(d => string.Create(CultureInfo.InvariantCulture,
                    $"{d.Day:O} {d.Channel} {d.Flag} {d.Status} {d.ValidHours} {d.Converted:R}"))]);
    }
}

/// <summary>DemoHistoryTests on the embedded default, SQLite.</summary>
public sealed class DemoHistoryTestsOnSqlite(DemoHistoryFixture fixture) : DemoHistoryTests(fixture), IClassFixture<DemoHistoryFixture>;

/// <summary>DemoHistoryTests on PostgreSQL.</summary>
public sealed class DemoHistoryTestsOnPostgres(PostgresDemoHistoryFixture fixture) : DemoHistoryTests(fixture), IClassFixture<PostgresDemoHistoryFixture>;
