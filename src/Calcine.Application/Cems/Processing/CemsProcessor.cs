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
    private readonly DerivedMinuteMemory memory = new();

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
        // The newest frame of each touched minute, to tell whether the minute has a frame it was not derived from.
        var newest = new Dictionary<(int StackId, DateTime Minute), long>();
        var toDerive = 0;
        var outsideWindow = 0;
        for (var i = 0; i < fresh.Count; i++)
        {
            var f = fresh[i];
            if (!deviceStacks.TryGetValue(f.DeviceId, out var stackId))
            {
                continue;
            }

            if (!options.DataTimeWindow.Contains(f.DataTimeUtc, f.ReceivedUtc))
            {
                // Stored for the record, but a DataTime in 1900 or 2099 touches no minute.
                outsideWindow++;
                continue;
            }

            var key = (stackId, DerivedPeriods.Floor(f.DataTimeUtc, DerivedPeriods.Minute));
            var seen = newest.TryGetValue(key, out var before);
            if (!memory.Read(key, f.Id) && !(seen && !memory.Read(key, before)))
            {
                // A minute this pass must derive. Past the cap, the pass ends before this frame: a
                // minute boundary of many live stacks is spread over several short passes instead of
                // one long one that would hold the cores (and the listener's acknowledgements) up.
                if (toDerive >= Math.Max(1, options.MaxMinutesPerPass))
                {
                    fresh = fresh[..i];
                    break;
                }

                toDerive++;
            }

            newest[key] = Math.Max(before, f.Id);
        }

        var lastId = fresh[^1].Id;

        // Read before the packets: every frame up to here is committed, so the plan reads all of them.
        var readUpTo = await db.CemsFrames.MaxAsync(f => (long?)f.Id, cancellationToken) ?? lastId;
        var plan = await DerivedPlan.ComputeAsync(db, [.. newest.Keys], options, (key, config) => memory.Covers(key, newest[key], config), cancellationToken);
        await WriteAsync(db, plan, lastId, cancellationToken);
        memory.Remember(plan.MinuteKeys, plan.Configs, readUpTo);
        return plan.Outcome with { FramesRead = fresh.Count, LastFrameId = lastId, FramesOutsideWindow = outsideWindow };
    }

    /// <summary>Recomputes one stack over a UTC range, e.g. after its channel configuration changed.</summary>
    public async Task<ProcessingOutcome> ReprocessAsync(CalcineDbContext db, int stackId, DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken)
    {
        var devices = await db.Devices.AsNoTracking().Where(d => d.StackId == stackId).Select(d => d.Id).ToListAsync(cancellationToken);
        var times = await db.CemsFrames.AsNoTracking().Where(f => devices.Contains(f.DeviceId) && f.DataTimeUtc >= fromUtc && f.DataTimeUtc < toUtc)
            .Select(f => f.DataTimeUtc).ToListAsync(cancellationToken);
        var touched = times.Select(t => (StackId: stackId, Minute: DerivedPeriods.Floor(t, DerivedPeriods.Minute))).ToHashSet();
        var plan = await DerivedPlan.ComputeAsync(db, touched, options, null, cancellationToken);
        await WriteAsync(db, plan, null, cancellationToken);
        // Rows may now come from another configuration than the one remembered.
        memory.Forget();
        return plan.Outcome;
    }

    private static async Task WriteAsync(CalcineDbContext db, DerivedPlan plan, long? lastFrameId, CancellationToken cancellationToken)
    {
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        await DerivedRowDeletion.DeleteMinutesAsync(db, plan.MinuteKeys, cancellationToken);
        await DerivedRowDeletion.DeleteHoursAsync(db, plan.HourKeys, cancellationToken);
        await DerivedRowDeletion.DeleteDaysAsync(db, plan.DayKeys, cancellationToken);
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
