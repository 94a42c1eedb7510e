using Calcine.Application.Cems.Compliance;
using Calcine.Application.Cems.Processing;
using Calcine.Storage;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Application.Cems.Stacks;

/// <summary>The figures of a stack's status line in <c>GET /api/stacks</c>.</summary>
public static class StackStatusReader
{
    private static readonly short[] DataCns = [MinuteDerivation.RealTimeCn, MinuteDerivation.MinuteCn, MinuteDerivation.HourCn];

    /// <summary>The data time of the newest packet of the stack's loggers: one index seek per logger and CN.</summary>
    public static async Task<DateTime?> LastPacketAsync(CalcineDbContext db, int stackId, CancellationToken ct)
    {
        var devices = await db.Devices.AsNoTracking().Where(d => d.StackId == stackId).Select(d => d.Id).ToListAsync(ct);
        DateTime? last = null;
        foreach (var device in devices)
        {
            foreach (var cn in DataCns)
            {
                var t = await db.CemsFrames.AsNoTracking().Where(f => f.DeviceId == device && f.Cn == cn)
                    .OrderByDescending(f => f.DataTimeUtc).Select(f => (DateTime?)f.DataTimeUtc).FirstOrDefaultAsync(ct);
                if (t is { } found && (last is null || found > last))
                {
                    last = DateTime.SpecifyKind(found, DateTimeKind.Utc);
                }
            }
        }

        return last;
    }

    /// <summary>Today's local day over its complete hours so far (the current hour is still filling).</summary>
    public static async Task<TodayQuality?> TodayAsync(StackComplianceService service, ComplianceStack stack, DateTime nowUtc, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(nowUtc + stack.UtcOffset);
        var hourStart = new DateTime(nowUtc.Ticks - (nowUtc.Ticks % TimeSpan.TicksPerHour), DateTimeKind.Utc);
        var report = await service.QualityAsync(stack, stack.UtcOf(today), hourStart, ct);
        var day = report?.Days.LastOrDefault(d => d.Date == today);
        return day is null ? null : new TodayQuality(StackQuery.Format(day.Date), day.Hours, day.ValidHours,
            day.ValidHours + day.InvalidHours == 0 ? null : (double)day.ValidHours / (day.ValidHours + day.InvalidHours),
            day.TransmissionRate, day.TransmissionValidRate);
    }

    /// <summary>Events still running at the latest complete stored hour (none when the stack has no rules).</summary>
    public static async Task<IReadOnlyList<ExceedanceView>> OpenExceedancesAsync(CalcineDbContext db, StackComplianceService service, ComplianceStack stack, CancellationToken ct)
    {
        var latest = await db.CemsMinutes.AsNoTracking().Where(m => m.StackId == stack.Id)
            .OrderByDescending(m => m.MinuteUtc).Select(m => (DateTime?)m.MinuteUtc).FirstOrDefaultAsync(ct);
        if (latest is not { } minute || !stack.Settings.Resolve().Success)
        {
            return [];
        }

        // The hour holding the latest minute counts once its last minute is stored.
        var next = minute.Ticks + TimeSpan.TicksPerMinute;
        var end = new DateTime(next - (next % TimeSpan.TicksPerHour), DateTimeKind.Utc);
        var events = await service.EventsAsync(stack, end.AddDays(-1), end, ct);
        if (!events.Success)
        {
            return [];
        }

        var open = events.Value.Where(e => e.End.UtcTicks == end.Ticks).ToList();
        if (open.Count == 0)
        {
            return [];
        }

        var explained = await new ExceedanceExplanations(db).PairAsync(stack.Id, open, open.Min(e => e.Start.UtcDateTime), end, ct);
        return [.. explained.Events.Select(p => StackViews.View(p.Event, p.Explanation))];
    }
}
