using System.Text;
using Calcine.Ingestion.Hj212;
using Calcine.TestKit.Hj212;

namespace Calcine.Ingestion.Tests.Hj212;

/// <summary>Frames for the tests: built correctly, then broken in one named way.</summary>
internal static class Hj212TestFrames
{
    public const string RtdInterval = "QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;Flag=5;CP=&&RtdInterval=30&&";

    public static byte[] Ascii(string text) => Encoding.UTF8.GetBytes(text);

    public static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);

    public static byte[] Frame(string dataSegment) => Hj212FrameBuilder.Build(dataSegment);

    /// <summary>A frame whose length field says <paramref name="declared"/> while its CRC is right.</summary>
    public static byte[] WithDeclaredLength(string dataSegment, int declared)
    {
        var frame = Frame(dataSegment);
        Encoding.ASCII.GetBytes(declared.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)).CopyTo(frame, 2);
        return frame;
    }

    public static byte[] WithCrc(string dataSegment, string crc)
    {
        var frame = Frame(dataSegment);
        Encoding.ASCII.GetBytes(crc).CopyTo(frame, frame.Length - 6);
        return frame;
    }

    public static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    public static List<Hj212ScanRecord> Scan(byte[] input, Hj212ScanOptions? options = null) => Hj212Transcript.Scan(input, options);
}
