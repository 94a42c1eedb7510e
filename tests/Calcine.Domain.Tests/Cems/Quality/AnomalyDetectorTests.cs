using Calcine.Domain.Cems;
using Calcine.Domain.Cems.Quality;

namespace Calcine.Domain.Tests.Cems.Quality;

public class AnomalyDetectorTests
{
    private static readonly DateTimeOffset T0 = MinuteData.Local(2025, 3, 1);

    /// <summary>Only the detector under test switched on.</summary>
    private static readonly AnomalyThresholds Off = new()
    {
        StuckMinutes = null,
        ZeroAtOrBelow = null,
        NegativeBelow = null,
        JumpRelative = null,
        GapMinutes = null,
        O2NearAirAtOrAbove = null,
        StoppedO2Below = null,
    };

    /// <summary>Minutes whose values change every minute, so no detector fires by accident.</summary>
    private static MinuteData Varying(MinuteData data, int count, DataFlag flag = DataFlag.N)
    {
        for (var i = 0; i < count; i++)
        {
            data.Run(1, flag, 10 + (i % 3 * 0.1), 3 + (i % 4 * 0.01), 10 + (i % 5 * 0.1), 40 + (i % 6 * 0.1));
        }

        return data;
    }

    private static IReadOnlyList<AnomalyFinding> Scan(MinuteData data, AnomalyThresholds thresholds) => AnomalyDetector.Scan(data.Build(), thresholds).Findings;

    [Fact]
    public void Scan_VaryingNormalData_FindsNothingWithDefaults() =>
        Assert.Empty(Scan(Varying(new MinuteData(T0), 180), AnomalyThresholds.Default));

    [Theory]
    [InlineData(60, 1)]
    [InlineData(59, 0)]
    public void Scan_ConstantValueForStuckMinutes_IsStuck(int constantMinutes, int expected)
    {
        var data = Varying(new MinuteData(T0), 5);
        for (var i = 0; i < constantMinutes; i++)
        {
            data.Run(1, DataFlag.N, 10 + (i % 3 * 0.1), 3 + (i % 4 * 0.01), 10 + (i % 5 * 0.1), 42.5);
        }

        Varying(data, 5);

        var findings = Scan(data, Off with { StuckMinutes = 60 });

        Assert.Equal(expected, findings.Count);
        if (expected == 1)
        {
            var f = findings[0];
            Assert.Equal(("nox", AnomalyKind.Stuck, 42.5, constantMinutes), (f.Channel, f.Kind, f.Value, f.Records));
            Assert.Equal((T0.AddMinutes(5), T0.AddMinutes(5 + constantMinutes - 1)), (f.Start, f.End));
        }
    }

    [Fact]
    public void Scan_ConstantValueWhileStopped_IsNotStuck()
    {
        var data = Varying(new MinuteData(T0), 5).Run(120, DataFlag.F, 20.6, 0, 0, 0);

        Assert.Empty(Scan(data, Off with { StuckMinutes = 60, ZeroAtOrBelow = 0 }));
    }

    [Fact]
    public void Scan_StuckWithinTolerance_IsOneRun()
    {
        var data = new MinuteData(T0);
        for (var i = 0; i < 10; i++)
        {
            data.Run(1, DataFlag.N, 10 + (i % 3 * 0.1), 3 + (i % 4 * 0.1), 10 + (i % 5 * 0.1), 40 + (i % 2 * 0.04));
        }

        Assert.Equal(["nox"], Scan(data, Off with { StuckMinutes = 10, StuckTolerance = 0.05 }).Select(f => f.Channel));
        Assert.Empty(Scan(data, Off with { StuckMinutes = 10, StuckTolerance = 0.03 }));
    }

    [Fact]
    public void Scan_ZerosAndNegatives_AreReportedPerChannelAndRun()
    {
        var data = Varying(new MinuteData(T0), 3);
        data.Run(3, DataFlag.N, 10, 0, 10, 40).Run(1, DataFlag.N, 10, 2, -1.5, 40).Run(1, DataFlag.N, 10, 2, -0.5, 40);
        data.Run(2, DataFlag.C, 10, 0, -9, 40);

        var findings = Scan(data, Off with { ZeroAtOrBelow = 0, NegativeBelow = 0 });

        var zero = Assert.Single(findings, f => f.Kind == AnomalyKind.Zero);
        Assert.Equal(("pm", 3, T0.AddMinutes(3), T0.AddMinutes(5)), (zero.Channel, zero.Records, zero.Start, zero.End));
        var negative = Assert.Single(findings, f => f.Kind == AnomalyKind.Negative);
        Assert.Equal(("so2", 2, -1.5), (negative.Channel, negative.Records, negative.Value));
    }

    [Fact]
    public void Scan_ZeroRunShorterThanZeroMinutes_IsIgnored()
    {
        var data = Varying(new MinuteData(T0), 3).Run(4, DataFlag.N, 10, 0, 10, 40);

        Assert.Empty(Scan(data, Off with { ZeroAtOrBelow = 0, ZeroMinutes = 5 }));
        Assert.Single(Scan(data, Off with { ZeroAtOrBelow = 0, ZeroMinutes = 4 }));
    }

