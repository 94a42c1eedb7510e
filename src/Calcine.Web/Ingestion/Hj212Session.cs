using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Pipelines;
using System.Threading.RateLimiting;
using Calcine.Application.Cems.Processing;
using Calcine.Ingestion.Hj212;
using Calcine.Storage.Cems;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;

namespace Calcine.Web.Ingestion;

/// <summary>The protocol logic of one connection, apart from Kestrel so it can be driven by any
/// pipe. Frames of one read are enqueued together and answered together once committed, so a
/// device that pipelines is not held to one round trip per packet. An answer always tells the truth:
/// 9014 only for a packet that is stored, 9011 with a QnRtn for one that is refused, nothing for a
/// packet that is neither (the device resends it).</summary>
public sealed partial class Hj212Session(Hj212Session.Dependencies deps, IngestionOptions options, PipeWriter output, string remoteAddress = "")
{
    /// <summary>Services shared by all sessions.</summary>
    public sealed class Dependencies(
        IngestionQueue queue, DeviceRegistry devices, IngestionCounters counters, DeviceAuthThrottle throttle,
        IOptions<ProcessingOptions> processing, TimeProvider clock, ILogger<Hj212Session> logger)
    {
        public IngestionQueue Queue { get; } = queue;
        public DeviceRegistry Devices { get; } = devices;
        public IngestionCounters Counters { get; } = counters;
        public DeviceAuthThrottle Throttle { get; } = throttle;
        public DataTimeWindow DataTimeWindow { get; } = processing.Value.DataTimeWindow;
        public TimeProvider Clock { get; } = clock;
        public ILogger<Hj212Session> Logger { get; } = logger;
        internal ConcurrentDictionary<string, TokenBucketRateLimiter> Limiters { get; } = new(StringComparer.Ordinal);
    }

    // Lenient about byte-swapped MODBUS CRCs at the framing level; a packet that needed it is then
    // refused unless its device is registered for that compatibility (never a default).
    private readonly Hj212FrameScanner scanner = new(new Hj212ScanOptions { AcceptModbusCrc = true, MaxDataSegmentBytes = Math.Min(9999, options.MaxFrameBytes - 12) });
    private readonly List<Answer> answers = [];

    // Decodes without allocating: header codes are shared strings and CP values are read as bytes.
    // Valid until the next frame, which is decoded only after this one has been handled.
    private readonly Hj212PacketReader packet = new();

    private int authFailures;

    /// <summary>True once a packet from a known device with the right password has been read.</summary>
    public bool Authenticated { get; private set; }

