using Calcine.Application.Cems.Simulation;

namespace Calcine.Web.Tests.Stacks;

/// <summary>The demo history generator: deterministic, and its planned stretches are in the packets.</summary>
public class KilnHistoryTests
{
    private static readonly DateTime First = new(2026, 9, 1, 13, 27, 0);

    private static readonly HistoryEpisodeKind[] Exceedances =
        [HistoryEpisodeKind.So2AboveTarget, HistoryEpisodeKind.NoxAboveTarget, HistoryEpisodeKind.PmAboveTarget];

    [Fact]
    public void Packets_SameSeedAndStart_AreIdenticalAndAnotherSeedDiffers()
    {
        var a = new KilnHistory(7, First, 3 * 1440).Packets().ToList();
        var b = new KilnHistory(7, First, 3 * 1440).Packets().ToList();
        var c = new KilnHistory(8, First, 3 * 1440).Packets().ToList();

        Assert.Equal(a, b);
        Assert.NotEqual(a.Select(p => p.Cp), c.Select(p => p.Cp));
    }

    [Fact]
    public void Packets_TwoDays_OneAMinuteExceptTheTwentyThreeMinuteGap()
    {
        var history = new KilnHistory(11, First, 2 * 1440);

        var packets = history.Packets().ToList();

        var gap = Assert.Single(history.Episodes, e => e.Kind == HistoryEpisodeKind.Gap);
        Assert.Equal(23, history.MissingMinutes);
        Assert.Equal((2 * 1440) - 23, packets.Count);
        Assert.DoesNotContain(packets, p => gap.Covers(p.MinuteLocal));
        Assert.Equal(packets.Count, packets.Select(p => p.MinuteLocal).Distinct().Count());
        Assert.All(packets, p => Assert.StartsWith($"DataTime={p.MinuteLocal:yyyyMMddHHmm}00;a00000-Min=", p.Cp, StringComparison.Ordinal));
    }

    [Fact]
    public void Episodes_SixtyDays_AStopDailyCalibrationsAndSeveralExceedancesInsideWithoutOverlap()
    {
        var history = new KilnHistory(2025, First, 60 * 1440);

        var stop = Assert.Single(history.Episodes, e => e.Kind == HistoryEpisodeKind.KilnStop);
        Assert.Equal(TimeSpan.FromHours(14), stop.EndLocal - stop.StartLocal);
        Assert.InRange(history.Episodes.Count(e => e.Kind == HistoryEpisodeKind.Calibration), 60, 61);
        var exceedances = history.Episodes.Where(e => Exceedances.Contains(e.Kind)).ToList();
        Assert.InRange(exceedances.Count, 10, 15);
        Assert.All(exceedances, e =>
        {
            Assert.True(e.StartLocal >= history.FirstMinuteLocal && e.EndLocal <= history.EndLocal);
            Assert.Equal(0, e.StartLocal.Minute);
            Assert.DoesNotContain(history.Episodes, other => other != e && other.StartLocal < e.EndLocal && e.StartLocal < other.EndLocal);
        });
    }

    [Fact]
    public void Packets_StopCalibrationAndExceedance_CarryTheirFlagsAndLevels()
    {
        var history = new KilnHistory(2025, First, 60 * 1440);
        var packets = history.Packets().ToDictionary(p => p.MinuteLocal, p => p.Cp);
        var stop = history.Episodes.First(e => e.Kind == HistoryEpisodeKind.KilnStop);
        var calibration = history.Episodes.First(e => e.Kind == HistoryEpisodeKind.Calibration && e.StartLocal > history.FirstMinuteLocal);
        var so2 = history.Episodes.First(e => e.Kind == HistoryEpisodeKind.So2AboveTarget);

        Assert.Contains("a21026-Flag=F", packets[stop.StartLocal.AddHours(3)], StringComparison.Ordinal);
        Assert.Contains("a21026-Flag=C", packets[calibration.StartLocal.AddMinutes(5)], StringComparison.Ordinal);
        Assert.Contains("a21026-Flag=N", packets[calibration.EndLocal], StringComparison.Ordinal);
        // Corrected SO2 inside the episode is above the 35 mg/m3 target, half an hour after it below.
        Assert.True(ZsAvg(packets[so2.StartLocal.AddMinutes(30)], "a21026") > 35);
        Assert.True(ZsAvg(packets[so2.EndLocal.AddMinutes(30)], "a21026") < 35);
    }

    private static double ZsAvg(string cp, string code)
    {
        var key = code + "-ZsAvg=";
        var at = cp.IndexOf(key, StringComparison.Ordinal) + key.Length;
        var end = cp.IndexOfAny([',', ';'], at);
        return double.Parse(cp[at..end], System.Globalization.CultureInfo.InvariantCulture);
    }
}
