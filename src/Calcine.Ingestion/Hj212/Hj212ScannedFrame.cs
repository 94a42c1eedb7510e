using System.Buffers;

namespace Calcine.Ingestion.Hj212;

/// <summary>
/// One frame found by <see cref="Hj212FrameScanner"/>: either accepted (CRC verified, <see cref="DataSegment"/>
/// set) or rejected with an <see cref="Error"/>. The data segment is a slice of the scanned buffer, valid
/// until the caller releases that buffer (decode it before advancing a PipeReader).
/// </summary>
public readonly struct Hj212ScannedFrame
{
    internal Hj212ScannedFrame(long offset, long length, ReadOnlySequence<byte> dataSegment, int declaredLength, Hj212Warnings warnings)
    {
        Offset = offset;
        Length = length;
        DataSegment = dataSegment;
        DeclaredLength = declaredLength;
        Warnings = warnings;
        Error = Hj212FrameError.None;
        Detail = null;
    }

    internal Hj212ScannedFrame(long offset, long length, Hj212FrameError error, string detail)
    {
        Offset = offset;
        Length = length;
        DataSegment = default;
        DeclaredLength = -1;
        Warnings = Hj212Warnings.None;
        Error = error;
        Detail = detail;
    }

    /// <summary>Byte offset of the frame's "##" in the whole input stream.</summary>
    public long Offset { get; }

    /// <summary>Bytes the frame (or the rejected stretch) occupies from its "##" on.</summary>
    public long Length { get; }

    public bool IsAccepted => Error == Hj212FrameError.None;

    /// <summary>The data segment between the length field and the CRC (empty when rejected).</summary>
    public ReadOnlySequence<byte> DataSegment { get; }

    /// <summary>The value of the 4-digit length field (-1 when rejected).</summary>
    public int DeclaredLength { get; }

    /// <summary>Frame-level warnings (length mismatch, oversize, lower-case CRC, MODBUS compatibility).</summary>
    public Hj212Warnings Warnings { get; }

    public Hj212FrameError Error { get; }

    /// <summary>What was wrong, in words (null when accepted).</summary>
    public string? Detail { get; }
}
