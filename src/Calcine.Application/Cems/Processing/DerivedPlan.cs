using Calcine.Domain.Cems;
using Calcine.Domain.Cems.Processing;
using Calcine.Storage;
using Calcine.Storage.Cems;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Application.Cems.Processing;

/// <summary>The derived rows a set of touched stack-minutes leads to, computed from the database
/// without writing: the minutes themselves, the local hours holding them and the local days
/// holding those hours. The keys say which stored rows the new ones replace.</summary>
public sealed class DerivedPlan
{
    public List<(int StackId, DateTime Minute)> MinuteKeys { get; } = [];
    public List<(int StackId, DateTime Hour)> HourKeys { get; } = [];
    public List<(int StackId, DateOnly Day)> DayKeys { get; } = [];
    public List<CemsMinuteEntity> Minutes { get; } = [];
    public List<CemsHourEntity> Hours { get; } = [];
    public List<CemsDayEntity> Days { get; } = [];
    public ProcessingOutcome Outcome => new(0, Minutes.Count, Hours.Count, Days.Count, 0, UnconfiguredStacks);
    private int UnconfiguredStacks { get; set; }

    public static async Task<DerivedPlan> ComputeAsync(CalcineDbContext db, HashSet<(int StackId, DateTime Minute)> touched, ProcessingOptions options, CancellationToken cancellationToken)
    {
        var plan = new DerivedPlan();
        var stackIds = touched.Select(t => t.StackId).Distinct().ToList();
        var configs = await StackConfigLoader.LoadAsync(db, stackIds, cancellationToken);
        plan.UnconfiguredStacks = stackIds.Count(s => !configs.ContainsKey(s));
        touched.RemoveWhere(t => !configs.ContainsKey(t.StackId));
        stackIds = [.. configs.Keys];

        var newMinutes = await plan.DeriveMinutesAsync(db, touched, stackIds, configs, options, cancellationToken);
        var newHours = await plan.DeriveHoursAsync(db, touched, newMinutes, stackIds, configs, cancellationToken);
        await plan.DeriveDaysAsync(db, newHours, configs, cancellationToken);
        return plan;
    }

    private async Task<Dictionary<(int, DateTime), MinuteReading[]?>> DeriveMinutesAsync(CalcineDbContext db, HashSet<(int StackId, DateTime Minute)> touched,
        List<int> stackIds, Dictionary<int, StackProcessingConfig> configs, ProcessingOptions options, CancellationToken cancellationToken)
    {
        var result = new Dictionary<(int, DateTime), MinuteReading[]?>();
        foreach (var (from, to) in DerivedPeriods.Runs(touched.Select(t => t.Minute), DerivedPeriods.Minute))
        {
            var frames = await db.CemsFrames.AsNoTracking()
                .Where(f => f.DataTimeUtc >= from && f.DataTimeUtc < to && f.Cn != MinuteDerivation.HourCn)
                .Join(db.Devices, f => f.DeviceId, d => d.Id, (f, d) => new { d.StackId, f.Cn, f.DataTimeUtc, f.Part, f.Cp })
                .Where(x => stackIds.Contains(x.StackId))
                .ToListAsync(cancellationToken);
            foreach (var group in frames.GroupBy(f => (f.StackId, DerivedPeriods.Floor(f.DataTimeUtc, DerivedPeriods.Minute))))
            {
                if (!touched.Contains(group.Key))
                {
                    continue;
                }

                var packets = group.OrderBy(f => f.DataTimeUtc).ThenBy(f => f.Part).Select(f => (f.Cn, f.Cp)).ToList();
                var derived = MinuteDerivation.Derive(packets, configs[group.Key.StackId], options.MinimumRealTimeValuesPerMinute);
                result[group.Key] = derived?.Readings;
                if (derived is { } d)
                {
                    Minutes.Add(new CemsMinuteEntity { StackId = group.Key.StackId, MinuteUtc = group.Key.Item2, SourceCn = d.SourceCn, Data = MinuteRecordCodec.Encode(d.Readings) });
                }
            }
        }

        foreach (var key in touched)
        {
            // A touched minute with no packet left (cannot happen today: packets are never deleted) still replaces its row.
            result.TryAdd(key, null);
            MinuteKeys.Add(key);
        }

        return result;
    }

