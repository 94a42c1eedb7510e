using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using Calcine.Ingestion.Hj212;
using Calcine.TestKit.Hj212;

namespace Calcine.Benchmarks;

/// <summary>
/// Frames per second of scan + decode on one thread, by wall clock and by process CPU time, and the
/// bytes allocated per frame:
/// <c>dotnet run -c Release --project tests/Calcine.Benchmarks -- hj212-throughput [seconds=10] [parts]</c>;
/// "decode" is a reused <see cref="Hj212PacketReader"/> (the ingestion path), "decode to packet" also
/// builds the string-valued packet (<see cref="Hj212Decoder"/>, the CLI's path).
/// With "parts", CPU time per frame of the CRC, the scan and the decode on their own.
/// On a machine shared with other work the CPU-time figure is the fairer "one core" number;
/// BenchmarkDotNet (<see cref="Hj212DecodeBenchmarks"/>) only sees wall-clock time.
/// </summary>
public static class Hj212ThroughputRun
{
    public static int Run(string[] args)
    {
        double seconds = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 10;
        var random = new Random(2011);
        var stream = Enumerable.Range(0, 1000).SelectMany(_ => Hj212Fixtures.RealTimeFrame(random)).ToArray();
        if (args.Length > 1 && args[1] == "parts")
        {
            var segments = new List<byte[]>();
            var all = new ReadOnlySequence<byte>(stream);
            var splitter = new Hj212FrameScanner();
            while (splitter.TryReadFrame(ref all, out var frame, isFinalBlock: true) == OperationStatus.Done)
            {
                segments.Add(frame.DataSegment.ToArray());
            }

            Time("crc", seconds, () =>
            {
                foreach (var d in segments)
                {
                    Hj212Crc.Compute(d);
                }

                return segments.Count;
            });
            Time("scan", seconds, () => Pass(stream, decodeWith: null, decode: false));
            var partReader = new Hj212PacketReader();
            Time("decode", seconds, () =>
            {
                foreach (var d in segments)
                {
                    partReader.Decode(d);
                }

                return segments.Count;
            });
            Time("decode to packet", seconds, () =>
            {
                foreach (var d in segments)
                {
                    Hj212Decoder.Decode(d);
                }

                return segments.Count;
            });
            return 0;
        }

        Console.WriteLine($"hj212: frames of {stream.Length / 1000} bytes on average");
        var reader = new Hj212PacketReader();
        Measure("scan+decode", seconds, () => Pass(stream, reader));
        Measure("scan+decode to packet", seconds, () => Pass(stream, null));
        return 0;
    }

    private static void Measure(string name, double seconds, Func<int> pass)
    {
        for (int i = 0; i < 200; i++)
        {
            pass(); // warm up and let tiered compilation settle
        }

        var process = Process.GetCurrentProcess();
        var cpuStart = process.TotalProcessorTime;
        long allocatedStart = GC.GetAllocatedBytesForCurrentThread();
        var wall = Stopwatch.StartNew();
        long frames = 0;
        while (wall.Elapsed.TotalSeconds < seconds)
        {
            frames += pass();
        }

        wall.Stop();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedStart;
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuStart;
        Console.WriteLine($"{name}: {frames} frames, {(double)allocated / frames:F1} bytes allocated per frame");
        Console.WriteLine($"  wall clock {wall.Elapsed.TotalSeconds:F2} s: {frames / wall.Elapsed.TotalSeconds:N0} frames/s");
        Console.WriteLine($"  process CPU {cpu.TotalSeconds:F2} s: {frames / cpu.TotalSeconds:N0} frames/s per CPU-second");
    }

    private static void Time(string name, double seconds, Func<int> pass)
    {
        for (int i = 0; i < 200; i++)
        {
            pass();
        }

        var process = Process.GetCurrentProcess();
        var cpuStart = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        long frames = 0;
        while (wall.Elapsed.TotalSeconds < seconds)
        {
            frames += pass();
        }

        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuStart;
        Console.WriteLine($"  {name,-16} {cpu.TotalMilliseconds * 1e6 / frames,6:F0} ns CPU per frame ({frames / cpu.TotalSeconds:N0} frames/s)");
    }

    /// <summary>Scans the stream and decodes each frame with <paramref name="decodeWith"/>, or to a packet when it is null.</summary>
    private static int Pass(byte[] stream, Hj212PacketReader? decodeWith, bool decode = true)
    {
        var scanner = new Hj212FrameScanner();
        var buffer = new ReadOnlySequence<byte>(stream);
        int frames = 0;
        while (scanner.TryReadFrame(ref buffer, out var frame, isFinalBlock: true) == OperationStatus.Done)
        {
            bool ok = !decode || (decodeWith is null ? Hj212Decoder.Decode(frame).IsSuccess : decodeWith.Decode(frame));
            frames += ok ? 1 : 0;
        }

        return frames;
    }
}
