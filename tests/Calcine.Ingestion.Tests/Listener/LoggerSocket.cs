using System.Buffers;
using System.Net;
using System.Net.Sockets;
using Calcine.Ingestion.Hj212;

namespace Calcine.Ingestion.Tests.Listener;

/// <summary>A hand-driven data logger on a real socket, optionally from another loopback address
/// (127.0.0.2…): send exact bytes, half-close, read answers, see the server close.</summary>
internal sealed class LoggerSocket : IDisposable
{
    private readonly Socket socket = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
    private readonly List<byte> received = [];

    public bool ClosedByServer { get; private set; }

    public static async Task<LoggerSocket> ConnectAsync(int port, string from = "127.0.0.1")
    {
        var logger = new LoggerSocket();
        logger.socket.Bind(new IPEndPoint(IPAddress.Parse(from), 0));
        await logger.socket.ConnectAsync(IPAddress.Loopback, port);
        return logger;
    }

    public async Task SendAsync(byte[] bytes) => await socket.SendAsync(bytes);

    /// <summary>FIN: no more bytes from this side; answers can still arrive.</summary>
    public void ShutdownSend() => socket.Shutdown(SocketShutdown.Send);

    /// <summary>Reads until <paramref name="count"/> frames arrived, the server closed, or the timeout passed.</summary>
    public async Task<List<Hj212Packet>> ReadAnswersAsync(int count, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        var buffer = new byte[8192];
        var answers = Decode();
        try
        {
            while (answers.Count < count && !ClosedByServer)
            {
                var n = await socket.ReceiveAsync(buffer, SocketFlags.None, cts.Token);
                if (n == 0)
                {
                    ClosedByServer = true;
                    break;
                }

                received.AddRange(buffer.AsSpan(0, n));
                answers = Decode();
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (SocketException)
        {
            ClosedByServer = true; // reset
        }

        return answers;
    }

    /// <summary>Waits for the server to close the connection; false if it is still open after the timeout.</summary>
    public async Task<bool> WaitClosedAsync(TimeSpan timeout)
    {
        await ReadAnswersAsync(int.MaxValue, timeout);
        return ClosedByServer;
    }

    private List<Hj212Packet> Decode()
    {
        var sequence = new ReadOnlySequence<byte>(received.ToArray());
        var scanner = new Hj212FrameScanner();
        var packets = new List<Hj212Packet>();
        while (scanner.TryReadFrame(ref sequence, out var frame, isFinalBlock: true) != OperationStatus.NeedMoreData)
        {
            if (frame.IsAccepted && Hj212Decoder.Decode(frame).Packet is { } p)
            {
                packets.Add(p);
            }
        }

        return packets;
    }

    public void Dispose() => socket.Dispose();
}
