using System.Globalization;
using System.Text;
using Calcine.Application.Cems;

namespace Calcine.Cli.Tests;

/// <summary>The hand-written parsers behind the minute CSV reader agree with the framework's.</summary>
public class CemsCsvTextTests
{
    [Theory]
    [InlineData("11.24")]
    [InlineData("-0.5")]
    [InlineData("+3")]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData(".5")]
    [InlineData("5.")]
    [InlineData("0.1")]
    [InlineData("123456789012345")]
    [InlineData("1234567890123456789")]
    [InlineData("0.000000000000000001")]
    [InlineData("1e3")]
    [InlineData("2.5E-2")]
    public void DecimalText_Parses_ExactlyAsDoubleParse(string text)
    {
        Assert.True(DecimalText.TryParse(Encoding.ASCII.GetBytes(text), out var value));

        Assert.Equal(BitConverter.DoubleToInt64Bits(double.Parse(text, CultureInfo.InvariantCulture)), BitConverter.DoubleToInt64Bits(value));
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("1.2.3")]
    [InlineData("1,5")]
    [InlineData("0x10")]
    [InlineData("1 000")]
    [InlineData("--1")]
    public void DecimalText_NonNumbers_AreRefused(string text)
    {
        Assert.False(DecimalText.TryParse(Encoding.ASCII.GetBytes(text), out _));
    }

    [Fact]
    public void DecimalText_RandomDasValues_MatchDoubleParseBitForBit()
    {
        var random = new Random(212);
        for (var i = 0; i < 200_000; i++)
        {
            var decimals = random.Next(0, 8);
            var magnitude = Math.Pow(10, random.Next(-3, 8));
            var text = ((random.NextDouble() - 0.1) * magnitude).ToString("F" + decimals, CultureInfo.InvariantCulture);

            Assert.True(DecimalText.TryParse(Encoding.ASCII.GetBytes(text), out var value), text);
            Assert.True(BitConverter.DoubleToInt64Bits(double.Parse(text, CultureInfo.InvariantCulture)) == BitConverter.DoubleToInt64Bits(value), text);
        }
    }

    [Theory]
    [InlineData("2025-03-01T05:00:00+08:00", "2025-03-01T05:00:00+08:00")]
    [InlineData("2025-03-01T05:00+08:00", "2025-03-01T05:00:00+08:00")]
    [InlineData("2025-03-01T05:00:00Z", "2025-03-01T05:00:00+00:00")]
    [InlineData("2025-03-01T05:00:00-0330", "2025-03-01T05:00:00-03:30")]
    [InlineData("2025-03-01T05:00:00.25+08:00", "2025-03-01T05:00:00.2500000+08:00")]
    public void IsoTimestamp_Accepted_KeepsLocalTimeAndOffset(string text, string expected)
    {
        Assert.True(IsoTimestamp.TryParse(Encoding.ASCII.GetBytes(text), out var value, out var problem), problem);

        Assert.Equal(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture), value);
        Assert.Equal(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture).Offset, value.Offset);
    }

    [Theory]
    [InlineData("2025-03-01T05:00:00", "no UTC offset")]
    [InlineData("2025-02-29T05:00:00+08:00", "not a valid date")]
    [InlineData("2025-03-01T24:00:00+08:00", "not a valid date")]
    [InlineData("2025-03-01T05:00:00+15:00", "beyond")]
    [InlineData("2025-03-01 05:00:00+08:00", "ISO 8601")]
    [InlineData("2025-03-01T05:00:00.12345678+08:00", "fractional")]
    [InlineData("01/03/2025 05:00", "ISO 8601")]
    public void IsoTimestamp_Refused_SaysWhy(string text, string why)
    {
        Assert.False(IsoTimestamp.TryParse(Encoding.ASCII.GetBytes(text), out _, out var problem));

        Assert.Contains(why, problem, StringComparison.Ordinal);
    }
}
