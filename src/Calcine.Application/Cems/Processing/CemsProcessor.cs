using Calcine.Storage;
using Calcine.Storage.Cems;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Application.Cems.Processing;

/// <summary>Turns newly committed packets into derived minutes, hours and days. Every minute,
/// hour and day a new packet touches is recomputed whole from what is stored (so late and resent
/// packets land where they belong). All reading and arithmetic happen first, outside any
/// transaction; the rows are then replaced together with the read position in one short
/// transaction, so ingestion is never held up (SQLite has one writer) and a crash leaves either
/// the old derived values and position or the new ones. One processor runs per database.</summary>
public sealed class CemsProcessor(ProcessingOptions options)
{
    public async Task<ProcessingOutcome> ProcessNextAsync(CalcineDbContext db, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var last = (await db.CemsProcessingState.AsNoTracking().FirstOrDefaultAsync(s => s.Id == 1, cancellationToken))?.LastFrameId ?? 0;
        var read = await db.CemsFrames.AsNoTracking().Where(f => f.Id > last).OrderBy(f => f.Id).Take(options.MaxFramesPerPass)
            .Select(f => new { f.Id, f.DeviceId, f.DataTimeUtc, f.ReceivedUtc }).ToListAsync(cancellationToken);
        // Stop at the first unsettled frame rather than filtering in SQL: the read position must
        // never pass a frame that was skipped.
        var cutoff = nowUtc.AddSeconds(-options.SettleSeconds);
        var settled = read.FindIndex(f => f.ReceivedUtc > cutoff);
        var fresh = settled < 0 ? read : read[..settled];
        if (fresh.Count == 0)
        {
            return ProcessingOutcome.Nothing(last);
        }

        var deviceIds = fresh.Select(f => f.DeviceId).Distinct().ToList();
        var deviceStacks = await db.Devices.AsNoTracking().Where(d => deviceIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.StackId, cancellationToken);
        var touched = fresh.Where(f => deviceStacks.ContainsKey(f.DeviceId))
            .Select(f => (StackId: deviceStacks[f.DeviceId], Minute: DerivedPeriods.Floor(f.DataTimeUtc, DerivedPeriods.Minute))).ToHashSet();
        var lastId = fresh[^1].Id;
        var plan = await DerivedPlan.ComputeAsync(db, touched, options, cancellationToken);
        await WriteAsync(db, plan, lastId, cancellationToken);
        return plan.Outcome with { FramesRead = fresh.Count, LastFrameId = lastId };
    }

    /// <summary>Recomputes one stack over a UTC range, e.g. after its channel configuration changed.</summary>
    public async Task<ProcessingOutcome> ReprocessAsync(CalcineDbContext db, int stackId, DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken)
    {
        var devices = await db.Devices.AsNoTracking().Where(d => d.StackId == stackId).Select(d => d.Id).ToListAsync(cancellationToken);
        var times = await db.CemsFrames.AsNoTracking().Where(f => devices.Contains(f.DeviceId) && f.DataTimeUtc >= fromUtc && f.DataTimeUtc < toUtc)
            .Select(f => f.DataTimeUtc).ToListAsync(cancellationToken);
        var touched = times.Select(t => (StackId: stackId, Minute: DerivedPeriods.Floor(t, DerivedPeriods.Minute))).ToHashSet();
        var plan = await DerivedPlan.ComputeAsync(db, touched, options, cancellationToken);
        await WriteAsync(db, plan, null, cancellationToken);
        return plan.Outcome;
    }

    private static async Task WriteAsync(CalcineDbContext db, DerivedPlan plan, long? lastFrameId, CancellationToken cancellationToken)
    {
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var (stackId, minute) in plan.MinuteKeys)
        {
            await db.CemsMinutes.Where(m => m.StackId == stackId && m.MinuteUtc == minute).ExecuteDeleteAsync(cancellationToken);
        }

        foreach (var (stackId, hour) in plan.HourKeys)
        {
            await db.CemsHours.Where(h => h.StackId == stackId && h.HourUtc == hour).ExecuteDeleteAsync(cancellationToken);
        }

        foreach (var (stackId, day) in plan.DayKeys)
        {
            await db.CemsDays.Where(d => d.StackId == stackId && d.Day == day).ExecuteDeleteAsync(cancellationToken);
        }

        db.CemsMinutes.AddRange(plan.Minutes);
        db.CemsHours.AddRange(plan.Hours);
        db.CemsDays.AddRange(plan.Days);
        if (lastFrameId is { } id)
        {
            var state = await db.CemsProcessingState.FindAsync([1], cancellationToken)
                ?? db.CemsProcessingState.Add(new CemsProcessingStateEntity { Id = 1 }).Entity;
            state.LastFrameId = id;
            state.UpdatedUtc = DateTime.UtcNow;
        }

        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}
