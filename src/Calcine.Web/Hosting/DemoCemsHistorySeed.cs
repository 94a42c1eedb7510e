using System.Diagnostics;
using System.Globalization;
using Calcine.Application.Cems.Processing;
using Calcine.Application.Cems.Simulation;
using Calcine.Storage;
using Calcine.Storage.Cems;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Web.Hosting;

/// <summary>Demo:CemsHistoryDays (default 7; 0: none) days of minute packets for every demo stack
/// that belongs to a plant, ending now, so the stack pages show history on a first start and a load
/// test has 60 days to read. The packets go through the ingestion's frame store (as if the data
/// loggers had sent them) and the minutes, hours and days are derived by CEMS processing itself,
/// one local day at a time; nothing derived is written here. Seeded once: a stack that already has
/// packets is left alone. Deterministic for Demo:CemsHistorySeed and the minute the seed starts.</summary>
public static partial class DemoCemsHistorySeed
{
    public const int DefaultDays = 7;
    public const int DefaultSeed = 2025;

    public static async Task SeedAsync(IServiceProvider services, IConfiguration configuration, StorageOptions storage, CancellationToken ct = default)
    {
        var days = Math.Clamp(configuration.GetValue("Demo:CemsHistoryDays", DefaultDays), 0, 400);
        if (days == 0)
        {
            return;
        }

        var seed = configuration.GetValue("Demo:CemsHistorySeed", DefaultSeed);
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DemoCemsHistorySeed));
        var clock = services.GetRequiredService<TimeProvider>();
        var store = services.GetRequiredService<ICemsFrameStore>();
        var now = clock.GetUtcNow().UtcDateTime;
        var end = new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerMinute), DateTimeKind.Utc);

        await using var db = CalcineDbContextFactory.Create(storage);
        var stacks = await StacksToSeedAsync(db, ct);
        if (stacks.Count == 0)
        {
            return;
        }

        var watch = Stopwatch.StartNew();
        var histories = stacks.Select(s => (s.DeviceId, Offset: TimeSpan.FromMinutes(s.UtcOffsetMinutes),
            Packets: KilnHistory.ForStack(seed, s.StackId, end, days, TimeSpan.FromMinutes(s.UtcOffsetMinutes)).Packets().GetEnumerator())).ToList();
        var processing = configuration.GetSection(ProcessingOptions.Section).Get<ProcessingOptions>() ?? new ProcessingOptions();
        // Every packet is settled (sent long ago) and a day of all the stacks is one pass.
        var options = new ProcessingOptions
        {
            MaxFramesPerPass = (stacks.Count * 1440) + 1,
            MaxMinutesPerPass = (stacks.Count * 1440) + 1,
            SettleSeconds = 0,
            MinimumRealTimeValuesPerMinute = processing.MinimumRealTimeValuesPerMinute,
        };
        var processor = new CemsProcessor(options);
        long frames = 0, minutes = 0, hours = 0;
        var start = end - TimeSpan.FromDays(days);
        var pending = histories.Select(h => h.Packets.MoveNext()).ToArray();
        // One UTC day of all the stacks at a time, in time order, as the loggers would have sent it.
        for (var dayEnd = start.AddDays(1); dayEnd <= end; dayEnd = dayEnd.AddDays(1))
        {
            var batch = new List<IncomingFrame>(stacks.Count * 1440);
            for (var h = 0; h < histories.Count; h++)
            {
                var (deviceId, offset, packets) = histories[h];
                while (pending[h] && packets.Current.MinuteLocal - offset < dayEnd)
                {
                    var utc = DateTime.SpecifyKind(packets.Current.MinuteLocal - offset, DateTimeKind.Utc);
                    batch.Add(new IncomingFrame(deviceId, MinuteDerivation.MinuteCn, utc,
                        packets.Current.MinuteLocal.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "000",
                        Min(utc.AddSeconds(20), now), packets.Current.Cp));
                    pending[h] = packets.MoveNext();
                }
            }

            // The frame store's order is the read order of processing: the day's minutes across the stacks.
            batch.Sort((a, b) => a.DataTimeUtc.CompareTo(b.DataTimeUtc));
            await store.WriteBatchAsync(batch, ct);
            frames += batch.Count;
            while (true)
            {
                var outcome = await processor.ProcessNextAsync(db, now, ct);
                minutes += outcome.MinutesWritten;
                hours += outcome.HoursWritten;
                if (outcome.FramesRead == 0)
                {
                    break;
                }
            }
        }

        LogSeeded(logger, days, stacks.Count, frames, minutes, hours, watch.Elapsed.TotalSeconds);
    }

    /// <summary>Demo stacks linked to plants whose loggers have sent nothing yet, with their first logger.</summary>
    private static async Task<List<(int StackId, int DeviceId, int UtcOffsetMinutes)>> StacksToSeedAsync(CalcineDbContext db, CancellationToken ct)
    {
        var linked = await db.Stacks.AsNoTracking().Where(s => s.PlantId != null && s.Devices.Any())
            .OrderBy(s => s.Id)
            .Select(s => new { s.Id, s.UtcOffsetMinutes, Device = s.Devices.OrderBy(d => d.Id).Select(d => d.Id).First() })
            .ToListAsync(ct);
        var result = new List<(int, int, int)>();
        foreach (var s in linked)
        {
            if (!await db.CemsFrames.AsNoTracking().AnyAsync(f => f.DeviceId == s.Device, ct))
            {
                result.Add((s.Id, s.Device, s.UtcOffsetMinutes));
            }
        }

        return result;
    }

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo CEMS history: {Days} days of minute packets for {Stacks} stacks ({Frames} packets, {Minutes} minutes and {Hours} hourly values derived) in {Seconds:0.0} s")]
    private static partial void LogSeeded(ILogger logger, int days, int stacks, long frames, long minutes, long hours, double seconds);
}
