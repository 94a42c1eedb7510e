using Calcine.Ingestion.Hj212;
using static Calcine.Ingestion.Tests.Hj212.Hj212TestFrames;

namespace Calcine.Ingestion.Tests.Hj212;

public class Hj212DecoderTests
{
    private static Hj212Packet Ok(string dataSegment)
    {
        var decoded = Hj212Decoder.Decode(Ascii(dataSegment));
        Assert.True(decoded.IsSuccess, decoded.Detail);
        return decoded.Packet!;
    }

    private static Hj212Decoded Fails(string dataSegment, Hj212FrameError error)
    {
        var decoded = Hj212Decoder.Decode(Ascii(dataSegment));
        Assert.False(decoded.IsSuccess);
        Assert.Equal(error, decoded.Error);
        return decoded;
    }

    [Fact]
    public void Decode_StandardExample_HeaderFieldsAsSent()
    {
        var p = Ok(RtdInterval);
        Assert.Equal("20160801085857223", p.Qn);
        Assert.Equal("32", p.St);
        Assert.Equal("1062", p.Cn);
        Assert.Equal("100000", p.Pw);
        Assert.Equal("010000A8900016F000169DC0", p.Mn);
        Assert.Equal(5, p.Flag);
        Assert.Equal(Hj212Version.Hj212_2017, p.Version);
        Assert.True(p.AckRequired);
        Assert.False(p.IsSplit);
        Assert.Null(p.Pnum);
        Assert.Equal([new Hj212Field("RtdInterval", "30")], p.Cp);
        Assert.Equal(Hj212Warnings.None, p.Warnings);
    }

    [Fact]
    public void Decode_ContractCpExample_FlattensInOrderWithRawValues()
    {
        var p = Ok("ST=31;CN=2011;PW=1;MN=M;Flag=4;CP=&&a21026-Rtd=58,a21026-Flag=N;a21004-Rtd=112&&");
        Assert.Equal(
            [new("a21026-Rtd", "58"), new("a21026-Flag", "N"), new("a21004-Rtd", "112")],
            p.Cp);
    }

    [Fact]
    public void Decode_Values_KeptExactlyAsSent()
    {
        var p = Ok("ST=31;CN=2011;PW=1;MN=M;Flag=4;CP=&&a01013-Rtd=-0.470,a00000-Rtd=1.0E2,x= spaced ,e=&&");
        Assert.Equal("-0.470", p["a01013-Rtd"]);
        Assert.Equal("1.0E2", p["a00000-Rtd"]);
        Assert.Equal(" spaced ", p["x"]);
        Assert.Equal("", p["e"]);
    }

    [Fact]
    public void Decode_NestedArea_FlattensWithDottedPrefix()
    {
        var p = Ok("ST=31;CN=3020;PW=1;MN=M;Flag=4;CP=&&DataTime=1;Dev=&&i12001=0;i12002=1&&;PolId=a21002&&");
        Assert.Equal(
            [new("DataTime", "1"), new("Dev.i12001", "0"), new("Dev.i12002", "1"), new("PolId", "a21002")],
            p.Cp);
    }

    [Fact]
    public void Decode_DoublyNestedArea_FlattensEachLevel()
    {
        var p = Ok("ST=31;CN=3020;PW=1;MN=M;Flag=4;CP=&&A=&&B=&&c=1&&&&&&");
        Assert.Equal([new("A.B.c", "1")], p.Cp);
    }

    [Fact]
    public void Decode_HeaderInAnyOrderWithSpacesAndUpperCaseFlag_Accepted()
    {
        var p = Ok(" MN = M1 ;FLAG=7;PNO=2;PNUM=3;ST=31;CN=2061;PW=123456;QN=20250315100000123;CP=&&&&");
        Assert.Equal("M1", p.Mn);
        Assert.Equal(7, p.Flag);
        Assert.True(p.IsSplit);
        Assert.Equal("3", p.Pnum);
        Assert.Equal("2", p.Pno);
        Assert.Equal(Hj212Warnings.None, p.Warnings);
    }

