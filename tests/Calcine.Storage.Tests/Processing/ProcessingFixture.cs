using System.Globalization;
using Calcine.Application.Cems.Processing;
using Calcine.Storage.Cems;
using Calcine.TestKit.Databases;

namespace Calcine.Storage.Tests.Processing;

/// <summary>A stack with one logger on a real database, frames written through the real store,
/// and the processor run the way the host runs it.</summary>
internal sealed class ProcessingFixture(TestDatabase db, int stackId, int deviceId)
{
    public static readonly TimeSpan China = TimeSpan.FromHours(8);

    public TestDatabase Db => db;
    public int StackId => stackId;
    public int DeviceId => deviceId;

    public static async Task<ProcessingFixture> CreateAsync(TestDatabase db, bool configured = true)
    {
        await using var context = db.CreateContext();
        var stack = new StackEntity { Code = "K1-TAIL", Name = "Kiln 1 tail" };
        if (configured)
        {
            stack.Channels.Add(new StackChannelEntity { Pollutant = "pm", Unit = "mg/m3", Basis = "dry", ReferenceO2Percent = 10 });
            stack.Channels.Add(new StackChannelEntity { Pollutant = "so2", Unit = "ppm", Basis = "dry", ReferenceO2Percent = 10 });
        }

        var device = new DeviceEntity { Mn = "CEMTEST0000000000000K01T", PasswordHash = [1], PasswordSalt = [2], Stack = stack };
        context.Devices.Add(device);
        await context.SaveChangesAsync();
        return new ProcessingFixture(db, stack.Id, device.Id);
    }

    public async Task WriteAsync(params IncomingFrame[] frames) =>
        await CemsFrameStoreTests.CreateStore(db).WriteBatchAsync(frames, CancellationToken.None);

    public async Task<ProcessingOutcome> ProcessAtAsync(DateTime nowUtc, ProcessingOptions options)
    {
        await using var context = db.CreateContext();
        return await new CemsProcessor(options).ProcessNextAsync(context, nowUtc, CancellationToken.None);
    }

    /// <summary>A pass of a processor the caller keeps, as the host keeps one between passes.</summary>
    public async Task<ProcessingOutcome> ProcessWithAsync(CemsProcessor processor)
    {
        await using var context = db.CreateContext();
        return await processor.ProcessNextAsync(context, DateTime.UtcNow, CancellationToken.None);
    }

    public async Task<ProcessingOutcome> ProcessAsync(ProcessingOptions? options = null)
    {
        await using var context = db.CreateContext();
        // The frames' received times are synthetic (data time + 3 s), so every frame is settled long ago.
        return await new CemsProcessor(options ?? new ProcessingOptions()).ProcessNextAsync(context, DateTime.UtcNow, CancellationToken.None);
    }

    public IncomingFrame RealTime(DateTime utc, double pm, double o2, string flag = "N", double so2Ppm = 10) =>
        Frame(2011, utc, F($"DataTime={Local(utc)};a34013-Rtd={pm},a34013-Flag={flag};a21026-Rtd={so2Ppm},a21026-Flag={flag};a19001-Rtd={o2},a19001-Flag={flag}"));

    public IncomingFrame MinutePacket(DateTime utc, double pm, double o2, string flag = "N") =>
        Frame(2051, utc, F($"DataTime={Local(utc)};a34013-Min={pm},a34013-Avg={pm},a34013-Max={pm},a34013-Flag={flag};a19001-Avg={o2},a19001-Flag={flag}"));

    public IncomingFrame HourPacket(DateTime utc, double pmZs) =>
        Frame(2061, utc, F($"DataTime={Local(utc)};a34013-Avg=1,a34013-ZsAvg={pmZs},a34013-Flag=N"));

    private IncomingFrame Frame(short cn, DateTime utc, string cp) =>
        new(deviceId, cn, utc, utc.Ticks.ToString(CultureInfo.InvariantCulture), utc.AddSeconds(3), cp);

    private static string Local(DateTime utc) => (utc + China).ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
