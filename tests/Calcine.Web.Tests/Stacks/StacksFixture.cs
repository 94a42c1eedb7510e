using Calcine.Domain.Cems;
using Calcine.Domain.Cems.Processing;
using Calcine.Storage.Cems;
using Calcine.Web.Tests.Platform;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Web.Tests.Stacks;

/// <summary>The demo platform with a day of stored minutes on every demo plant's stack (one SO2
/// episode above the ULE target, one NOx hour above GB 4915), and the last three hours of the
/// NR-01 stack above the SO2 target, so it has an open exceedance.</summary>
public sealed class StacksFixture : IAsyncLifetime
{
    /// <summary>2025-03-10 local (+08:00).</summary>
    public static readonly DateTime DayStartUtc = new(2025, 3, 9, 16, 0, 0, DateTimeKind.Utc);

    /// <summary>The SO2 episode: local 10:00 to 13:00, above 35 mg/m3.</summary>
    public static readonly DateTime So2EventStartUtc = DayStartUtc.AddHours(10);

    public DemoPlatformFixture Demo { get; } = new();

    /// <summary>Stack id by plant code.</summary>
    public Dictionary<string, int> StackIds { get; } = [];

    public async Task InitializeAsync()
    {
        await Demo.InitializeAsync();
        await using var db = Demo.Database.CreateContext();
        var stacks = await db.Stacks.AsNoTracking().Where(s => s.PlantId != null).Select(s => new { s.Id, s.PlantCode }).ToListAsync();
        foreach (var s in stacks)
        {
            StackIds[s.PlantCode!] = s.Id;
        }

        var rows = new List<CemsMinuteEntity>();
        foreach (var id in StackIds.Values)
        {
            for (var m = 0; m < 1440; m++)
            {
                var hour = m / 60;
                rows.Add(Row(id, DayStartUtc.AddMinutes(m), so2: hour is >= 10 and < 13 ? 50 + (m % 7) : 20, nox: hour == 15 ? 450 : 40));
            }
        }

        var now = DateTime.UtcNow;
        var hourStart = new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerHour), DateTimeKind.Utc);
        for (var m = -180; m < 0; m++)
        {
            rows.Add(Row(StackIds["NR-01"], hourStart.AddMinutes(m), so2: 60, nox: 40));
        }

        db.CemsMinutes.AddRange(rows);
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Demo.DisposeAsync();

    private static CemsMinuteEntity Row(int stackId, DateTime utc, double so2, double nox) => new()
    {
        StackId = stackId,
        MinuteUtc = utc,
        SourceCn = 2051,
        // O2 at 10 % is the reference: the corrected values are the measured ones.
        Data = MinuteRecordCodec.Encode([
            new(MinuteChannel.O2, DataFlag.N, 10), new(MinuteChannel.Pm, DataFlag.N, 4),
            new(MinuteChannel.So2, DataFlag.N, so2), new(MinuteChannel.Nox, DataFlag.N, nox)]),
    };
}
