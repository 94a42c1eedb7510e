using System.Buffers;
using BenchmarkDotNet.Attributes;
using Calcine.Ingestion.Hj212;
using Calcine.TestKit.Hj212;

namespace Calcine.Benchmarks;

/// <summary>
/// Scan + decode of realistic kiln-tail real-time uploads (CN 2011, data segments of about 480–560
/// bytes; frames 490–575 bytes), 1,000 frames back to back per invocation, so each reported time is
/// per frame: frames/s = 1e9 / Mean(ns). The parts (CRC, scan, decode) are measured separately.
/// Target: at least 500,000 frames/s on one core for ScanAndDecode, with no allocation per frame.
/// ScanAndDecode is the ingestion path: a reused <see cref="Hj212PacketReader"/>, values read as
/// UTF-8 slices. ScanAndDecodeToPacket also builds the string-valued packet (the CLI's path).
/// </summary>
[MemoryDiagnoser]
public class Hj212DecodeBenchmarks
{
    private const int Frames = 1000;
    private byte[] stream = [];
    private byte[][] dataSegments = [];
    private readonly Hj212PacketReader reader = new();

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2011);
        var frames = Enumerable.Range(0, Frames).Select(_ => Hj212Fixtures.RealTimeFrame(random)).ToArray();
        stream = frames.SelectMany(f => f).ToArray();
        dataSegments = frames.Select(f => f[6..^6]).ToArray();
        if (ScanAndDecode() != Frames || ScanAndDecodeToPacket() != Frames)
        {
            throw new InvalidOperationException("the benchmark frames do not all decode");
        }

        Console.WriteLine($"// {Frames} frames, {stream.Length} bytes, {stream.Length / Frames} bytes per frame on average");
    }

    [Benchmark(OperationsPerInvoke = Frames)]
    public int ScanAndDecode()
    {
        var scanner = new Hj212FrameScanner();
        var buffer = new ReadOnlySequence<byte>(stream);
        int decoded = 0;
        while (scanner.TryReadFrame(ref buffer, out var frame, isFinalBlock: true) == OperationStatus.Done)
        {
            if (reader.Decode(frame))
            {
                decoded++;
            }
        }

        return decoded;
    }

    [Benchmark(OperationsPerInvoke = Frames)]
    public int ScanAndDecodeToPacket()
    {
        var scanner = new Hj212FrameScanner();
        var buffer = new ReadOnlySequence<byte>(stream);
        int decoded = 0;
        while (scanner.TryReadFrame(ref buffer, out var frame, isFinalBlock: true) == OperationStatus.Done)
        {
            if (Hj212Decoder.Decode(frame).IsSuccess)
            {
                decoded++;
            }
        }

        return decoded;
    }

    [Benchmark(OperationsPerInvoke = Frames)]
    public int ScanOnly()
    {
        var scanner = new Hj212FrameScanner();
        var buffer = new ReadOnlySequence<byte>(stream);
        int frames = 0;
        while (scanner.TryReadFrame(ref buffer, out _, isFinalBlock: true) == OperationStatus.Done)
        {
            frames++;
        }

        return frames;
    }

    [Benchmark(OperationsPerInvoke = Frames)]
    public int DecodeOnly()
    {
        int fields = 0;
        foreach (var data in dataSegments)
        {
            reader.Decode(data);
            fields += reader.FieldCount;
        }

        return fields;
    }

    [Benchmark(OperationsPerInvoke = Frames)]
    public int DecodeToPacketOnly()
    {
        int fields = 0;
        foreach (var data in dataSegments)
        {
            fields += Hj212Decoder.Decode(data).Packet!.Cp.Count;
        }

        return fields;
    }

    [Benchmark(OperationsPerInvoke = Frames)]
    public int CrcOnly()
    {
        int sum = 0;
        foreach (var data in dataSegments)
        {
            sum += Hj212Crc.Compute(data);
        }

        return sum;
    }
}