    [Fact]
    public void Scan_OverRange_ByFlagTAndByConfiguredRange()
    {
        var data = Varying(new MinuteData(T0), 3).Run(2, DataFlag.T, 10, 3, 10, 40);
        Varying(data, 2).Run(1, DataFlag.N, 10, 3, 10, 620);
        var thresholds = Off with { Pollutants = new Dictionary<Pollutant, ChannelThresholds> { [Pollutant.Nox] = new(500, 10) } };

        var findings = Scan(data, thresholds);

        Assert.Equal([("record", 2), ("nox", 1)], findings.Select(f => (f.Channel, f.Records)));
        Assert.All(findings, f => Assert.Equal(AnomalyKind.OverRange, f.Kind));
        Assert.Null(findings[0].Value);
        Assert.Equal(620, findings[1].Value);
    }

    [Theory]
    [InlineData(40, 95, true)]
    [InlineData(40, 75, false)]
    [InlineData(2, 11, false)]
    public void Scan_Jump_NeedsBothTheRelativeAndTheAbsoluteChange(double from, double to, bool expected)
    {
        var data = new MinuteData(T0).Run(1, DataFlag.N, 10, 3, 10, from).Run(1, DataFlag.N, 10, 3.01, 10.1, to);

        var findings = Scan(data, Off with { JumpRelative = 1.0 });

        Assert.Equal(expected, findings.Count == 1);
        if (expected)
        {
            Assert.Equal(("nox", AnomalyKind.Jump, to - from), (findings[0].Channel, findings[0].Kind, findings[0].Value!.Value));
        }
    }

    [Fact]
    public void Scan_ChangeAcrossMissingMinutesOrCalibration_IsNotAJump()
    {
        var data = new MinuteData(T0).Run(1, DataFlag.N, 10, 3, 10, 40).Run(1, DataFlag.C, 10, 3, 10, 400).Run(1, DataFlag.N, 10, 3, 10, 40)
            .SkipTo(T0.AddMinutes(10)).Run(1, DataFlag.N, 10, 3, 10, 400);

        Assert.Empty(Scan(data, Off with { JumpRelative = 1.0 }));
    }

    [Fact]
    public void Scan_Gaps_AreReportedOutsideStops()
    {
        var data = Varying(new MinuteData(T0), 10).SkipTo(T0.AddMinutes(25));
        Varying(data, 5).Run(3, DataFlag.F, 20.6, 0, 0, 0).SkipTo(T0.AddMinutes(90)).Run(3, DataFlag.F, 20.6, 0, 0, 0);
        Varying(data.SkipTo(T0.AddMinutes(100)), 2);

        var gaps = Scan(data, Off with { GapMinutes = 5 });

        // 10–24 missing (15 minutes); the gap between two F minutes is a stop; 93–99 missing after F (7 minutes).
        Assert.Equal([(T0.AddMinutes(10), T0.AddMinutes(24), 15), (T0.AddMinutes(93), T0.AddMinutes(99), 7)], gaps.Select(g => (g.Start, g.End, g.Records)));
        Assert.All(gaps, g => Assert.Equal(AnomalyKind.Gap, g.Kind));
    }

    [Fact]
    public void Scan_O2NearAirInValidMinutes_IsReportedButNotInStoppedOnes()
    {
        var data = Varying(new MinuteData(T0, referenceO2: null), 3).Run(4, DataFlag.N, 20.7, 1, 1, 1).Run(5, DataFlag.F, 20.8, 1, 1, 1);

        var finding = Assert.Single(Scan(data, Off with { O2NearAirAtOrAbove = 20.5 }));

        Assert.Equal(("o2", AnomalyKind.O2NearAirWhileRunning, 4, 20.7), (finding.Channel, finding.Kind, finding.Records, finding.Value!.Value));
    }

    [Fact]
    public void Scan_StoppedFlagWithFlueGasO2_IsInconsistent()
    {
        var data = Varying(new MinuteData(T0), 3).Run(6, DataFlag.F, 11.2, 3, 10, 40).Run(6, DataFlag.F, 20.6, 0, 0, 0);

        var finding = Assert.Single(Scan(data, Off with { StoppedO2Below = 19 }));

        Assert.Equal((AnomalyKind.StoppedFlagWhileRunning, 6, T0.AddMinutes(3)), (finding.Kind, finding.Records, finding.Start));
    }

    [Fact]
    public void Scan_AnomalousRecords_MarkTheRunsRecords()
    {
        var data = Varying(new MinuteData(T0), 3).Run(2, DataFlag.N, 10, 3, -1, 40);
        Varying(data, 3);

        var scan = AnomalyDetector.Scan(data.Build(), Off with { NegativeBelow = 0 });

        Assert.Equal([false, false, false, true, true, false, false, false], scan.AnomalousRecords);
    }
}
