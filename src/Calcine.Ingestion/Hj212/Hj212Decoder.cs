namespace Calcine.Ingestion.Hj212;

/// <summary>
/// Decodes an HJ 212 data segment (the bytes between the length field and the CRC) into an immutable
/// <see cref="Hj212Packet"/> with string values. Never throws on bad input: a malformed segment is a
/// failed <see cref="Hj212Decoded"/>. Allocates the packet, its CP array and the value strings; repeated
/// tokens (keys, ST/CN/PW/MN, data flags) come from a shared cache. A hot path that does not need
/// strings uses a <see cref="Hj212PacketReader"/> of its own instead, which allocates nothing.
/// The grammar is described on <see cref="Hj212PacketReader"/>.
/// </summary>
public static class Hj212Decoder
{
    // One reader per thread, used only inside a call, so its buffers are reused without locking.
    [ThreadStatic]
    private static Hj212PacketReader? reader;

    /// <summary>Decodes an accepted frame's data segment (contiguous or not); a rejected frame fails with its own error.</summary>
    public static Hj212Decoded Decode(in Hj212ScannedFrame frame)
    {
        var r = reader ??= new Hj212PacketReader();
        return r.Decode(frame) ? Hj212Decoded.Ok(r.ToPacket()) : Hj212Decoded.Fail(r.Error, r.Detail!);
    }

    /// <param name="dataSegment">The data segment's bytes (UTF-8).</param>
    /// <param name="frameWarnings">Warnings the scanner found, carried into the packet.</param>
    public static Hj212Decoded Decode(ReadOnlySpan<byte> dataSegment, Hj212Warnings frameWarnings = Hj212Warnings.None)
    {
        var r = reader ??= new Hj212PacketReader();
        return r.Decode(dataSegment, frameWarnings) ? Hj212Decoded.Ok(r.ToPacket()) : Hj212Decoded.Fail(r.Error, r.Detail!);
    }
}
