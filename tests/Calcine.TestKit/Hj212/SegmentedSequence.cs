using System.Buffers;

namespace Calcine.TestKit.Hj212;

/// <summary>
/// Builds multi-segment <see cref="ReadOnlySequence{T}"/>s the way a socket delivers bytes, so parser
/// tests run every fixture under every fragmentation (RESPite's RespReaderTests.GetVariants).
/// </summary>
public static class SegmentedSequence
{
    public static ReadOnlySequence<byte> Create(IReadOnlyList<ReadOnlyMemory<byte>> pieces)
    {
        if (pieces.Count == 0)
        {
            return ReadOnlySequence<byte>.Empty;
        }

        var first = new Segment(pieces[0], 0);
        var last = first;
        for (int i = 1; i < pieces.Count; i++)
        {
            last = last.Append(pieces[i]);
        }

        return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
    }

    /// <summary>Two segments, the first holding <paramref name="at"/> bytes.</summary>
    public static ReadOnlySequence<byte> SplitAt(byte[] bytes, int at) =>
        Create([bytes.AsMemory(0, at), bytes.AsMemory(at)]);

    public static ReadOnlySequence<byte> OneBytePerSegment(byte[] bytes) =>
        Create(Enumerable.Range(0, bytes.Length).Select(i => (ReadOnlyMemory<byte>)bytes.AsMemory(i, 1)).ToArray());

    /// <summary>Segments of 1..<paramref name="maxSize"/> bytes chosen by <paramref name="random"/>.</summary>
    public static ReadOnlySequence<byte> Random(byte[] bytes, Random random, int maxSize)
    {
        var pieces = new List<ReadOnlyMemory<byte>>();
        for (int i = 0; i < bytes.Length;)
        {
            int size = Math.Min(bytes.Length - i, random.Next(1, maxSize + 1));
            pieces.Add(bytes.AsMemory(i, size));
            i += size;
        }

        return Create(pieces);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}
