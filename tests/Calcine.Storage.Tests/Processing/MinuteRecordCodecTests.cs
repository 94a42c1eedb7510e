using Calcine.Domain.Cems;
using Calcine.Domain.Cems.Processing;
using Calcine.Storage.Cems;

namespace Calcine.Storage.Tests.Processing;

public class MinuteRecordCodecTests
{
    [Fact]
    public void EncodeDecode_TenChannels_RoundTripsIn101Bytes()
    {
        var readings = MinuteChannels.All.Select((c, i) => new MinuteReading(c, i % 2 == 0 ? DataFlag.N : DataFlag.C, (i * 1.1) - 3)).ToArray();

        var bytes = MinuteRecordCodec.Encode(readings);

        Assert.Equal(101, bytes.Length);
        Assert.Equal(readings, MinuteRecordCodec.Decode(bytes));
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 2 })]
    [InlineData(new byte[] { 1, 0, 0 })]
    public void Decode_NotAMinuteRecord_Throws(byte[] bytes) =>
        Assert.Throws<InvalidDataException>(() => MinuteRecordCodec.Decode(bytes));
}
