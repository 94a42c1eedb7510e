using Calcine.Domain.Cems;
using Calcine.Domain.Cems.Eu;

namespace Calcine.Domain.Tests.Cems;

public class EuIedEvaluatorTests
{
    private static readonly TimeSpan Cet = TimeSpan.FromHours(1);
    private static readonly DateTimeOffset Day0 = new(2025, 1, 6, 0, 0, 0, Cet);

    private static EuIedEvaluation Evaluate(MinuteData data)
    {
        var result = EuIedEvaluator.Evaluate(data.Build(), EuIedRules.CementKilnCoIncineration);
        Assert.True(result.Success, string.Join("; ", result.Errors));
        return result.Value;
    }

    private static PollutantDay Day(EuIedEvaluation e, int day, Pollutant p) => e.Days[day].Pollutants.Single(x => x.Pollutant == p);

    /// <summary>A full day of minutes at 10 % O2 with constant values; <paramref name="discardedHalfHours"/>
    /// half-hours at the start have only 10 valid minutes.</summary>
    private static MinuteData FullDay(MinuteData data, double pm, double so2, double nox, int discardedHalfHours = 0)
    {
        for (var h = 0; h < 48; h++)
        {
            var valid = h < discardedHalfHours ? 10 : 30;
            data.Run(valid, DataFlag.N, 10, pm, so2, nox).Run(30 - valid, DataFlag.M, 10, pm, so2, nox);
        }

        return data;
    }

    [Fact]
    public void Evaluate_HalfHours_AreValidatedBySubtractingTheConfidenceInterval()
    {
        // Dust ELV 30, CI 30 % = 9: 12.0 validates to 3.0 (the reference's example).
        var e = Evaluate(FullDay(new MinuteData(Day0), 12, 30, 300));

        var pm = Day(e, 0, Pollutant.Pm);
        Assert.Equal(DayStatus.Valid, pm.Status);
        Assert.Equal(12.0, pm.MeasuredAverage!.Value, 12);
        Assert.Equal(3.0, pm.ValidatedAverage!.Value, 12);
        Assert.Equal(9.0, pm.ConfidenceInterval, 12);
        Assert.Equal(20.0, Day(e, 0, Pollutant.So2).ValidatedAverage!.Value, 12);
        Assert.Equal(200.0, Day(e, 0, Pollutant.Nox).ValidatedAverage!.Value, 12);
    }

    [Fact]
    public void Evaluate_ValidatedValue_IsFlooredAtZero()
    {
        var e = Evaluate(FullDay(new MinuteData(Day0), 5, 30, 300));

        Assert.Equal(0.0, Day(e, 0, Pollutant.Pm).ValidatedAverage);
    }

    [Theory]
    [InlineData(40.0, true)]
    [InlineData(38.0, false)]
    public void Evaluate_DailyAverage_ExceedsOnlyAfterSubtraction(double dust, bool exceeds)
    {
        var e = Evaluate(FullDay(new MinuteData(Day0), dust, 30, 300));

        Assert.Equal(exceeds, Day(e, 0, Pollutant.Pm).Exceeds);
        Assert.Equal(exceeds ? 1 : 0, e.Years[0].Pollutants.Single(p => p.Pollutant == Pollutant.Pm).ExceedingDays);
        Assert.Equal(!exceeds, e.Years[0].Pollutants.Single(p => p.Pollutant == Pollutant.Pm).Compliant);
    }

    [Theory]
    [InlineData(5, DayStatus.Valid)]
    [InlineData(6, DayStatus.Discarded)]
    public void Evaluate_MoreThanFiveDiscardedHalfHours_DiscardsTheDay(int discarded, DayStatus expected)
    {
        var e = Evaluate(FullDay(new MinuteData(Day0), 12, 30, 300, discarded));

        var nox = Day(e, 0, Pollutant.Nox);
        Assert.Equal(expected, nox.Status);
        Assert.Equal(discarded, nox.DiscardedHalfHours);
        Assert.Equal(expected == DayStatus.Valid, nox.ValidatedAverage is not null);
    }

    [Theory]
    [InlineData(10, true)]
    [InlineData(11, false)]
    public void Evaluate_MoreThanTenDiscardedDays_FailsTheYear(int discardedDays, bool met)
    {
        var data = new MinuteData(Day0);
        for (var d = 0; d < 12; d++)
        {
            FullDay(data, 12, 30, 300, d < discardedDays ? 6 : 0);
        }

        var pm = Evaluate(data).Years.Single().Pollutants.Single(p => p.Pollutant == Pollutant.Pm);

        Assert.Equal(discardedDays, pm.DiscardedDays);
        Assert.Equal(12 - discardedDays, pm.ValidDays);
        Assert.Equal(met, pm.DiscardRuleMet);
        Assert.Equal(met, pm.Compliant);
    }

    [Fact]
    public void Evaluate_ShutdownHalfHours_AreOutsideOperatingTime()
    {
        var data = new MinuteData(Day0).Run(1440, DataFlag.F, 20.7, 0, 0, 0);
        data.Run(600, DataFlag.F, 20.7, 0, 0, 0).Run(840, DataFlag.N, 10, 12, 30, 300);

        var e = Evaluate(data);

        Assert.Equal(DayStatus.NotOperating, Day(e, 0, Pollutant.Pm).Status);
        var running = Day(e, 1, Pollutant.Pm);
        Assert.Equal((DayStatus.Valid, 28, 0, 20), (running.Status, running.ValidHalfHours, running.DiscardedHalfHours, running.ShutdownHalfHours));
        Assert.Equal(1, e.Years[0].Pollutants[0].NotOperatingDays);
    }

    [Fact]
    public void Evaluate_DaysAreLocalCalendarDays()
    {
        // 23:00 CET on 6 January to 00:59 on 7 January: two days.
        var data = new MinuteData(Day0.AddHours(23)).Run(120, DataFlag.N, 10, 12, 30, 300);

        var e = Evaluate(data);

        Assert.Equal([new DateOnly(2025, 1, 6), new DateOnly(2025, 1, 7)], e.Days.Select(d => d.Date));
        Assert.Equal(2, Day(e, 0, Pollutant.Pm).ValidHalfHours);
    }
}