    [Fact]
    public void Decode_Hj212_2005Style_NoQnNoFlag_Version2005()
    {
        var p = Ok("ST=32;CN=2011;PW=123456;MN=88888880000001;CP=&&DataTime=20040516021000;01-Rtd=12.1,01-Flag=N&&");
        Assert.Null(p.Qn);
        Assert.Null(p.Flag);
        Assert.Equal(Hj212Version.Hj212_2005, p.Version);
        Assert.False(p.AckRequired);
        Assert.Equal("12.1", p["01-Rtd"]);
    }

    [Theory]
    [InlineData(0, Hj212Version.Hj212_2005, false)]
    [InlineData(3, Hj212Version.Hj212_2005, true)]
    [InlineData(4, Hj212Version.Hj212_2017, false)]
    [InlineData(5, Hj212Version.Hj212_2017, true)]
    [InlineData(8, Hj212Version.Hj212_2025, false)]
    [InlineData(9, Hj212Version.Hj212_2025, true)]
    public void Decode_FlagBits_GiveVersionAndAck(int flag, Hj212Version version, bool ack)
    {
        var p = Ok($"ST=31;CN=9014;PW=1;MN=M;Flag={flag};CP=&&&&");
        Assert.Equal(version, p.Version);
        Assert.Equal(ack, p.AckRequired);
    }

    [Fact]
    public void Decode_UnknownVersionBits_VersionNullWithWarning()
    {
        var p = Ok("ST=31;CN=9014;PW=1;MN=M;Flag=64;CP=&&&&");
        Assert.Null(p.Version);
        Assert.True(p.Warnings.HasFlag(Hj212Warnings.UnknownVersion));
    }

    [Fact]
    public void Decode_UnknownStCnAndDataFlag_KeptWithWarnings()
    {
        var p = Ok("ST=101;CN=8888;PW=1;MN=M;Flag=5;CP=&&a21026-Rtd=1,a21026-Flag=Md&&");
        Assert.Equal("101", p.St);
        Assert.Equal("8888", p.Cn);
        Assert.Equal("Md", p["a21026-Flag"]);
        Assert.Equal(Hj212Warnings.UnknownSt | Hj212Warnings.UnknownCn | Hj212Warnings.UnknownDataFlag, p.Warnings);
    }

    [Fact]
    public void Decode_Heartbeat9015_KnownOnlyUnder2025()
    {
        Assert.Equal(Hj212Warnings.None, Ok("ST=31;CN=9015;PW=1;MN=M;Flag=9;CP=&&&&").Warnings);
        Assert.Equal(Hj212Warnings.UnknownCn, Ok("ST=31;CN=9015;PW=1;MN=M;Flag=5;CP=&&&&").Warnings);
    }

    [Fact]
    public void Decode_DuplicateAndUnknownHeaderFields_FirstKeptWithWarnings()
    {
        var p = Ok("ST=31;ST=32;CN=2011;PW=1;MN=M;Vendor=x;CP=&&&&");
        Assert.Equal("31", p.St);
        Assert.Equal(Hj212Warnings.DuplicateHeaderField | Hj212Warnings.UnknownHeaderField, p.Warnings);
    }

    [Fact]
    public void Decode_DuplicateCpKey_BothKeptWithWarning()
    {
        var p = Ok("ST=31;CN=2011;PW=1;MN=M;CP=&&a=1;b=2;a=3&&");
        Assert.Equal([new("a", "1"), new("b", "2"), new("a", "3")], p.Cp);
        Assert.True(p.Warnings.HasFlag(Hj212Warnings.DuplicateCpKey));
    }

    [Theory]
    [InlineData("ST=31;CN=2011;PW=1;MN=M;Flag=7;CP=&&&&")]
    [InlineData("ST=31;CN=2011;PW=1;MN=M;Flag=5;PNUM=2;PNO=1;CP=&&&&")]
    public void Decode_SplitBitAndPnumPnoDisagree_Warns(string dataSegment)
    {
        Assert.True(Ok(dataSegment).Warnings.HasFlag(Hj212Warnings.SplitFieldsInconsistent));
    }

    [Theory]
    [InlineData("CP=&& &&")]
    [InlineData("CP=&&&&")]
    [InlineData("CP=&&;;&&")]
    [InlineData("CP=&&&&;")]
    public void Decode_EmptyDataArea_NoFields(string cp)
    {
        Assert.Empty(Ok("ST=91;CN=9014;PW=1;MN=M;Flag=4;" + cp).Cp);
    }

