using Calcine.Domain.Cems;

namespace Calcine.Domain.Tests.Cems;

public class DataFlagTests
{
    [Theory]
    [InlineData("N", DataFlag.N, true)]
    [InlineData("T", DataFlag.T, true)]
    [InlineData("F", DataFlag.F, false)]
    [InlineData("M", DataFlag.M, false)]
    [InlineData("S", DataFlag.S, false)]
    [InlineData("D", DataFlag.D, false)]
    [InlineData("C", DataFlag.C, false)]
    [InlineData("B", DataFlag.B, false)]
    [InlineData("Md", DataFlag.Other, false)]
    [InlineData("n", DataFlag.Other, false)]
    public void FromCode_Hj212Codes_MapAndDecideValidity(string code, DataFlag expected, bool valid)
    {
        var flag = DataFlags.FromCode(code);

        Assert.Equal(expected, flag);
        Assert.Equal(valid, flag.IsValid());
        Assert.Equal(code == "F", flag.IsShutdown());
    }
}
