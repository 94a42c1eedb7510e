using System.Text;
using Calcine.Ingestion.Hj212;
using Calcine.TestKit.Hj212;
using static Calcine.Ingestion.Tests.Hj212.Hj212TestFrames;

namespace Calcine.Ingestion.Tests.Hj212;

public class Hj212PacketReaderTests
{
    private const string Header = "QN=20250315000000123;ST=31;CN=2011;PW=123456;MN=M1;Flag=5;CP=&&";

    private static List<(string Key, string Value)> Fields(Hj212PacketReader reader) =>
        Enumerable.Range(0, reader.FieldCount).Select(i => (reader.KeyAt(i), Encoding.UTF8.GetString(reader.ValueAt(i)))).ToList();

    private static List<(string Key, string Value)> Read(string dataSegment)
    {
        var reader = new Hj212PacketReader();
        Assert.True(reader.Decode(Ascii(dataSegment)), reader.Detail);
        return Fields(reader);
    }

    // A nested area anywhere in the CP area sends it down the general parser; without one it takes the
    // bit-map fast path. Appending one must add exactly its own field and change nothing else.
    [Theory]
    [InlineData("a21026-Rtd=58,a21026-Flag=N;a21004-Rtd=112")]
    [InlineData(" k = v ;; ;x=a=b,,y=;z= spaced ")]
    [InlineData("LongKeyNameThatCrossesTheSixtyFourByteWordBoundaryOfTheBitMaps-Rtd=12345678901234567890,b=1")]
    [InlineData("a=1;b=2;c=3;d=4;e=5;f=6;g=7;h=8;i=9;j=10;k=11;l=12;m=13;n=14;o=15;p=16;q=17;r=18;s=19;t=20;u=21;v=22")]
    public void Decode_FlatArea_SameFieldsAsGeneralParser(string cp)
    {
        var flat = Read($"{Header}{cp}&&");
        var general = Read($"{Header}{cp};Z=&&q=1&&&&");

        Assert.Equal([.. flat, ("Z.q", "1")], general);
    }

    [Fact]
    public void Decode_RealTimeFrames_FastPathAgreesWithGeneralParser()
    {
        var random = new Random(7);
        for (int n = 0; n < 200; n++)
        {
            var frame = Hj212Fixtures.RealTimeFrame(random);
            var segment = Encoding.ASCII.GetString(frame, 6, frame.Length - 12);
            var nested = segment.Insert(segment.LastIndexOf("&&", StringComparison.Ordinal), ";Z=&&q=1&&");

            Assert.Equal([.. Read(segment), ("Z.q", "1")], Read(nested));
        }
    }

    [Theory]
    [InlineData("a=1;junk;b=2", "has no '='")]
    [InlineData("a=1; =2", "has an empty key")]
    public void Decode_MalformedFlatArea_SameErrorAsGeneralParser(string cp, string expected)
    {
        var flat = new Hj212PacketReader();
        var general = new Hj212PacketReader();

        Assert.False(flat.Decode(Ascii($"{Header}{cp}&&")));
        Assert.False(general.Decode(Ascii($"{Header}Z=&&q=1&&;{cp}&&")));
        Assert.Equal(Hj212FrameError.BadDataSegment, flat.Error);
        Assert.Contains(expected, flat.Detail, StringComparison.Ordinal);
        Assert.Equal(general.Detail, flat.Detail);
    }

    [Fact]
    public void Decode_ReusedForShorterFrame_OnlyTheNewFieldsAndHeader()
    {
        var reader = new Hj212PacketReader();
        Assert.True(reader.Decode(Ascii($"{Header}a=1;b=2;c=3&&")));

        Assert.True(reader.Decode(Ascii("ST=32;CN=2051;PW=1;MN=M2;CP=&&d=4&&")));

        Assert.Equal([("d", "4")], Fields(reader));
        Assert.Equal("M2", reader.Mn);
        Assert.False(reader.HasQn);
        Assert.Null(reader.QnText());
        Assert.Null(reader.Flag);
    }

    [Fact]
    public void Decode_HeaderAndValues_ReadableWithoutStrings()
    {
        var reader = new Hj212PacketReader();

        Assert.True(reader.Decode(Ascii($"{Header}DataTime=20250315000000;a21026-Rtd=58&&")));

        Assert.Equal("20250315000000123"u8, reader.Qn);
        Assert.True(reader.AckRequired);
        Assert.True(reader.TryGetValue("a21026-Rtd", out var rtd));
        Assert.Equal("58"u8, rtd);
        Assert.False(reader.TryGetValue("a21026-Avg", out _));
    }

    [Fact]
    public void Decode_BadSegment_FailsWithNoFieldsLeftFromBefore()
    {
        var reader = new Hj212PacketReader();
        Assert.True(reader.Decode(Ascii($"{Header}a=1&&")));

        Assert.False(reader.Decode(Ascii("ST=32;CN=2051;PW=1;CP=&&d=4&&")));

        Assert.Equal(Hj212FrameError.BadHeader, reader.Error);
        Assert.Equal(0, reader.FieldCount);
        Assert.Throws<InvalidOperationException>(reader.ToPacket);
    }

    [Fact]
    public void ToPacket_SameAsDecoder()
    {
        var segment = Ascii($"{Header}a21026-Rtd=58,a21026-Flag=N;a21026-Rtd=59&&");
        var reader = new Hj212PacketReader();
        Assert.True(reader.Decode(segment));

        var fromReader = reader.ToPacket();
        var fromDecoder = Hj212Decoder.Decode(segment).Packet!;

        Assert.Equal(fromDecoder.Cp, fromReader.Cp);
        Assert.Equal(fromDecoder.Qn, fromReader.Qn);
        Assert.Equal(Hj212Warnings.DuplicateCpKey, fromReader.Warnings);
    }

    [Fact]
    public void Decode_SteadyStream_AllocatesNothingPerFrame()
    {
        var random = new Random(2011);
        var segments = Enumerable.Range(0, 500).Select(_ => Hj212Fixtures.RealTimeFrame(random)[6..^6]).ToArray();
        var reader = new Hj212PacketReader();
        foreach (var s in segments)
        {
            Assert.True(reader.Decode(s)); // buffers grow and keys enter the token cache
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        int fields = 0;
        foreach (var s in segments)
        {
            reader.Decode(s);
            fields += reader.FieldCount;
        }

        long perFrame = (GC.GetAllocatedBytesForCurrentThread() - before) / segments.Length;

        // Zero in practice; the margin only absorbs token-cache slots other tests may evict meanwhile.
        Assert.True(perFrame < 16, $"{perFrame} bytes per frame");
        Assert.Equal(27 * segments.Length, fields); // DataTime + 11 channels × (Rtd, Flag) + 4 × ZsRtd
    }
}