    [Fact]
    public void Decode_Utf8Text_DecodedToString()
    {
        var p = Ok("ST=31;CN=3020;PW=1;MN=M;Flag=5;CP=&&i11001-Info=//窑尾 NOx 分析仪//&&");
        Assert.Equal("//窑尾 NOx 分析仪//", p["i11001-Info"]);
        Assert.Equal(Hj212Warnings.None, p.Warnings);
    }

    [Fact]
    public void Decode_InvalidUtf8_ReplacedWithWarning()
    {
        var bytes = Ascii("ST=31;CN=3020;PW=1;MN=M;CP=&&i11001-Info=//?//&&");
        bytes[Array.IndexOf(bytes, (byte)'?')] = 0xC3;
        var decoded = Hj212Decoder.Decode(bytes);
        Assert.True(decoded.IsSuccess);
        Assert.True(decoded.Packet!.Warnings.HasFlag(Hj212Warnings.InvalidUtf8));
        Assert.Contains('\uFFFD', decoded.Packet["i11001-Info"]!);
    }

    [Theory]
    [InlineData("CN=2011;PW=1;MN=M;CP=&&&&", "ST")]
    [InlineData("ST=31;PW=1;MN=M;CP=&&&&", "CN")]
    [InlineData("ST=31;CN=2011;MN=M;CP=&&&&", "PW")]
    [InlineData("ST=31;CN=2011;PW=1;CP=&&&&", "MN")]
    [InlineData("ST=;CN=2011;PW=1;MN=M;CP=&&&&", "ST")]
    public void Decode_RequiredHeaderFieldMissing_BadHeader(string dataSegment, string field)
    {
        var decoded = Fails(dataSegment, Hj212FrameError.BadHeader);
        Assert.StartsWith(field, decoded.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ST=31;CN=2011;PW=1;MN=M;Flag=x;CP=&&&&")]
    [InlineData("ST=31;CN=2011;PW=1;MN=M;Flag=256;CP=&&&&")]
    [InlineData("ST=31;CN=2011;PW=1;MN=M;Flag=-1;CP=&&&&")]
    [InlineData("QN=20160801085857534,ST=32;CN=2011;PW=1;MN=M;Junk;CP=&&&&")]
    public void Decode_MalformedHeader_BadHeader(string dataSegment)
    {
        Fails(dataSegment, Hj212FrameError.BadHeader);
    }

    [Theory]
    [InlineData("ST=31;CN=2011;PW=1;MN=M")]
    [InlineData("ST=31;CN=2011;PW=1;MN=M;CP=a=1")]
    [InlineData("ST=31;CN=2011;PW=1;MN=M;CP=&&a=1")]
    [InlineData("ST=31;CN=2011;PW=1;MN=M;CP=&&a=1;b&&")]
    [InlineData("ST=31;CN=2011;PW=1;MN=M;CP=&&=1&&")]
    [InlineData("ST=31;CN=2011;PW=1;MN=M;CP=&&a=1&&x")]
    [InlineData("ST=31;CN=2011;PW=1;MN=M;CP=&&a=&&b=1&&")]
    [InlineData("ST=31;CN=2011;PW=1;MN=M;CP=&&&")]
    public void Decode_MalformedDataArea_BadDataSegment(string dataSegment)
    {
        Fails(dataSegment, Hj212FrameError.BadDataSegment);
    }

    [Fact]
    public void Decode_RandomBytes_NeverThrows()
    {
        var random = new Random(7);
        var pieces = Ascii("ST=31;CN=2011;PW=1;MN=M;Flag=5;CP=&&a=1,b=2;c=&&d=3&&&&;=,&");
        for (int i = 0; i < 20000; i++)
        {
            var bytes = new byte[random.Next(0, 80)];
            for (int j = 0; j < bytes.Length; j++)
            {
                bytes[j] = random.Next(4) == 0 ? (byte)random.Next(256) : pieces[random.Next(pieces.Length)];
            }

            var decoded = Hj212Decoder.Decode(bytes);
            Assert.True(decoded.IsSuccess ^ (decoded.Error != Hj212FrameError.None));
        }
    }
}
