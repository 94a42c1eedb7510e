using Calcine.Domain.Cems;
using Calcine.Domain.Cems.Processing;
using Calcine.Storage;
using Calcine.Storage.Cems;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Application.Cems.Processing;

/// <summary>Turns newly committed packets into derived minutes, hours and days. Every minute,
/// hour and day a new packet touches is recomputed whole from what is stored (so late and resent
/// packets land where they belong) and replaced, together with the read position, in one
/// transaction: a crash leaves either the old derived values and position or the new ones.</summary>
public sealed class CemsProcessor(ProcessingOptions options)
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    public async Task<ProcessingOutcome> ProcessNextAsync(CalcineDbContext db, CancellationToken cancellationToken)
    {
        var last = (await db.CemsProcessingState.AsNoTracking().FirstOrDefaultAsync(s => s.Id == 1, cancellationToken))?.LastFrameId ?? 0;
        var fresh = await db.CemsFrames.AsNoTracking().Where(f => f.Id > last).OrderBy(f => f.Id).Take(options.MaxFramesPerPass)
            .Select(f => new { f.Id, f.DeviceId, f.DataTimeUtc }).ToListAsync(cancellationToken);
        if (fresh.Count == 0)
        {
            return ProcessingOutcome.Nothing(last);
        }

        var deviceStacks = await DeviceStacksAsync(db, fresh.Select(f => f.DeviceId).Distinct().ToList(), cancellationToken);
        var touched = fresh.Where(f => deviceStacks.ContainsKey(f.DeviceId))
            .Select(f => (StackId: deviceStacks[f.DeviceId], Minute: Floor(f.DataTimeUtc, Minute))).ToHashSet();
        var outcome = await RecomputeAsync(db, touched, deviceStacks, cancellationToken);

        // Loaded only now: the recomputation clears the change tracker between steps.
        var state = await db.CemsProcessingState.FindAsync([1], cancellationToken)
            ?? db.CemsProcessingState.Add(new CemsProcessingStateEntity { Id = 1 }).Entity;
        state.LastFrameId = fresh[^1].Id;
        state.UpdatedUtc = DateTime.UtcNow;
        await db.SaveChangesAsync(cancellationToken);
        await db.Database.CommitTransactionAsync(cancellationToken);
        return outcome with { FramesRead = fresh.Count, LastFrameId = state.LastFrameId };
    }

    /// <summary>Recomputes one stack over a UTC range, e.g. after its channel configuration changed.</summary>
    public async Task<ProcessingOutcome> ReprocessAsync(CalcineDbContext db, int stackId, DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken)
    {
        var devices = await db.Devices.AsNoTracking().Where(d => d.StackId == stackId).Select(d => d.Id).ToListAsync(cancellationToken);
        var minutes = await db.CemsFrames.AsNoTracking().Where(f => devices.Contains(f.DeviceId) && f.DataTimeUtc >= fromUtc && f.DataTimeUtc < toUtc)
            .Select(f => f.DataTimeUtc).ToListAsync(cancellationToken);
        var touched = minutes.Select(t => (StackId: stackId, Minute: Floor(t, Minute))).ToHashSet();
        var deviceStacks = devices.ToDictionary(d => d, _ => stackId);
        var outcome = await RecomputeAsync(db, touched, deviceStacks, cancellationToken);
        await db.Database.CommitTransactionAsync(cancellationToken);
        return outcome;
    }

    private async Task<ProcessingOutcome> RecomputeAsync(CalcineDbContext db, HashSet<(int StackId, DateTime Minute)> touched,
        Dictionary<int, int> deviceStacks, CancellationToken cancellationToken)
    {
        await db.Database.BeginTransactionAsync(cancellationToken);
        var configs = await StackConfigLoader.LoadAsync(db, touched.Select(t => t.StackId).Distinct().ToList(), cancellationToken);
        var unconfigured = touched.Select(t => t.StackId).Distinct().Count(s => !configs.ContainsKey(s));
        touched.RemoveWhere(t => !configs.ContainsKey(t.StackId));
        var minutesWritten = 0;
        var hours = new HashSet<(int StackId, DateTime Hour)>();
        foreach (var run in Runs(touched.Select(t => t.Minute), Minute))
        {
            minutesWritten += await RecomputeMinutesAsync(db, run, touched, configs, cancellationToken);
        }

        foreach (var (stackId, minute) in touched)
        {
            hours.Add((stackId, LocalFloor(minute, configs[stackId].UtcOffset, Hour)));
        }

        var hoursWritten = 0;
        var days = new HashSet<(int StackId, DateOnly Day)>();
        foreach (var group in hours.GroupBy(h => h.StackId))
        {
            var config = configs[group.Key];
            foreach (var (_, hour) in group)
            {
                hoursWritten += await RecomputeHourAsync(db, config, hour, cancellationToken);
                days.Add((group.Key, DateOnly.FromDateTime(hour + config.UtcOffset)));
            }
        }

        var daysWritten = 0;
        foreach (var (stackId, day) in days)
        {
            daysWritten += await RecomputeDayAsync(db, configs[stackId], day, cancellationToken);
        }

        return new ProcessingOutcome(0, minutesWritten, hoursWritten, daysWritten, 0, unconfigured);
    }

    private async Task<int> RecomputeMinutesAsync(CalcineDbContext db, (DateTime From, DateTime To) run, HashSet<(int StackId, DateTime Minute)> touched,
        Dictionary<int, StackProcessingConfig> configs, CancellationToken cancellationToken)
    {
        var stackIds = touched.Where(t => t.Minute >= run.From && t.Minute < run.To).Select(t => t.StackId).Distinct().ToList();
        var frames = await db.CemsFrames.AsNoTracking()
            .Where(f => f.DataTimeUtc >= run.From && f.DataTimeUtc < run.To)
            .Join(db.Devices, f => f.DeviceId, d => d.Id, (f, d) => new { d.StackId, f.Cn, f.DataTimeUtc, f.Part, f.Cp })
            .Where(x => stackIds.Contains(x.StackId))
            .ToListAsync(cancellationToken);
        var written = 0;
        foreach (var group in frames.GroupBy(f => (f.StackId, Minute: Floor(f.DataTimeUtc, Minute))))
        {
            if (!touched.Contains(group.Key))
            {
                continue;
            }

            var packets = group.OrderBy(f => f.DataTimeUtc).ThenBy(f => f.Part).Select(f => (f.Cn, f.Cp)).ToList();
            var derived = MinuteDerivation.Derive(packets, configs[group.Key.StackId], options.MinimumRealTimeValuesPerMinute);
            await db.CemsMinutes.Where(m => m.StackId == group.Key.StackId && m.MinuteUtc == group.Key.Minute).ExecuteDeleteAsync(cancellationToken);
            if (derived is { } d)
            {
                db.CemsMinutes.Add(new CemsMinuteEntity { StackId = group.Key.StackId, MinuteUtc = group.Key.Minute, SourceCn = d.SourceCn, Data = MinuteRecordCodec.Encode(d.Readings) });
                written++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return written;
    }

    private static async Task<int> RecomputeHourAsync(CalcineDbContext db, StackProcessingConfig config, DateTime hour, CancellationToken cancellationToken)
    {
        var end = hour + Hour;
        var stored = await db.CemsMinutes.AsNoTracking().Where(m => m.StackId == config.StackId && m.MinuteUtc >= hour && m.MinuteUtc < end)
            .OrderBy(m => m.MinuteUtc).Select(m => m.Data).ToListAsync(cancellationToken);
        var minutes = stored.Select(b => MinuteRecordCodec.Decode(b)).ToList();
        var logger = await LoggerHourValuesAsync(db, config, hour, cancellationToken);
        await db.CemsHours.Where(h => h.StackId == config.StackId && h.HourUtc == hour).ExecuteDeleteAsync(cancellationToken);
        var written = 0;
        foreach (var (pollutant, value) in HourDerivation.Derive(minutes, config))
        {
            var channel = MinuteChannels.Of(pollutant);
            db.CemsHours.Add(new CemsHourEntity
            {
                StackId = config.StackId,
                Channel = (byte)channel,
                HourUtc = hour,
                Flag = value.Converted.Flag.Code(),
                Status = StatusName(value.Status),
                MinuteCount = (short)value.Converted.Count,
                ValidMinutes = (short)value.Converted.ValidCount,
                Converted = value.Converted.HasValue ? value.Converted.Mean : null,
                Measured = double.IsNaN(value.MeasuredMean) ? null : value.MeasuredMean,
                O2 = double.IsNaN(value.O2Mean) ? null : value.O2Mean,
                LoggerValue = logger.TryGetValue(channel, out var l) ? l : null,
            });
            written++;
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return written;
    }

    /// <summary>The hourly value the data logger sent (CN 2061): ZsAvg for channels corrected to a reference O2, else Avg.</summary>
    private static async Task<Dictionary<MinuteChannel, double>> LoggerHourValuesAsync(CalcineDbContext db, StackProcessingConfig config, DateTime hour, CancellationToken cancellationToken)
    {
        var cps = await db.CemsFrames.AsNoTracking()
            .Where(f => f.Cn == MinuteDerivation.HourCn && f.DataTimeUtc == hour && db.Devices.Any(d => d.Id == f.DeviceId && d.StackId == config.StackId))
            .OrderBy(f => f.Part).Select(f => f.Cp).ToListAsync(cancellationToken);
        var values = new Dictionary<MinuteChannel, double>();
        foreach (var channel in config.Channels)
        {
            var statistic = channel.AppliesO2Correction ? "ZsAvg" : "Avg";
            var code = MinuteChannels.Of(channel.Pollutant);
            foreach (var cp in cps)
            {
                foreach (var r in PacketReadings.Read(cp, statistic).Where(r => r.Channel == code))
                {
                    values.TryAdd(code, r.Value);
                }
            }
        }

        return values;
    }

    private static async Task<int> RecomputeDayAsync(CalcineDbContext db, StackProcessingConfig config, DateOnly day, CancellationToken cancellationToken)
    {
        var from = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - config.UtcOffset;
        var to = from.AddDays(1);
        var hours = await db.CemsHours.AsNoTracking().Where(h => h.StackId == config.StackId && h.HourUtc >= from && h.HourUtc < to)
            .Select(h => new { h.Channel, h.Converted, h.Status }).ToListAsync(cancellationToken);
        await db.CemsDays.Where(d => d.StackId == config.StackId && d.Day == day).ExecuteDeleteAsync(cancellationToken);
        var written = 0;
        foreach (var group in hours.GroupBy(h => h.Channel))
        {
            var value = DayDerivation.Derive(group.Select(h => (h.Converted, ParseStatus(h.Status))).ToList());
            db.CemsDays.Add(new CemsDayEntity
            {
                StackId = config.StackId,
                Channel = group.Key,
                Day = day,
                Flag = value.Flag.Code(),
                Status = StatusName(DayDerivation.StatusOf(value)),
                ValidHours = (short)value.ValidCount,
                Converted = value.HasValue ? value.Mean : null,
            });
            written++;
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return written;
    }

    private static async Task<Dictionary<int, int>> DeviceStacksAsync(CalcineDbContext db, List<int> deviceIds, CancellationToken cancellationToken) =>
        await db.Devices.AsNoTracking().Where(d => deviceIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.StackId, cancellationToken);

    /// <summary>Touched minutes grouped into contiguous ranges, so a normal pass is one query and a
    /// late packet from last week adds one small query instead of a week-long one.</summary>
    private static IEnumerable<(DateTime From, DateTime To)> Runs(IEnumerable<DateTime> minutes, TimeSpan step)
    {
        DateTime? from = null, to = null;
        foreach (var m in minutes.Distinct().Order())
        {
            if (to is { } end && m <= end + (10 * step))
            {
                to = m + step;
                continue;
            }

            if (from is { } f)
            {
                yield return (f, to!.Value);
            }

            from = m;
            to = m + step;
        }

        if (from is { } last)
        {
            yield return (last, to!.Value);
        }
    }

    public static string StatusName(PeriodStatus status) => status switch
    {
        PeriodStatus.Valid => "valid",
        PeriodStatus.Shutdown => "shutdown",
        _ => "invalid",
    };

    public static PeriodStatus ParseStatus(string status) => status switch
    {
        "valid" => PeriodStatus.Valid,
        "shutdown" => PeriodStatus.Shutdown,
        _ => PeriodStatus.Invalid,
    };

    private static DateTime Floor(DateTime t, TimeSpan step) => new(t.Ticks - (t.Ticks % step.Ticks), DateTimeKind.Utc);

    /// <summary>The start of the local clock period holding <paramref name="utc"/>, back in UTC.</summary>
    private static DateTime LocalFloor(DateTime utc, TimeSpan offset, TimeSpan step) => Floor(utc + offset, step) - offset;
}
