using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Calcine.Ingestion.Hj212;

namespace Calcine.TestKit.Hj212;

/// <summary>One scanner result as a comparable value: where, how long, and the decode contract's JSON line.</summary>
public sealed record Hj212ScanRecord(long Offset, long Length, bool Accepted, string Json);

/// <summary>Runs the scanner and decoder over an input and records every result, so two runs over
/// differently fragmented (or differently arriving) copies of the same bytes can be compared.</summary>
public static class Hj212Transcript
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The whole input is present: one pass with isFinalBlock.</summary>
    public static List<Hj212ScanRecord> Scan(ReadOnlySequence<byte> input, Hj212ScanOptions? options = null)
    {
        var scanner = new Hj212FrameScanner(options);
        var records = new List<Hj212ScanRecord>();
        Drain(scanner, ref input, isFinal: true, records);
        if (!input.IsEmpty)
        {
            throw new InvalidOperationException($"{input.Length} bytes left unconsumed at the end of input");
        }

        return records;
    }

    public static List<Hj212ScanRecord> Scan(byte[] input, Hj212ScanOptions? options = null) =>
        Scan(new ReadOnlySequence<byte>(input), options);

    /// <summary>The input arrives <paramref name="chunk"/> bytes at a time, as over a socket: unconsumed
    /// bytes are kept and rescanned with the next arrival, and only the last pass is final.</summary>
    public static List<Hj212ScanRecord> ScanArriving(byte[] input, int chunk, Hj212ScanOptions? options = null)
    {
        var scanner = new Hj212FrameScanner(options);
        var records = new List<Hj212ScanRecord>();
        int kept = 0;
        for (int arrived = Math.Min(chunk, input.Length); ; arrived = Math.Min(arrived + chunk, input.Length))
        {
            bool final = arrived == input.Length;
            var buffer = new ReadOnlySequence<byte>(input, kept, arrived - kept);
            Drain(scanner, ref buffer, final, records);
            kept = arrived - (int)buffer.Length;
            if (final)
            {
                return buffer.IsEmpty ? records : throw new InvalidOperationException("bytes left unconsumed at the end of input");
            }
        }
    }

    /// <summary>Scans until NeedMoreData; fails if a call neither consumes a byte nor asks for more.</summary>
    public static void Drain(Hj212FrameScanner scanner, ref ReadOnlySequence<byte> buffer, bool isFinal, List<Hj212ScanRecord> records)
    {
        while (true)
        {
            long before = buffer.Length;
            var status = scanner.TryReadFrame(ref buffer, out var frame, isFinal);
            if (status == OperationStatus.NeedMoreData)
            {
                return;
            }

            if (buffer.Length >= before)
            {
                throw new InvalidOperationException($"the scanner returned {status} without consuming a byte");
            }

            records.Add(Record(frame));
        }
    }

    public static Hj212ScanRecord Record(in Hj212ScannedFrame frame)
    {
        var decoded = Hj212Decoder.Decode(frame);
        return new Hj212ScanRecord(frame.Offset, frame.Length, frame.IsAccepted, Json(decoded, frame.Offset));
    }

    public static string Json(Hj212Decoded decoded, long offset)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            if (decoded.Packet is { } packet)
            {
                Hj212JsonLines.WriteAccepted(writer, packet, offset);
            }
            else
            {
                Hj212JsonLines.WriteRejected(writer, decoded.Error, decoded.Detail!, offset);
            }
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
