using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Calcine.Application.Cems.Processing;
using Calcine.Application.Cems.Simulation;
using Calcine.Domain.Cems;
using Calcine.Domain.Cems.Processing;
using Calcine.Storage;
using Calcine.Storage.Cems;
using Calcine.TestKit.Databases;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Calcine.Benchmarks;

/// <summary>Cost of CEMS processing passes as the host runs them under the issue 3 load: 1,000
/// devices (one kiln-tail stack each, four configured pollutants) sending a CN 2011 real-time packet
/// every second, written in receive order through the real store, on top of a day already running
/// (the hour's earlier minutes and the day's earlier hours are stored). Then passes of 10,000 frames
/// until all are read: wall time, frames per second, bytes allocated per pass, and a checksum of
/// every derived row so two versions of the processor can be shown to produce the same tables.
/// <c>dotnet run -c Release --project tests/Calcine.Benchmarks -- cems-pass [sqlite|postgres] [devices] [seconds]</c></summary>
public static class CemsPassRun
{
    // Local 10:57 at +08:00: the run crosses an hour boundary three minutes in.
    private static readonly DateTime StartUtc = new(2025, 6, 10, 2, 57, 0, DateTimeKind.Utc);

    public static async Task<int> RunAsync(string[] args)
    {
        var provider = args.Length > 0 ? args[0] : "sqlite";
        var devices = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1000;
        var seconds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 240;
        await using var db = await TestDatabase.CreateAsync(provider);
        var deviceIds = await SeedStacksAsync(db, devices);
        await SeedHistoryAsync(db);
        var frames = await WriteFramesAsync(db, deviceIds, seconds);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{provider}: {devices} devices × {seconds} s = {frames:N0} frames stored"));

        var processor = new CemsProcessor(new ProcessingOptions());
        var passTimes = new List<double>();
        long read = 0;
        var allocatedBefore = GC.GetTotalAllocatedBytes(true);
        var total = Stopwatch.StartNew();
        while (true)
        {
            var pass = Stopwatch.StartNew();
            await using var context = db.CreateContext();
            var outcome = await processor.ProcessNextAsync(context, StartUtc.AddDays(1), CancellationToken.None);
            if (outcome.FramesRead == 0)
            {
                break;
            }

            passTimes.Add(pass.Elapsed.TotalMilliseconds);
            read += outcome.FramesRead;
        }

        total.Stop();
        var allocated = GC.GetTotalAllocatedBytes(true) - allocatedBefore;
        Console.WriteLine($"{provider}: passes in order (ms): {string.Join(", ", passTimes.Select(t => t.ToString("F0", CultureInfo.InvariantCulture)))}");
        passTimes.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{provider}: {passTimes.Count} passes, {read:N0} frames in {total.Elapsed.TotalSeconds:F2} s = {read / total.Elapsed.TotalSeconds:N0} frames/s; " +
            $"per pass median {passTimes[passTimes.Count / 2]:F0} ms, max {passTimes[^1]:F0} ms; allocated {allocated / (double)passTimes.Count / 1048576:F1} MiB per pass ({allocated / (double)read:N0} B per frame)"));
        Console.WriteLine($"{provider}: derived rows checksum {await ChecksumAsync(db)}");
        return 0;
    }

    private static async Task<List<int>> SeedStacksAsync(TestDatabase db, int count)
    {
        await using var context = db.CreateContext();
        var list = new List<DeviceEntity>();
        for (var i = 1; i <= count; i++)
        {
            var channels = new[] { "pm", "so2", "nox", "nh3" }
                .Select(p => new StackChannelEntity { Pollutant = p, Unit = "mg/m3", Basis = "dry", ReferenceO2Percent = 10 }).ToList();
            var stack = new StackEntity { Code = $"BENCH-K{i:0000}", Name = $"Bench kiln {i}", Channels = channels };
            list.Add(new DeviceEntity { Mn = DemoDevice.Mn(i), PasswordHash = [1], PasswordSalt = [1], Stack = stack });
        }

        context.Devices.AddRange(list);
        await context.SaveChangesAsync();
        return [.. list.Select(d => d.Id)];
    }

    /// <summary>The minutes of the current hour before the run and the day's earlier hours, so hour
    /// and day derivation read as much as they do late in a real day.</summary>
    private static async Task SeedHistoryAsync(TestDatabase db)
    {
        await using var context = db.CreateContext();
        var stacks = await context.Stacks.Select(s => s.Id).ToListAsync();
        var hourStart = new DateTime(2025, 6, 10, 2, 0, 0, DateTimeKind.Utc);
        var dayStartUtc = new DateTime(2025, 6, 9, 16, 0, 0, DateTimeKind.Utc);
        MinuteReading[] readings =
        [
            new(MinuteChannel.Pm, DataFlag.N, 3), new(MinuteChannel.So2, DataFlag.N, 12), new(MinuteChannel.Nox, DataFlag.N, 38),
            new(MinuteChannel.Nh3, DataFlag.N, 2), new(MinuteChannel.O2, DataFlag.N, 11.2),
        ];
        var data = MinuteRecordCodec.Encode(readings);
        foreach (var stackId in stacks)
        {
            for (var m = hourStart; m < StartUtc; m = m.AddMinutes(1))
            {
                context.CemsMinutes.Add(new CemsMinuteEntity { StackId = stackId, MinuteUtc = m, SourceCn = MinuteDerivation.RealTimeCn, Data = data });
            }

            for (var h = dayStartUtc; h < hourStart; h = h.AddHours(1))
            {
                foreach (var channel in new[] { MinuteChannel.Pm, MinuteChannel.So2, MinuteChannel.Nox, MinuteChannel.Nh3 })
                {
                    context.CemsHours.Add(new CemsHourEntity
                    {
                        StackId = stackId,
                        Channel = (byte)channel,
                        HourUtc = h,
                        Flag = "N",
                        Status = "valid",
                        MinuteCount = 60,
                        ValidMinutes = 60,
                        Converted = 10,
                        Measured = 9,
                        O2 = 11.2,
                    });
                }
            }
        }

        await context.SaveChangesAsync();
    }

    /// <summary>Every device sends once a second with its own phase; frames are committed in
    /// receive order in batches of 1,000, as the frame writer does under this load.</summary>
    private static async Task<int> WriteFramesAsync(TestDatabase db, List<int> deviceIds, int seconds)
    {
        ICemsFrameStore store = db.Options.Provider == StorageProvider.Sqlite
            ? new SqliteFrameStore(db.Options.ConnectionString)
            : new PostgresFrameStore(NpgsqlDataSource.Create(db.Options.ConnectionString));
        var signals = deviceIds.Select((_, i) => new KilnSignal(i)).ToArray();
        var batch = new List<IncomingFrame>(1000);
        var written = 0;
        for (var s = 0; s < seconds; s++)
        {
            for (var d = 0; d < deviceIds.Count; d++)
            {
                var dataTime = StartUtc.AddSeconds(s);
                var received = dataTime.AddMilliseconds(d * 1000.0 / deviceIds.Count);
                var cp = signals[d].RealTimeCp(dataTime.AddHours(8));
                batch.Add(new IncomingFrame(deviceIds[d], MinuteDerivation.RealTimeCn, dataTime, null, received, cp));
                if (batch.Count == 1000)
                {
                    await store.WriteBatchAsync(batch, CancellationToken.None);
                    written += batch.Count;
                    batch.Clear();
                }
            }
        }

        if (batch.Count > 0)
        {
            await store.WriteBatchAsync(batch, CancellationToken.None);
            written += batch.Count;
        }

        return written;
    }

    private static async Task<string> ChecksumAsync(TestDatabase db)
    {
        await using var context = db.CreateContext();
        var text = new StringBuilder();
        foreach (var m in await context.CemsMinutes.AsNoTracking().OrderBy(m => m.StackId).ThenBy(m => m.MinuteUtc).ToListAsync())
        {
            text.Append(CultureInfo.InvariantCulture, $"{m.StackId};{m.MinuteUtc.Ticks};{m.SourceCn};{Convert.ToHexString(m.Data)}\n");
        }

        foreach (var h in await context.CemsHours.AsNoTracking().OrderBy(h => h.StackId).ThenBy(h => h.Channel).ThenBy(h => h.HourUtc).ToListAsync())
        {
            text.Append(CultureInfo.InvariantCulture,
                $"{h.StackId};{h.Channel};{h.HourUtc.Ticks};{h.Flag};{h.Status};{h.MinuteCount};{h.ValidMinutes};{h.Converted:R};{h.Measured:R};{h.O2:R};{h.LoggerValue:R}\n");
        }

        foreach (var d in await context.CemsDays.AsNoTracking().OrderBy(d => d.StackId).ThenBy(d => d.Channel).ThenBy(d => d.Day).ToListAsync())
        {
            text.Append(CultureInfo.InvariantCulture, $"{d.StackId};{d.Channel};{d.Day:yyyy-MM-dd};{d.Flag};{d.Status};{d.ValidHours};{d.Converted:R}\n");
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }
}
