using Calcine.Domain.Cems;
using Calcine.Domain.Cems.Processing;
using Calcine.Storage.Cems;
using Calcine.Web.Tests.Platform;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Web.Tests.Stacks;

/// <summary>The demo platform (SQLite, or PostgreSQL in the subclass) with, on every demo plant's
/// stack, the day of <see cref="StacksFixture"/> (2025-03-10: an SO2 episode above the ULE target,
/// a NOx hour above GB 4915), and on NR-01 the last <see cref="RecentHours"/> hours up to now as
/// minutes and as the stored hours processing derives from them, the last three above the SO2
/// target (a running exceedance).</summary>
public class StackPagesFixture : IAsyncLifetime
{
    public const int RecentHours = 26;

    protected virtual DemoPlatformFixture CreateDemo() => new();

    public DemoPlatformFixture Demo { get; private set; } = null!;

    /// <summary>Stack id by plant code.</summary>
    public Dictionary<string, int> StackIds { get; } = [];

    /// <summary>The first of the recent hours on NR-01 (UTC).</summary>
    public DateTime RecentFromUtc { get; private set; }

    public async Task InitializeAsync()
    {
        Demo = CreateDemo();
        await Demo.InitializeAsync();
        await using var db = Demo.Database.CreateContext();
        foreach (var s in await db.Stacks.AsNoTracking().Where(s => s.PlantId != null).Select(s => new { s.Id, s.PlantCode }).ToListAsync())
        {
            StackIds[s.PlantCode!] = s.Id;
        }

        var minutes = new List<CemsMinuteEntity>();
        foreach (var id in StackIds.Values)
        {
            for (var m = 0; m < 1440; m++)
            {
                var hour = m / 60;
                minutes.Add(Row(id, StacksFixture.DayStartUtc.AddMinutes(m), so2: hour is >= 10 and < 13 ? 50 + (m % 7) : 20, nox: hour == 15 ? 450 : 40, flow: 100 + hour));
            }
        }

        var now = DateTime.UtcNow;
        var hourStart = new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerHour), DateTimeKind.Utc);
        RecentFromUtc = hourStart.AddHours(-RecentHours);
        var hours = new List<CemsHourEntity>();
        for (var h = 0; h < RecentHours; h++)
        {
            var hourUtc = RecentFromUtc.AddHours(h);
            var so2 = h >= RecentHours - 3 ? 60.0 : 20.0 + h;
            for (var m = 0; m < 60; m++)
            {
                minutes.Add(Row(StackIds["NR-01"], hourUtc.AddMinutes(m), so2, nox: 40, flow: 120 + h));
            }

            hours.Add(Hour(StackIds["NR-01"], MinuteChannel.Pm, hourUtc, 4));
            hours.Add(Hour(StackIds["NR-01"], MinuteChannel.So2, hourUtc, so2));
            hours.Add(Hour(StackIds["NR-01"], MinuteChannel.Nox, hourUtc, 40));
        }

        db.CemsMinutes.AddRange(minutes);
        db.CemsHours.AddRange(hours);
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Demo.DisposeAsync();

    private static CemsMinuteEntity Row(int stackId, DateTime utc, double so2, double nox, double flow) => new()
    {
        StackId = stackId,
        MinuteUtc = utc,
        SourceCn = 2051,
        // O2 at 10 % is the reference: the corrected values are the measured ones.
        Data = MinuteRecordCodec.Encode([
            new(MinuteChannel.O2, DataFlag.N, 10), new(MinuteChannel.Pm, DataFlag.N, 4),
            new(MinuteChannel.So2, DataFlag.N, so2), new(MinuteChannel.Nox, DataFlag.N, nox), new(MinuteChannel.Flow, DataFlag.N, flow)]),
    };

    private static CemsHourEntity Hour(int stackId, MinuteChannel channel, DateTime hourUtc, double value) => new()
    {
        StackId = stackId,
        Channel = (byte)channel,
        HourUtc = hourUtc,
        Flag = "N",
        Status = "valid",
        MinuteCount = 60,
        ValidMinutes = 60,
        Converted = value,
        Measured = value,
        O2 = 10,
    };
}

public sealed class PostgresStackPagesFixture : StackPagesFixture
{
    protected override DemoPlatformFixture CreateDemo() => new PostgresDemoPlatformFixture();
}
