using System.Text;

namespace Calcine.Ingestion.Hj212;

/// <summary>Builds a frame around a data segment: "##", the 4-digit UTF-8 byte length, the data,
/// the Appendix A CRC in upper-case hex, CR LF. For replies (CN 9014), simulators and tests.</summary>
public static class Hj212FrameBuilder
{
    public static byte[] Build(string dataSegment) => Build(Encoding.UTF8.GetBytes(dataSegment));

    public static byte[] Build(ReadOnlySpan<byte> dataSegment)
    {
        if (dataSegment.Length > 9999)
        {
            throw new ArgumentException($"A data segment has at most 9999 bytes; this one has {dataSegment.Length}.", nameof(dataSegment));
        }

        var frame = new byte[dataSegment.Length + 12];
        "##"u8.CopyTo(frame);
        int length = dataSegment.Length;
        for (int i = 5; i >= 2; i--)
        {
            frame[i] = (byte)('0' + (length % 10));
            length /= 10;
        }

        dataSegment.CopyTo(frame.AsSpan(6));
        Hj212Crc.WriteHex(Hj212Crc.Compute(dataSegment), frame.AsSpan(6 + dataSegment.Length, 4));
        frame[^2] = (byte)'\r';
        frame[^1] = (byte)'\n';
        return frame;
    }
}
