using System.Buffers;
using System.Net.Sockets;
using Calcine.Ingestion.Hj212;

namespace Calcine.Web.Tests;

/// <summary>A hand-driven data logger on a real socket: send exact bytes, read answers.</summary>
internal sealed class RawDevice : IAsyncDisposable
{
    private readonly TcpClient client = new() { NoDelay = true };
    private readonly List<byte> received = [];

    public static async Task<RawDevice> ConnectAsync(int port)
    {
        var device = new RawDevice();
        await device.client.ConnectAsync("127.0.0.1", port);
        return device;
    }

    public Task SendAsync(byte[] bytes) => client.GetStream().WriteAsync(bytes).AsTask();

    /// <summary>Reads until <paramref name="count"/> frames arrived or the timeout passed.</summary>
    public async Task<List<Hj212Packet>> ReadAnswersAsync(int count, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        var buffer = new byte[8192];
        var answers = Decode();
        try
        {
            while (answers.Count < count)
            {
                var n = await client.GetStream().ReadAsync(buffer, cts.Token);
                if (n == 0)
                {
                    break;
                }

                received.AddRange(buffer.AsSpan(0, n));
                answers = Decode();
            }
        }
        catch (OperationCanceledException)
        {
        }

        return answers;
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

    public ValueTask DisposeAsync()
    {
        client.Dispose();
        return ValueTask.CompletedTask;
    }
}
