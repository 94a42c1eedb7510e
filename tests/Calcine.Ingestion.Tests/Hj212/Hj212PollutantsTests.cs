using Calcine.Ingestion.Hj212;

namespace Calcine.Ingestion.Tests.Hj212;

public class Hj212PollutantsTests
{
    [Theory]
    [InlineData("01", "a34013")]
    [InlineData("02", "a21026")]
    [InlineData("03", "a21002")]
    [InlineData("04", "a21005")]
    [InlineData("06", "a21018")]
    [InlineData("08", "a21024")]
    [InlineData("10", "a21001")]
    [InlineData("31", "a20057")]
    [InlineData("S01", "a19001")]
    [InlineData("S02", "a01011")]
    [InlineData("S03", "a01012")]
    [InlineData("S05", "a01014")]
    [InlineData("S08", "a01013")]
    [InlineData("B02", "a00000")]
    public void Normalize_2005Code_Gives2017Code(string old, string modern)
    {
        Assert.Equal(modern, Hj212Pollutants.Normalize(old));
        Assert.True(Hj212Pollutants.TryGet(old, out var pollutant));
        Assert.Equal(modern, pollutant.Code);
    }

    [Fact]
    public void Normalize_2017OrUnknownCode_Unchanged()
    {
        Assert.Equal("a21026", Hj212Pollutants.Normalize("a21026"));
        Assert.Equal("w01018", Hj212Pollutants.Normalize("w01018"));
        Assert.False(Hj212Pollutants.TryGet("w01018", out _));
    }

    [Fact]
    public void All_CodesAndOldCodesUnique_AndEveryOldCodeInTheAliasMap()
    {
        Assert.Equal(Hj212Pollutants.All.Count, Hj212Pollutants.All.Select(p => p.Code).Distinct().Count());
        var olds = Hj212Pollutants.All.Where(p => p.Code2005 is not null).ToList();
        Assert.Equal(olds.Count, olds.Select(p => p.Code2005).Distinct().Count());
        Assert.Equal(olds.Count, Hj212Pollutants.Aliases2005.Count);
    }

    [Theory]
    [InlineData("a21002", "NOx", "mg/m3", "kg")]
    [InlineData("a00000", "flue-gas flow", "m3/s", "m3")]
    [InlineData("a21001", "NH3", "mg/m3", "g")]
    [InlineData("a01013", "flue-gas pressure", "kPa", null)]
    public void TryGet_CementCodes_NameAndUnits(string code, string name, string unit, string? cumulative)
    {
        Assert.True(Hj212Pollutants.TryGet(code, out var p));
        Assert.Equal(name, p.Name);
        Assert.Equal(unit, p.Unit);
        Assert.Equal(cumulative, p.CumulativeUnit);
    }

    [Theory]
    [InlineData("a21026-ZsAvg", "a21026", "ZsAvg")]
    [InlineData("011-Rtd", "011", "Rtd")]
    [InlineData("DataTime", "DataTime", "")]
    public void SplitKey_SplitsAtFirstDash(string key, string code, string field)
    {
        Assert.Equal((code, field), Hj212Pollutants.SplitKey(key));
    }

    [Fact]
    public void Codes_KilnFrames_AllKnownToTheRegistry()
    {
        foreach (var frame in Calcine.TestKit.Hj212.Hj212Fixtures.KilnFrames())
        {
            var packet = Hj212Decoder.Decode(frame.AsSpan(6, frame.Length - 12)).Packet!;
            foreach (var field in packet.Cp.Where(f => f.Key.Contains('-', StringComparison.Ordinal)))
            {
                Assert.True(Hj212Pollutants.TryGet(Hj212Pollutants.SplitKey(field.Key).Code, out _), field.Key);
            }
        }
    }
}
