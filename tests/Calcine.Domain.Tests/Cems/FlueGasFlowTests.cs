using Calcine.Domain.Cems;

namespace Calcine.Domain.Tests.Cems;

public class FlueGasFlowTests
{
    [Theory]
    [InlineData(124.6, FlowUnit.CubicMetresPerSecond, FlowPlausibility.Plausible)]
    [InlineData(67.0, FlowUnit.CubicMetresPerSecond, FlowPlausibility.Plausible)]
    [InlineData(450_000, FlowUnit.CubicMetresPerSecond, FlowPlausibility.LooksLikeCubicMetresPerHour)]
    [InlineData(450_000, FlowUnit.CubicMetresPerHour, FlowPlausibility.Plausible)]
    [InlineData(124.6, FlowUnit.CubicMetresPerHour, FlowPlausibility.LooksLikeCubicMetresPerSecond)]
    [InlineData(0.2, FlowUnit.CubicMetresPerSecond, FlowPlausibility.OutOfRange)]
    [InlineData(9e9, FlowUnit.CubicMetresPerSecond, FlowPlausibility.OutOfRange)]
    public void Check_KilnTailFlows_JudgedAgainstTheDeclaredUnit(double value, FlowUnit declared, FlowPlausibility expected)
    {
        Assert.Equal(expected, FlueGasFlow.Check(value, declared));
    }

    [Theory]
    [InlineData(null, FlowUnit.CubicMetresPerSecond)]
    [InlineData("m3/s", FlowUnit.CubicMetresPerSecond)]
    [InlineData("m³/h", FlowUnit.CubicMetresPerHour)]
    [InlineData(" M3/H ", FlowUnit.CubicMetresPerHour)]
    public void TryParseUnit_KnownUnits_Parsed(string? text, FlowUnit expected)
    {
        Assert.True(FlueGasFlow.TryParseUnit(text, out var unit));
        Assert.Equal(expected, unit);
    }

    [Fact]
    public void TryParseUnit_OtherUnit_Refused()
    {
        Assert.False(FlueGasFlow.TryParseUnit("Nm3/min", out _));
    }

    [Fact]
    public void ToCubicMetresPerSecond_AnHourOfTheReferenceFlow_IsTheReferenceFlow()
    {
        Assert.Equal(125.0, FlueGasFlow.ToCubicMetresPerSecond(450_000, FlowUnit.CubicMetresPerHour), 9);
    }
}