    private async Task<Dictionary<(int StackId, DateTime Hour), CemsHourEntity>> DeriveHoursAsync(CalcineDbContext db, HashSet<(int StackId, DateTime Minute)> touched,
        Dictionary<(int, DateTime), MinuteReading[]?> newMinutes, List<int> stackIds, Dictionary<int, StackProcessingConfig> configs, CancellationToken cancellationToken)
    {
        var hours = touched.Select(t => (t.StackId, Hour: DerivedPeriods.LocalHour(t.Minute, configs[t.StackId].UtcOffset))).ToHashSet();
        var result = new Dictionary<(int StackId, DateTime Hour), CemsHourEntity>();
        foreach (var (from, to) in DerivedPeriods.Runs(hours.Select(h => h.Hour), DerivedPeriods.Hour))
        {
            var stored = await db.CemsMinutes.AsNoTracking().Where(m => m.MinuteUtc >= from && m.MinuteUtc < to && stackIds.Contains(m.StackId))
                .Select(m => new { m.StackId, m.MinuteUtc, m.Data }).ToListAsync(cancellationToken);
            var minutes = stored.ToDictionary(m => (m.StackId, m.MinuteUtc), m => (MinuteReading[]?)MinuteRecordCodec.Decode(m.Data));
            foreach (var (key, readings) in newMinutes)
            {
                if (key.Item2 >= from && key.Item2 < to)
                {
                    minutes[key] = readings;
                }
            }

            var loggerFrames = await db.CemsFrames.AsNoTracking()
                .Where(f => f.Cn == MinuteDerivation.HourCn && f.DataTimeUtc >= from && f.DataTimeUtc < to)
                .Join(db.Devices, f => f.DeviceId, d => d.Id, (f, d) => new { d.StackId, f.DataTimeUtc, f.Part, f.Cp })
                .Where(x => stackIds.Contains(x.StackId)).ToListAsync(cancellationToken);
            var minutesByStack = minutes.Where(m => m.Value is not null).ToLookup(m => m.Key.Item1);
            var loggerByStack = loggerFrames.ToLookup(f => f.StackId);
            foreach (var (stackId, hour) in hours.Where(h => h.Hour >= from && h.Hour < to))
            {
                var config = configs[stackId];
                var inHour = minutesByStack[stackId].Where(m => m.Key.Item2 >= hour && m.Key.Item2 < hour + DerivedPeriods.Hour)
                    .OrderBy(m => m.Key.Item2).Select(m => m.Value!).ToList();
                var logger = LoggerValues(loggerByStack[stackId].Where(f => f.DataTimeUtc == hour).OrderBy(f => f.Part).Select(f => f.Cp), config);
                HourKeys.Add((stackId, hour));
                foreach (var (pollutant, value) in HourDerivation.Derive(inHour, config))
                {
                    var channel = MinuteChannels.Of(pollutant);
                    var entity = new CemsHourEntity
                    {
                        StackId = stackId,
                        Channel = (byte)channel,
                        HourUtc = hour,
                        Flag = value.Converted.Flag.Code(),
                        Status = DerivedPeriods.StatusName(value.Status),
                        MinuteCount = (short)value.Converted.Count,
                        ValidMinutes = (short)value.Converted.ValidCount,
                        Converted = value.Converted.HasValue ? value.Converted.Mean : null,
                        Measured = double.IsNaN(value.MeasuredMean) ? null : value.MeasuredMean,
                        O2 = double.IsNaN(value.O2Mean) ? null : value.O2Mean,
                        LoggerValue = logger.TryGetValue(channel, out var l) ? l : null,
                    };
                    Hours.Add(entity);
                    result[(stackId, hour)] = entity;
                }
            }
        }

        return result;
    }

    private async Task DeriveDaysAsync(CalcineDbContext db, Dictionary<(int StackId, DateTime Hour), CemsHourEntity> newHours,
        Dictionary<int, StackProcessingConfig> configs, CancellationToken cancellationToken)
    {
        var days = newHours.Keys.Select(k => (k.StackId, Day: DerivedPeriods.LocalDay(k.Hour, configs[k.StackId].UtcOffset))).ToHashSet();
        var fresh = Hours.ToLookup(h => (h.StackId, h.HourUtc));
        // Stacks sharing a clock share day boundaries in UTC: one range query per run of days per offset.
        foreach (var sameClock in days.GroupBy(d => configs[d.StackId].UtcOffset))
        {
            var offset = sameClock.Key;
            var clockStacks = sameClock.Select(d => d.StackId).Distinct().ToList();
            foreach (var (from, to) in DerivedPeriods.Runs(sameClock.Select(d => DerivedPeriods.DayStartUtc(d.Day, offset)), TimeSpan.FromDays(1)))
            {
                var stored = await db.CemsHours.AsNoTracking().Where(h => h.HourUtc >= from && h.HourUtc < to && clockStacks.Contains(h.StackId))
                    .Select(h => new { h.StackId, h.HourUtc, h.Channel, h.Converted, h.Status }).ToListAsync(cancellationToken);
                var byStack = stored.Where(h => !fresh.Contains((h.StackId, h.HourUtc)))
                    .Select(h => (h.StackId, h.HourUtc, h.Channel, h.Converted, h.Status))
                    .Concat(Hours.Where(h => h.HourUtc >= from && h.HourUtc < to).Select(h => (h.StackId, h.HourUtc, h.Channel, h.Converted, h.Status)))
                    .ToLookup(h => (h.StackId, DerivedPeriods.LocalDay(h.HourUtc, offset)));
                foreach (var (stackId, day) in sameClock.Where(d => DerivedPeriods.DayStartUtc(d.Day, offset) is var s && s >= from && s < to))
                {
                    DayKeys.Add((stackId, day));
                    foreach (var channel in byStack[(stackId, day)].GroupBy(h => h.Channel))
                    {
                        var value = DayDerivation.Derive(channel.Select(h => (h.Converted, DerivedPeriods.ParseStatus(h.Status))).ToList());
                        Days.Add(new CemsDayEntity
                        {
                            StackId = stackId,
                            Channel = channel.Key,
                            Day = day,
                            Flag = value.Flag.Code(),
                            Status = DerivedPeriods.StatusName(DayDerivation.StatusOf(value)),
                            ValidHours = (short)value.ValidCount,
                            Converted = value.HasValue ? value.Mean : null,
                        });
                    }
                }
            }
        }
    }

    /// <summary>The hourly value the data logger sent (CN 2061): ZsAvg for channels corrected to a reference O2, else Avg.</summary>
    private static Dictionary<MinuteChannel, double> LoggerValues(IEnumerable<string> cps, StackProcessingConfig config)
    {
        var values = new Dictionary<MinuteChannel, double>();
        var list = cps.ToList();
        foreach (var channel in config.Channels)
        {
            var statistic = channel.AppliesO2Correction ? "ZsAvg" : "Avg";
            var code = MinuteChannels.Of(channel.Pollutant);
            foreach (var r in list.SelectMany(cp => PacketReadings.Read(cp, statistic)).Where(r => r.Channel == code))
            {
                values.TryAdd(code, r.Value);
            }
        }

        return values;
    }
}
