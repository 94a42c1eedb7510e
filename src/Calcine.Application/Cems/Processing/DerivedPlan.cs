using Calcine.Domain.Cems;
using Calcine.Domain.Cems.Processing;
using Calcine.Storage;
using Calcine.Storage.Cems;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Application.Cems.Processing;

/// <summary>The derived rows a set of touched stack-minutes leads to, computed from the database
/// without writing: the minutes themselves, the local hours holding them and the local days
/// holding those hours. The keys say which stored rows the new ones replace. Packets are read by
/// device, CN and data time, the order of the frames' unique index, so a minute costs its own
/// packets whatever the size of the table.</summary>
public sealed class DerivedPlan
{
    // Hours are only ever written for pollutant channels; naming them lets a day's query use the
    // hours' key (stack, channel, hour) instead of reading each stack's whole history.
    private static readonly List<byte> HourChannels = [.. Enum.GetValues<Pollutant>().Select(p => (byte)MinuteChannels.Of(p))];

    public List<(int StackId, DateTime Minute)> MinuteKeys { get; } = [];
    public List<(int StackId, DateTime Hour)> HourKeys { get; } = [];
    public List<(int StackId, DateOnly Day)> DayKeys { get; } = [];
    public List<CemsMinuteEntity> Minutes { get; } = [];
    public List<CemsHourEntity> Hours { get; } = [];
    public List<CemsDayEntity> Days { get; } = [];
    public ProcessingOutcome Outcome => new(0, Minutes.Count, Hours.Count, Days.Count, 0, UnconfiguredStacks);

    /// <summary>The configuration each derived stack was derived with.</summary>
    public IReadOnlyDictionary<int, StackProcessingConfig> Configs { get; private set; } = new Dictionary<int, StackProcessingConfig>();

    private int UnconfiguredStacks { get; set; }

    /// <param name="unchanged">Says which touched minutes were already derived from all their packets
    /// under the same configuration; they are left as stored (with their hours and days), since
    /// recomputing them would give the same rows. Null: recompute every touched minute.</param>
    public static async Task<DerivedPlan> ComputeAsync(CalcineDbContext db, HashSet<(int StackId, DateTime Minute)> touched, ProcessingOptions options,
        Func<(int StackId, DateTime Minute), StackProcessingConfig, bool>? unchanged, CancellationToken cancellationToken)
    {
        var plan = new DerivedPlan();
        var stackIds = touched.Select(t => t.StackId).Distinct().ToList();
        var configs = await StackConfigLoader.LoadAsync(db, stackIds, cancellationToken);
        plan.UnconfiguredStacks = stackIds.Count(s => !configs.ContainsKey(s));
        plan.Configs = configs;
        touched.RemoveWhere(t => !configs.TryGetValue(t.StackId, out var config) || (unchanged?.Invoke(t, config) ?? false));
        if (touched.Count == 0)
        {
            return plan;
        }

        stackIds = [.. touched.Select(t => t.StackId).Distinct()];
        var devices = await db.Devices.AsNoTracking().Where(d => stackIds.Contains(d.StackId))
            .ToDictionaryAsync(d => d.Id, d => d.StackId, cancellationToken);
        var newMinutes = await plan.DeriveMinutesAsync(db, touched, devices, configs, options, cancellationToken);
        var newHours = await plan.DeriveHoursAsync(db, touched, newMinutes, stackIds, devices, configs, cancellationToken);
        await plan.DeriveDaysAsync(db, newHours, configs, cancellationToken);
        return plan;
    }

    private async Task<Dictionary<(int, DateTime), MinuteReading[]?>> DeriveMinutesAsync(CalcineDbContext db, HashSet<(int StackId, DateTime Minute)> touched,
        Dictionary<int, int> devices, Dictionary<int, StackProcessingConfig> configs, ProcessingOptions options, CancellationToken cancellationToken)
    {
        var result = new Dictionary<(int, DateTime), MinuteReading[]?>();
        var deviceIds = devices.Keys.ToList();
        foreach (var (from, to) in DerivedPeriods.Runs(touched.Select(t => t.Minute), DerivedPeriods.Minute))
        {
            // Only CN 2011 and 2051 make a minute; naming both keeps the CN inside the index's key order.
            var frames = await db.CemsFrames.AsNoTracking()
                .Where(f => deviceIds.Contains(f.DeviceId) && (f.Cn == MinuteDerivation.RealTimeCn || f.Cn == MinuteDerivation.MinuteCn)
                    && f.DataTimeUtc >= from && f.DataTimeUtc < to)
                .Select(f => new { f.Id, f.DeviceId, f.Cn, f.DataTimeUtc, f.ReceivedUtc, f.Part, f.Cp })
                .ToListAsync(cancellationToken);
            // A DataTime that cannot be real (far ahead of its receipt, or older than any backfill) makes no minute.
            frames.RemoveAll(f => !options.DataTimeWindow.Contains(f.DataTimeUtc, f.ReceivedUtc));
            foreach (var group in frames.GroupBy(f => (StackId: devices[f.DeviceId], DerivedPeriods.Floor(f.DataTimeUtc, DerivedPeriods.Minute))))
            {
                if (!touched.Contains(group.Key))
                {
                    continue;
                }

                // Ties (two loggers on one stack) in commit order, as a scan of the table returned them.
                var packets = group.OrderBy(f => f.DataTimeUtc).ThenBy(f => f.Part).ThenBy(f => f.Id).Select(f => (f.Cn, f.Cp)).ToList();
                var derived = MinuteDerivation.Derive(packets, configs[group.Key.StackId], options.MinimumRealTimeValuesPerMinute, options.ReadingBounds);
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
        Dictionary<(int, DateTime), MinuteReading[]?> newMinutes, List<int> stackIds, Dictionary<int, int> devices, Dictionary<int, StackProcessingConfig> configs,
        CancellationToken cancellationToken)
    {
        var deviceIds = devices.Keys.ToList();
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

            var loggerFrames = (await db.CemsFrames.AsNoTracking()
                .Where(f => deviceIds.Contains(f.DeviceId) && f.Cn == MinuteDerivation.HourCn && f.DataTimeUtc >= from && f.DataTimeUtc < to)
                .Select(f => new { f.Id, f.DeviceId, f.DataTimeUtc, f.Part, f.Cp }).ToListAsync(cancellationToken))
                .Select(f => new { f.Id, StackId = devices[f.DeviceId], f.DataTimeUtc, f.Part, f.Cp }).ToList();
            var minutesByStack = minutes.Where(m => m.Value is not null).ToLookup(m => m.Key.Item1);
            var loggerByStack = loggerFrames.ToLookup(f => f.StackId);
            foreach (var (stackId, hour) in hours.Where(h => h.Hour >= from && h.Hour < to))
            {
                var config = configs[stackId];
                var inHour = minutesByStack[stackId].Where(m => m.Key.Item2 >= hour && m.Key.Item2 < hour + DerivedPeriods.Hour)
                    .OrderBy(m => m.Key.Item2).Select(m => m.Value!).ToList();
                var logger = LoggerValues(loggerByStack[stackId].Where(f => f.DataTimeUtc == hour).OrderBy(f => f.Part).ThenBy(f => f.Id).Select(f => f.Cp), config);
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
                var stored = await db.CemsHours.AsNoTracking().Where(h => clockStacks.Contains(h.StackId) && HourChannels.Contains(h.Channel) && h.HourUtc >= from && h.HourUtc < to)
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
