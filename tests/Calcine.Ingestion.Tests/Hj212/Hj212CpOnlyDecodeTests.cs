using System.Text;
using Calcine.Ingestion.Hj212;
using Calcine.TestKit.Hj212;

namespace Calcine.Ingestion.Tests.Hj212;

/// <summary>A stored CP area decoded on its own must read exactly as it does inside a packet.</summary>
public class Hj212CpOnlyDecodeTests
{
    private const string Header = "ST=22;CN=2011;PW=123456;MN=M1;CP=&&";

    private static List<(string Key, string Value)> Fields(Hj212PacketReader reader) =>
        Enumerable.Range(0, reader.FieldCount).Select(i => (reader.KeyAt(i), Encoding.UTF8.GetString(reader.ValueAt(i)))).ToList();

    /// <summary>The outcome of a decode in comparable form: success, error, detail, warnings about the area, fields.</summary>
    private static (bool Ok, Hj212FrameError Error, string? Detail, Hj212Warnings Warnings, string Fields) Outcome(Hj212PacketReader reader, bool ok)
    {
        // Header warnings (unknown CN and the like) have no place in a CP-only decode.
        const Hj212Warnings areaWarnings = Hj212Warnings.DuplicateCpKey | Hj212Warnings.UnknownDataFlag | Hj212Warnings.InvalidUtf8;
        return (ok, reader.Error, reader.Detail, ok ? reader.Warnings & areaWarnings : default, string.Join('\n', Fields(reader)));
    }

    private static void AssertSameAsInsidePacket(byte[] cp)
    {
        var alone = new Hj212PacketReader();
        var inPacket = new Hj212PacketReader();
        var okAlone = alone.DecodeCp(cp);
        var okInPacket = inPacket.Decode([.. Encoding.ASCII.GetBytes(Header), .. cp, .. "&&"u8]);

        Assert.Equal(Outcome(inPacket, okInPacket), Outcome(alone, okAlone));
    }

    [Theory]
    [InlineData("DataTime=20250315093000;a21026-Rtd=58,a21026-Flag=N;a21004-Rtd=112")]
    [InlineData("02-Rtd=12.5,02-Flag=N;S01-Rtd=11.2")]
    [InlineData("DataTime=20250315093000;Info=&&a=1;b=2&&;a34013-Avg=3")]
    [InlineData(" k = v ;; ;x=a=b,,y=;z= spaced ")]
    [InlineData("a=1;a=2;a-Flag=Q")]
    [InlineData("")]
    public void DecodeCp_WellFormedArea_SameFieldsAndWarningsAsInsideAPacket(string cp)
    {
        AssertSameAsInsidePacket(Encoding.UTF8.GetBytes(cp));
    }

    [Theory]
    [InlineData("a=1;junk;b=2", "has no '='")]
    [InlineData("a=1; =2", "has an empty key")]
    [InlineData("a=1;Info=&&b=2", "is not closed with &&")]
    [InlineData("Info=&&x;y&&", "has no '='")]
    public void DecodeCp_MalformedArea_FailsWithTheSameErrorAsInsideAPacket(string cp, string expected)
    {
        var reader = new Hj212PacketReader();

        Assert.False(reader.DecodeCp(cp.AsSpan()));
        Assert.Equal(Hj212FrameError.BadDataSegment, reader.Error);
        Assert.Contains(expected, reader.Detail, StringComparison.Ordinal);
        Assert.Equal(0, reader.FieldCount);
        AssertSameAsInsidePacket(Encoding.UTF8.GetBytes(cp));
    }

    [Fact]
    public void DecodeCp_EveryTruncationOfARealArea_NeverThrowsAndReadsAsInsideAPacket()
    {
        var frame = Hj212Fixtures.RealTimeFrame(new Random(5));
        var segment = Encoding.ASCII.GetString(frame, 6, frame.Length - 12);
        var at = segment.IndexOf("CP=&&", StringComparison.Ordinal) + 5;
        var cp = Encoding.ASCII.GetBytes(segment[at..segment.LastIndexOf("&&", StringComparison.Ordinal)]);
        for (var length = 0; length <= cp.Length; length++)
        {
            AssertSameAsInsidePacket(cp[..length]);
            // A cut inside a key leaves a last field without '=': the only way this area can fail.
            var text = Encoding.ASCII.GetString(cp, 0, length);
            var lastField = text[(text.LastIndexOfAny([';', ',']) + 1)..];
            var reader = new Hj212PacketReader();
            Assert.Equal(lastField.Contains('=', StringComparison.Ordinal) || lastField.Length == 0, reader.DecodeCp(cp.AsSpan(0, length)));
        }
    }

    [Fact]
    public void DecodeCp_HostileBytes_NeverThrowAndReadAsInsideAPacket()
    {
        var random = new Random(212);
        byte[] alphabet = [.. "=;,&& -aF0.\u00ff"u8, 0, 0x80, 0xC3, (byte)'\r', (byte)'\n'];
        for (var n = 0; n < 2000; n++)
        {
            var cp = new byte[random.Next(0, 200)];
            for (var i = 0; i < cp.Length; i++)
            {
                cp[i] = random.Next(4) == 0 ? (byte)random.Next(256) : alphabet[random.Next(alphabet.Length)];
            }

            AssertSameAsInsidePacket(cp);
        }
    }

    [Fact]
    public void DecodeCp_AfterAPacket_LeavesNoHeaderBehind()
    {
        var reader = new Hj212PacketReader();
        Assert.True(reader.Decode(Encoding.ASCII.GetBytes("QN=1;ST=22;CN=2011;PW=1;MN=M1;Flag=5;PNO=1;PNUM=2;CP=&&a=1&&")));

        Assert.True(reader.DecodeCp("b=2".AsSpan()));

        Assert.Equal(("", "", "", "", null, null, false), (reader.St, reader.Cn, reader.Pw, reader.Mn, reader.Flag, reader.Pnum, reader.HasQn));
        Assert.Equal([("b", "2")], Fields(reader));
    }

    [Fact]
    public void DecodeCp_NonAsciiText_IsEncodedAsUtf8()
    {
        var reader = new Hj212PacketReader();

        Assert.True(reader.DecodeCp("Note=窑尾;a=1".AsSpan()));

        Assert.Equal([("Note", "窑尾"), ("a", "1")], Fields(reader));
    }

    [Fact]
    public void DecodeCp_StoredTextSteadyStream_AllocatesNothingPerArea()
    {
        var random = new Random(2011);
        var areas = Enumerable.Range(0, 300).Select(_ =>
        {
            var frame = Hj212Fixtures.RealTimeFrame(random);
            var segment = Encoding.ASCII.GetString(frame, 6, frame.Length - 12);
            var at = segment.IndexOf("CP=&&", StringComparison.Ordinal) + 5;
            return segment[at..segment.LastIndexOf("&&", StringComparison.Ordinal)];
        }).ToArray();
        var reader = new Hj212PacketReader();
        foreach (var a in areas)
        {
            Assert.True(reader.DecodeCp(a.AsSpan())); // the buffer grows and keys enter the token cache
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        var fields = 0;
        foreach (var a in areas)
        {
            reader.DecodeCp(a.AsSpan());
            fields += reader.FieldCount;
        }

        long perArea = (GC.GetAllocatedBytesForCurrentThread() - before) / areas.Length;

        // Zero in practice; the margin only absorbs token-cache slots other tests may evict meanwhile.
        Assert.True(perArea < 16, $"{perArea} bytes per area");
        Assert.Equal(27 * areas.Length, fields);
    }
}