    public async Task RunAsync(PipeReader input)
    {
        // Until a device authenticates the connection has a fixed deadline, not an idle timer: a
        // peer trickling a byte now and then must not hold a slot for ever.
        var unauthenticatedDeadline = deps.Clock.GetUtcNow().AddSeconds(options.UnauthenticatedTimeoutSeconds);
        while (true)
        {
            var wait = Authenticated
                ? TimeSpan.FromSeconds(options.IdleTimeoutSeconds)
                : unauthenticatedDeadline - deps.Clock.GetUtcNow();
            // Not linked to the connection-closed token: Kestrel fires it when a FIN arrives, and
            // a read cancelled then would throw away the frame that came with the FIN. A closed or
            // aborted connection completes the pipe instead, which ends the loop below.
            using var timeout = new CancellationTokenSource(wait > TimeSpan.Zero ? wait : TimeSpan.Zero);
            ReadResult result;
            try
            {
                result = await input.ReadAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested)
            {
                deps.Counters.Rejected(Authenticated ? "idle-timeout" : "unauthenticated-timeout");
                return;
            }

            var readAt = deps.Clock.GetUtcNow();
            var buffer = result.Buffer;
            answers.Clear();
            while (!TooManyAuthFailures)
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

                await HandleFrameAsync(frame, readAt);
            }

            input.AdvanceTo(buffer.Start, buffer.End);
            // Frames read before a FIN are stored and answered while the socket still takes writes.
            await AnswerAsync();
            if (result.IsCompleted || TooManyAuthFailures)
            {
                return;
            }
        }
    }

    private bool TooManyAuthFailures => authFailures >= Math.Max(1, options.MaxAuthFailuresPerConnection);

    // Storing must not depend on the peer staying connected: a frame followed at once by FIN is
    // looked up and enqueued whatever happens to the socket (so no cancellation token here).
    private async Task HandleFrameAsync(Hj212ScannedFrame frame, DateTimeOffset readAt)
    {
        if (!packet.Decode(frame))
        {
            deps.Counters.Rejected(packet.Error.ToString());
            return;
        }

        if (await AuthenticateAsync(readAt) is not { } device)
        {
            return;
        }

        if ((frame.Warnings & Hj212Warnings.ModbusCrc) != 0 && !device.AcceptModbusCrc)
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

        if (Unstorable() is { } refusal)
        {
            // Refused before anything is acknowledged: the device is told, and nothing claims it was stored.
            deps.Counters.Rejected(refusal.Reason);
            Refuse(refusal.QnRtn, readAt);
            return;
        }

        var cn = short.Parse(packet.Cn, NumberStyles.None, CultureInfo.InvariantCulture);
        packet.TryGetValue("DataTime", out var dataTimeText);
        DataTimeParser.TryParseUtc(dataTimeText, options.DataTimeOffsetHours, out var dataTime);
        short part = packet.IsSplit ? short.Parse(packet.Pno!, NumberStyles.None, CultureInfo.InvariantCulture) : (short)0;
        var received = readAt.UtcDateTime;
        if (!deps.DataTimeWindow.Contains(dataTime, received))
        {
            // Stored (a receipt is a fact) and answered, but processing makes no minute of it.
            deps.Counters.Flagged("data-time-outside-window");
        }

        var qn = packet.QnText();
        var pending = new PendingFrame(new IncomingFrame(device.Id, cn, dataTime, qn, received, RawCp.Extract(frame.DataSegment)!, part));
        await deps.Queue.EnqueueAsync(pending, CancellationToken.None);
        if (packet.AckRequired)
        {
            answers.Add(new Answer(qn, packet.Pw, packet.Mn, null, pending, readAt));
        }
    }

    /// <summary>The device if the packet's MN and password are right and neither the MN nor the
    /// address is locked out; otherwise the one refusal every failure gets, after the fixed delay.</summary>
    private async Task<DeviceRegistry.Device?> AuthenticateAsync(DateTimeOffset readAt)
    {
        string reason;
        if (deps.Throttle.IsLocked(packet.Mn, remoteAddress))
        {
            // The password is not even looked at: guesses made during a lockout test nothing.
            reason = "locked-out";
        }
        else
        {
            var (check, device) = await deps.Devices.CheckAsync(packet.Mn, packet.Pw, CancellationToken.None);
            if (check == DeviceCheck.Accepted)
            {
                deps.Throttle.Success(packet.Mn);
                Authenticated = true;
                return device;
            }

            deps.Throttle.Failure(packet.Mn, remoteAddress);
            reason = check.ToString();
        }

        authFailures++;
        deps.Counters.Rejected(reason);
        LogRefused(deps.Logger, packet.Mn, reason);
        answers.Add(new Answer(packet.QnText(), packet.Pw, packet.Mn, Hj212Responses.PasswordError, null,
            readAt.AddMilliseconds(options.AuthFailureDelayMilliseconds)));
        return null;
    }

    /// <summary>Why a data packet cannot be stored (its key needs a CN, a real DataTime and a part number).</summary>
    private (string Reason, int QnRtn)? Unstorable()
    {
        if (!short.TryParse(packet.Cn, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return ("bad-cn", Hj212Responses.CnError);
        }

        if (!packet.TryGetValue("DataTime", out var dataTimeText) || !DataTimeParser.TryParseUtc(dataTimeText, options.DataTimeOffsetHours, out _))
        {
            return ("bad-data-time", Hj212Responses.Rejected);
        }

        if (packet.IsSplit && !short.TryParse(packet.Pno, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return ("bad-pno", Hj212Responses.FlagError);
        }

        return null;
    }

    private void Refuse(int qnRtn, DateTimeOffset readAt)
    {
        if (packet.AckRequired)
        {
            answers.Add(new Answer(packet.QnText(), packet.Pw, packet.Mn, qnRtn, null, readAt));
        }
    }

    /// <summary>In order, every answer of this read: a data answer once its batch has committed, a
    /// refusal at its due time. A peer that has gone away gets nothing, and nothing is counted as sent.</summary>
    private async Task AnswerAsync()
    {
        var writable = true;
        foreach (var a in answers)
        {
            if (a.Pending is not null)
            {
                await a.Pending.Committed; // throws if the batch could not be stored: no ack, the device resends
            }

            if (!writable)
            {
                continue;
            }

            var due = a.NotBefore - deps.Clock.GetUtcNow();
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due, deps.Clock);
            }

            var bytes = a.QnRtn is { } code
                ? Hj212Responses.RequestAnswer(a.Qn, a.Pw, a.Mn, code)
                : Hj212Responses.DataAnswer(a.Qn, a.Pw, a.Mn);
            writable = await TryWriteAsync(bytes);
            if (writable)
            {
                if (a.QnRtn is null)
                {
                    deps.Counters.Acknowledged();
                }
                else
                {
                    deps.Counters.RefusalAnswered();
                }
            }
        }

        answers.Clear();
    }

    private async Task<bool> TryWriteAsync(byte[] bytes)
    {
        try
        {
            var flush = await output.WriteAsync(bytes);
            return !flush.IsCompleted && !flush.IsCanceled;
        }
        catch (Exception ex) when (ex is IOException or ConnectionResetException or ConnectionAbortedException or InvalidOperationException or OperationCanceledException)
        {
            return false; // the peer is gone; what it sent is stored all the same
        }
    }

    private TokenBucketRateLimiter Limiter(string mn) => deps.Limiters.GetOrAdd(mn, _ => new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
    {
        TokenLimit = Math.Max(1, (int)(options.PerDeviceFramesPerSecond * 4)),
        TokensPerPeriod = Math.Max(1, (int)Math.Ceiling(options.PerDeviceFramesPerSecond)),
        ReplenishmentPeriod = TimeSpan.FromSeconds(Math.Max(1, (int)Math.Ceiling(options.PerDeviceFramesPerSecond)) / options.PerDeviceFramesPerSecond),
        QueueLimit = 0,
        AutoReplenishment = true,
    }));

    /// <summary>What an answer needs, kept after the reader has moved on to the next frame. QnRtn
    /// null: a 9014 data answer; otherwise a 9011 refusal.</summary>
    private readonly record struct Answer(string? Qn, string Pw, string Mn, int? QnRtn, PendingFrame? Pending, DateTimeOffset NotBefore);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused HJ 212 packet from MN {Mn}: {Reason}")]
    private static partial void LogRefused(ILogger logger, string mn, string reason);
}
