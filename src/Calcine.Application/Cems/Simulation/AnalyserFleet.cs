using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using Calcine.Ingestion.Hj212;

namespace Calcine.Application.Cems.Simulation;

/// <summary>A fleet of simulated data loggers on real TCP connections (Npgsql's PgPostmasterMock
/// idea, the other way round). Each device sends real-time packets with Flag=5, waits for the
/// platform's 9014 answer, resends what is not answered within the timeout, and records latency.</summary>
public sealed class AnalyserFleet(SimulationOptions options)
{
    private long sent, acked, resent, unacked, connectFailures;
    private readonly ConcurrentBag<List<double>> latencies = [];
    private readonly object ackLogLock = new();

    public async Task<SimulationReport> RunAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var devices = Enumerable.Range(options.FirstDevice, options.Devices).Select(i => RunDeviceAsync(i, cancellationToken));
        await Task.WhenAll(devices);
        var all = latencies.SelectMany(l => l).ToList();
        return SimulationReport.From(options.Devices, sent, acked, resent, unacked, connectFailures, clock.Elapsed, all);
    }

    private async Task RunDeviceAsync(int index, CancellationToken cancellationToken)
    {
        var mn = DemoDevice.Mn(index);
        var signal = new KilnSignal(index);
        var pending = new ConcurrentDictionary<string, Outstanding>(StringComparer.Ordinal);
        var myLatencies = new List<double>();
        latencies.Add(myLatencies);
        using var client = new TcpClient { NoDelay = true };
        try
        {
            await client.ConnectAsync(options.Host, options.Port, cancellationToken);
        }
        catch (SocketException)
        {
            Interlocked.Increment(ref connectFailures);
            return;
        }

        var stream = client.GetStream();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reader = ReadAnswersAsync(stream, mn, pending, myLatencies, stop.Token);
        var interval = TimeSpan.FromSeconds(1 / options.FramesPerSecondPerDevice);
        // Real loggers are not synchronised: spread the devices' send phases evenly over one interval.
        var phase = interval * ((index - options.FirstDevice) / (double)options.Devices);
        var start = Stopwatch.GetTimestamp() + (long)(phase.TotalSeconds * Stopwatch.Frequency);
        var writeLock = new SemaphoreSlim(1, 1);
        try
        {
            for (long n = 0; Stopwatch.GetElapsedTime(start) < options.Duration; n++)
            {
                var due = start + (long)(n * interval.TotalSeconds * Stopwatch.Frequency);
                var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, cancellationToken);
                }

                var dataTime = options.FirstDataTime.AddSeconds(n);
                var qn = dataTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + (n % 1000).ToString("D3", CultureInfo.InvariantCulture);
                var frame = Hj212FrameBuilder.Build($"QN={qn};ST=22;CN=2011;PW={options.Password};MN={mn};Flag=5;CP=&&{signal.RealTimeCp(dataTime)}&&");
                pending[qn] = new Outstanding(frame, dataTime, Stopwatch.GetTimestamp(), 0);
                await Send(stream, writeLock, frame, cancellationToken);
                Interlocked.Increment(ref sent);
                await ResendOverdueAsync(stream, writeLock, pending, cancellationToken);
            }

            // Let the last answers arrive, resending as the standard says.
            var deadline = Stopwatch.GetTimestamp() + (long)(options.AnswerTimeout.TotalSeconds * (options.Retries + 1) * Stopwatch.Frequency);
            while (!pending.IsEmpty && Stopwatch.GetTimestamp() < deadline)
            {
                await Task.Delay(50, cancellationToken);
                await ResendOverdueAsync(stream, writeLock, pending, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException)
        {
            // The platform went away (e.g. killed in a durability test): what is pending stays unanswered.
        }
        finally
        {
            Interlocked.Add(ref unacked, pending.Count);
            await stop.CancelAsync();
            client.Close();
            try
            {
                await reader;
            }
            catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
            {
            }
        }
    }

    private async Task ResendOverdueAsync(NetworkStream stream, SemaphoreSlim writeLock, ConcurrentDictionary<string, Outstanding> pending, CancellationToken cancellationToken)
    {
        var now = Stopwatch.GetTimestamp();
        foreach (var (qn, o) in pending)
        {
            if (Stopwatch.GetElapsedTime(o.SentAt, now) < options.AnswerTimeout || o.Attempts >= options.Retries)
            {
                continue;
            }

            pending[qn] = o with { SentAt = now, Attempts = o.Attempts + 1 };
            await Send(stream, writeLock, o.Frame, cancellationToken);
            Interlocked.Increment(ref resent);
        }
    }

    private static async Task Send(NetworkStream stream, SemaphoreSlim writeLock, byte[] frame, CancellationToken cancellationToken)
    {
        await writeLock.WaitAsync(cancellationToken);
        try
        {
            await stream.WriteAsync(frame, cancellationToken);
        }
        finally
        {
            writeLock.Release();
        }
    }

    private async Task ReadAnswersAsync(NetworkStream stream, string mn, ConcurrentDictionary<string, Outstanding> pending, List<double> myLatencies, CancellationToken cancellationToken)
    {
        var scanner = new Hj212FrameScanner();
        var buffer = new byte[64 * 1024];
        var filled = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(filled), cancellationToken);
            if (read == 0)
            {
                return;
            }

            filled += read;
            var sequence = new ReadOnlySequence<byte>(buffer, 0, filled);
            while (scanner.TryReadFrame(ref sequence, out var frame) != OperationStatus.NeedMoreData)
            {
                if (!frame.IsAccepted)
                {
                    continue;
                }

                var decoded = Hj212Decoder.Decode(frame);
                if (decoded.Packet is { Cn: "9014", Qn: { } qn } && pending.TryRemove(qn, out var o))
                {
                    lock (myLatencies)
                    {
                        myLatencies.Add(Stopwatch.GetElapsedTime(o.SentAt).TotalMilliseconds);
                    }

                    Interlocked.Increment(ref acked);
                    LogAck(mn, o.DataTime);
                }
            }

            var consumed = filled - (int)sequence.Length;
            Buffer.BlockCopy(buffer, consumed, buffer, 0, filled - consumed);
            filled -= consumed;
        }
    }

    private void LogAck(string mn, DateTime dataTime)
    {
        if (options.AckLogPath is null)
        {
            return;
        }

        lock (ackLogLock)
        {
            File.AppendAllText(options.AckLogPath, $"{mn},{dataTime:yyyyMMddHHmmss}\n");
        }
    }

    private sealed record Outstanding(byte[] Frame, DateTime DataTime, long SentAt, int Attempts);
}
