using System.Buffers;

namespace Calcine.Ingestion.Hj212;

/// <summary>
/// Finds HJ 212 frames in a byte stream: <c>"##" + 4-digit length + data segment + 4 hex CRC + CR LF</c>,
/// back to back or with junk between them. No I/O: feed it what a PipeReader (or a file) gave you.
/// The only state is <see cref="Position"/>, the stream offset of the next byte it has not consumed,
/// so it can report each frame's offset in the whole stream.
/// </summary>
/// <remarks>
/// Shape of RESPite's <c>RespFrameScanner.TryRead</c> and Kestrel's HttpParser: a fast path over the
/// first span when the frame lies in it, a slow path that copies at most one maximum-size frame
/// from a multi-segment sequence into a pooled buffer. Each call either consumes at least one byte
/// or returns <see cref="OperationStatus.NeedMoreData"/>.
/// </remarks>
public sealed class Hj212FrameScanner(Hj212ScanOptions? options = null)
{
    private static ReadOnlySpan<byte> Start => "##"u8;

    private readonly Hj212ScanOptions options = options ?? Hj212ScanOptions.Default;

    /// <summary>Stream offset of the first byte of the next buffer passed in.</summary>
    public long Position { get; private set; }

    /// <summary>
    /// <see cref="OperationStatus.Done"/>: <paramref name="frame"/> is an accepted frame.
    /// <see cref="OperationStatus.InvalidData"/>: <paramref name="frame"/> is a rejected one (its error says why).
    /// <see cref="OperationStatus.NeedMoreData"/>: no complete frame; junk before the next "##" has been consumed.
    /// In all cases <paramref name="buffer"/> is advanced past what was consumed. With
    /// <paramref name="isFinalBlock"/> (end of input) an incomplete frame is rejected rather than waited for,
    /// and NeedMoreData means the buffer is exhausted.
    /// </summary>
    public OperationStatus TryReadFrame(ref ReadOnlySequence<byte> buffer, out Hj212ScannedFrame frame, bool isFinalBlock = false)
    {
        while (true)
        {
            long start = FindStart(buffer, isFinalBlock, out long junk);
            if (start < 0)
            {
                Advance(ref buffer, junk);
                frame = default;
                return OperationStatus.NeedMoreData;
            }

            var rest = buffer.Slice(start);
            var step = Scan(rest, isFinalBlock);
            switch (step.Kind)
            {
                case ScanStepKind.NeedMore:
                    Advance(ref buffer, start);
                    frame = default;
                    return OperationStatus.NeedMoreData;
                case ScanStepKind.Skip:
                    Advance(ref buffer, start + step.Consumed);
                    continue;
                case ScanStepKind.Accept:
                    frame = new Hj212ScannedFrame(Position + start, step.Consumed, rest.Slice(ScanStep.DataStart, step.DataLength), step.DeclaredLength, step.Warnings);
                    Advance(ref buffer, start + step.Consumed);
                    return OperationStatus.Done;
                default:
                    frame = new Hj212ScannedFrame(Position + start, step.Consumed, step.Error, step.Detail!);
                    Advance(ref buffer, start + step.Consumed);
                    return OperationStatus.InvalidData;
            }
        }
    }

    private void Advance(ref ReadOnlySequence<byte> buffer, long bytes)
    {
        buffer = buffer.Slice(bytes);
        Position += bytes;
    }

    /// <summary>Index of the next "##", or -1 with <paramref name="junk"/> = bytes that can be dropped
    /// (all but a trailing '#' that may begin a "##", unless the input has ended).</summary>
    private static long FindStart(in ReadOnlySequence<byte> buffer, bool isFinalBlock, out long junk)
    {
        junk = 0;
        if (buffer.IsEmpty)
        {
            return -1;
        }

        long index;
        if (buffer.IsSingleSegment)
        {
            index = buffer.FirstSpan.IndexOf(Start);
        }
        else
        {
            var reader = new SequenceReader<byte>(buffer);
            index = reader.TryReadTo(out ReadOnlySequence<byte> _, Start, advancePastDelimiter: false) ? reader.Consumed : -1;
        }

        if (index >= 0)
        {
            return index;
        }

        bool keepLast = !isFinalBlock && buffer.Slice(buffer.Length - 1).FirstSpan[0] == (byte)'#';
        junk = keepLast ? buffer.Length - 1 : buffer.Length;
        return -1;
    }

    private ScanStep Scan(in ReadOnlySequence<byte> rest, bool isFinalBlock)
    {
        int take = (int)Math.Min(rest.Length, options.MaxFrameBytes);
        bool windowIsFinal = isFinalBlock && take == rest.Length;
        var first = rest.FirstSpan;
        if (first.Length >= take)
        {
            return Hj212FrameRules.ScanAt(first[..take], windowIsFinal, options);
        }

        // The rules decide only on bytes they have, so a decision on the first segment alone stands;
        // copy the window only when that segment is not enough.
        var step = Hj212FrameRules.ScanAt(first, isFinal: false, options);
        if (step.Kind != ScanStepKind.NeedMore)
        {
            return step;
        }

        var rented = ArrayPool<byte>.Shared.Rent(take);
        try
        {
            rest.Slice(0, take).CopyTo(rented);
            return Hj212FrameRules.ScanAt(rented.AsSpan(0, take), windowIsFinal, options);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
