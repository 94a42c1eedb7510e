using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Pipelines;
using System.Threading.RateLimiting;
using Calcine.Ingestion.Hj212;
using Calcine.Storage.Cems;

namespace Calcine.Web.Ingestion;

/// <summary>The protocol logic of one connection, apart from Kestrel so it can be driven by any
/// pipe. Frames of one read are enqueued together and answered together once committed, so a
/// device that pipelines is not held to one round trip per packet.</summary>
public sealed partial class Hj212Session(Hj212Session.Dependencies deps, IngestionOptions options, PipeWriter output)
{
    /// <summary>Services shared by all sessions.</summary>
    public sealed class Dependencies(IngestionQueue queue, DeviceRegistry devices, IngestionCounters counters, TimeProvider clock, ILogger<Hj212Session> logger)
    {
        public IngestionQueue Queue { get; } = queue;
        public DeviceRegistry Devices { get; } = devices;
        public IngestionCounters Counters { get; } = counters;
        public TimeProvider Clock { get; } = clock;
        public ILogger<Hj212Session> Logger { get; } = logger;
        internal ConcurrentDictionary<string, TokenBucketRateLimiter> Limiters { get; } = new(StringComparer.Ordinal);
    }

    // Lenient about byte-swapped MODBUS CRCs at the framing level; a packet that needed it is then
    // refused unless its device is registered for that compatibility (never a default).
    private readonly Hj212FrameScanner scanner = new(new Hj212ScanOptions { AcceptModbusSwappedCrc = true, MaxDataSegmentBytes = Math.Min(9999, options.MaxFrameBytes - 12) });
    private readonly List<(Answer To, PendingFrame? Pending)> answers = [];

    // Decodes without allocating: header codes are shared strings and CP values are read as bytes.
    // Valid until the next frame, which is decoded only after this one has been handled.
    private readonly Hj212PacketReader packet = new();

    public async Task RunAsync(PipeReader input, CancellationToken closed)
    {
        var idle = TimeSpan.FromSeconds(options.IdleTimeoutSeconds);
        while (true)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(closed);
            timeout.CancelAfter(idle);
            var result = await input.ReadAsync(timeout.Token);
            var buffer = result.Buffer;
            answers.Clear();
            while (true)
            {
                var status = scanner.TryReadFrame(ref buffer, out var frame, result.IsCompleted);
                if (status == OperationStatus.NeedMoreData)
                {
                    break;
                }

                deps.Counters.Received();
                if (status == OperationStatus.InvalidData)
                {
                    deps.Counters.Rejected(frame.Error.ToString());
                    continue;
                }

                await HandleFrameAsync(frame, closed);
            }

            input.AdvanceTo(buffer.Start, buffer.End);
            await AnswerAsync(closed);
            if (result.IsCompleted)
            {
                return;
            }
        }
    }

    private async Task HandleFrameAsync(Hj212ScannedFrame frame, CancellationToken cancellationToken)
    {
        if (!packet.Decode(frame))
        {
            deps.Counters.Rejected(packet.Error.ToString());
            return;
        }

        var (check, device) = await deps.Devices.CheckAsync(packet.Mn, packet.Pw, cancellationToken);
        if (check != DeviceCheck.Accepted)
        {
            deps.Counters.Rejected(check.ToString());
            LogRefused(deps.Logger, packet.Mn, check);
            await output.WriteAsync(Hj212Responses.RequestAnswer(packet.QnText(), packet.Pw, packet.Mn, check == DeviceCheck.WrongPassword ? Hj212Responses.PasswordError : Hj212Responses.MnError), cancellationToken);
            return;
        }

        if ((frame.Warnings & Hj212Warnings.ModbusCrc) != 0 && !device!.AcceptModbusCrc)
        {
            deps.Counters.Rejected("crc-mismatch");
            return;
        }

        if (!Limiter(packet.Mn).AttemptAcquire().IsAcquired)
        {
            // No answer: the device keeps the packet and resends it later, nothing is lost.
            deps.Counters.Rejected("rate-limited");
            return;
        }

        if (packet.Cn is "9014" or "9011" or "9012" or "9013")
        {
            return; // the device answering us
        }

        if (!short.TryParse(packet.Cn, NumberStyles.None, CultureInfo.InvariantCulture, out var cn)
            || !packet.TryGetValue("DataTime", out var dataTimeText)
            || !DataTimeParser.TryParseUtc(dataTimeText, options.DataTimeOffsetHours, out var dataTime)
            || RawCp.Extract(frame.DataSegment) is not { } cp)
        {
            deps.Counters.Rejected("no-data-time");
            if (packet.AckRequired)
            {
                answers.Add((new Answer(packet.QnText(), packet.Pw, packet.Mn, true), null));
            }

            return;
        }

        short part = 0;
        if (packet.IsSplit && !short.TryParse(packet.Pno, NumberStyles.None, CultureInfo.InvariantCulture, out part))
        {
            deps.Counters.Rejected("bad-pno");
            return;
        }

        var qn = packet.QnText();
        var pending = new PendingFrame(new IncomingFrame(device!.Id, cn, dataTime, qn, deps.Clock.GetUtcNow().UtcDateTime, cp, part));
        await deps.Queue.EnqueueAsync(pending, cancellationToken);
        answers.Add((new Answer(qn, packet.Pw, packet.Mn, packet.AckRequired), pending));
    }

    /// <summary>Acknowledge, in order, every packet of this read whose batch has committed.</summary>
    private async Task AnswerAsync(CancellationToken cancellationToken)
    {
        foreach (var (to, pending) in answers)
        {
            if (pending is not null)
            {
                await pending.Committed; // throws if the batch could not be stored: no ack, the device resends
            }

            if (to.AckRequired)
            {
                await output.WriteAsync(Hj212Responses.DataAnswer(to.Qn, to.Pw, to.Mn), cancellationToken);
                deps.Counters.Acknowledged();
            }
        }

        answers.Clear();
    }

    private TokenBucketRateLimiter Limiter(string mn) => deps.Limiters.GetOrAdd(mn, _ => new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
    {
        TokenLimit = Math.Max(1, (int)(options.PerDeviceFramesPerSecond * 4)),
        TokensPerPeriod = Math.Max(1, (int)Math.Ceiling(options.PerDeviceFramesPerSecond)),
        ReplenishmentPeriod = TimeSpan.FromSeconds(Math.Max(1, (int)Math.Ceiling(options.PerDeviceFramesPerSecond)) / options.PerDeviceFramesPerSecond),
        QueueLimit = 0,
        AutoReplenishment = true,
    }));

    /// <summary>What the answer to a packet needs, kept after the reader has moved on to the next frame.</summary>
    private readonly record struct Answer(string? Qn, string Pw, string Mn, bool AckRequired);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused HJ 212 packet from MN {Mn}: {Reason}")]
    private static partial void LogRefused(ILogger logger, string mn, DeviceCheck reason);
}
