using System.Text;
using Calcine.Ingestion.Hj212;
using Calcine.TestKit.Hj212;

namespace Calcine.Ingestion.Tests.Hj212;

public class Hj212CrcTests
{
    /// <summary>The routine printed in HJ 212-2017 Appendix A, bit by bit, as the reference for the table-driven one.</summary>
    private static ushort AppendixA(ReadOnlySpan<byte> data)
    {
        uint reg = 0xFFFF;
        foreach (var b in data)
        {
            reg = (reg >> 8) ^ b;
            for (int i = 0; i < 8; i++)
            {
                bool lsb = (reg & 1) != 0;
                reg >>= 1;
                if (lsb)
                {
                    reg ^= 0xA001;
                }
            }
        }

        return (ushort)reg;
    }

    [Theory]
    [InlineData("123456789", 0x2F80)]
    [InlineData("", 0xFFFF)]
    [InlineData("QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;Flag=5;CP=&&RtdInterval=30&&", 0x1C80)]
    public void Compute_ReferenceVectors_MatchTheStandard(string text, int expected)
    {
        Assert.Equal((ushort)expected, Hj212Crc.Compute(Encoding.ASCII.GetBytes(text)));
    }

    [Fact]
    public void Compute_CheckString_DiffersFromCrc16Modbus()
    {
        // CRC-16/MODBUS of "123456789" is 0x4B37; the swapped compatibility form is 0x374B.
        var data = "123456789"u8;
        Assert.Equal(0x374B, Hj212Crc.ComputeModbusSwapped(data));
        Assert.NotEqual(Hj212Crc.ComputeModbusSwapped(data), Hj212Crc.Compute(data));
    }

    [Fact]
    public void Compute_RandomInputsOfEveryLengthUpTo300_AgreesWithTheBitwiseRoutine()
    {
        var random = new Random(212);
        for (int length = 0; length <= 300; length++)
        {
            for (int trial = 0; trial < 20; trial++)
            {
                var data = new byte[length];
                random.NextBytes(data);
                Assert.Equal(AppendixA(data), Hj212Crc.Compute(data));
            }
        }
    }

    [Fact]
    public void Compute_EveryKilnFrame_MatchesTheCrcItCarries()
    {
        foreach (var frame in Hj212Fixtures.KilnFrames())
        {
            var data = frame.AsSpan(6, frame.Length - 12);
            Assert.True(Hj212Crc.TryParseHex(frame.AsSpan(frame.Length - 6, 4), out var sent, out _));
            Assert.Equal(sent, Hj212Crc.Compute(data));
        }
    }

    [Fact]
    public void Compute_Utf8Text_CoversTheBytesNotTheChars()
    {
        var text = "i11001-Info=//窑尾//";
        var bytes = Encoding.UTF8.GetBytes(text);
        Assert.NotEqual(text.Length, bytes.Length);
        Assert.Equal(AppendixA(bytes), Hj212Crc.Compute(bytes));
    }

    [Theory]
    [InlineData("1C80", 0x1C80, false)]
    [InlineData("1c80", 0x1C80, true)]
    [InlineData("abcd", 0xABCD, true)]
    [InlineData("0000", 0x0000, false)]
    public void TryParseHex_FourHexDigits_ParsesInEitherCase(string field, int value, bool lowercase)
    {
        Assert.True(Hj212Crc.TryParseHex(Encoding.ASCII.GetBytes(field), out var parsed, out var hasLowercase));
        Assert.Equal((ushort)value, parsed);
        Assert.Equal(lowercase, hasLowercase);
    }

    [Theory]
    [InlineData("1C8")]
    [InlineData("1C80F")]
    [InlineData("1G80")]
    [InlineData("&&1C")]
    [InlineData(" 1C8")]
    public void TryParseHex_NotFourHexDigits_Fails(string field)
    {
        Assert.False(Hj212Crc.TryParseHex(Encoding.ASCII.GetBytes(field), out _, out _));
    }

    [Fact]
    public void WriteHex_WritesUpperCaseHighByteFirst()
    {
        var buffer = new byte[4];
        Hj212Crc.WriteHex(0x2f80, buffer);
        Assert.Equal("2F80", Encoding.ASCII.GetString(buffer));
    }
}
