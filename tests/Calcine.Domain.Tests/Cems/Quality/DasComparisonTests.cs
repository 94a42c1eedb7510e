using Calcine.Domain.Cems;
using Calcine.Domain.Cems.Quality;

namespace Calcine.Domain.Tests.Cems.Quality;

public class DasComparisonTests
{
    private static readonly DateTimeOffset T0 = MinuteData.Local(2025, 3, 1);

    /// <summary>One hour whose O2 alternates 9 % and 13 %, so methods (a) and (b) differ visibly:
    /// NOx 40 at 9 % and 60 at 13 %.</summary>
    private static (MinuteSeries Minutes, PeriodSeries Hours) SwingingO2Hour()
    {
        var data = new MinuteData(T0);
        for (var m = 0; m < 60; m++)
        {
            var high = m % 2 == 1;
            data.Add(T0.AddMinutes(m), DataFlag.N, high ? 13 : 9, 3, 10, high ? 60 : 40);
        }

        var minutes = data.Build();
        return (minutes, PeriodAggregator.Aggregate(minutes, AggregationRules.Hourly));
    }

    [Fact]
    public void Compute_SwingingO2_GivesBothMethodsFromTheirDefinitions()
    {
        var (minutes, hours) = SwingingO2Hour();

        var nox = Assert.Single(ConvertedHourlyValues.Compute(minutes, hours), h => h.Pollutant == Pollutant.Nox);

        var a = ((40 * 11.0 / 12) + (60 * 11.0 / 8)) / 2;
        var b = 50 * 11.0 / (21 - 11);
        Assert.Equal(a, nox.MeanOfCorrectedMinutes, 12);
        Assert.Equal(b, nox.CorrectedHourlyMean, 12);
        Assert.Equal((50.0, 11.0), (nox.MeanConcentration, nox.MeanO2Percent));
        Assert.NotEqual(nox.MeanOfCorrectedMinutes, nox.CorrectedHourlyMean, 3);
    }

    [Fact]
    public void Compute_ChannelWithoutCorrection_GivesTheMeanBothWays()
    {
        var data = new MinuteData(T0, referenceO2: null).Run(30, DataFlag.N, 20, 4, 10, 40).Run(30, DataFlag.N, 20.4, 6, 10, 40);
        var minutes = data.Build();

        var pm = Assert.Single(ConvertedHourlyValues.Compute(minutes, PeriodAggregator.Aggregate(minutes, AggregationRules.Hourly)), h => h.Pollutant == Pollutant.Pm);

        Assert.Equal((5.0, 5.0), (pm.MeanOfCorrectedMinutes, pm.CorrectedHourlyMean));
    }

    [Fact]
    public void Compare_DasValues_AreMatchedToEitherMethodOrFlagged()
    {
        var (minutes, hours) = SwingingO2Hour();
        var converted = ConvertedHourlyValues.Compute(minutes, hours);
        var nox = converted.Single(h => h.Pollutant == Pollutant.Nox);
        var pm = converted.Single(h => h.Pollutant == Pollutant.Pm);
        DasHourlyValue[] das =
        [
            new(T0, Pollutant.Nox, nox.MeanOfCorrectedMinutes * 1.01),
            new(T0, Pollutant.Nox, nox.CorrectedHourlyMean),
            new(T0, Pollutant.Nox, nox.CorrectedHourlyMean * 0.9),
            new(T0, Pollutant.Pm, pm.MeanOfCorrectedMinutes),
            new(T0.AddHours(5), Pollutant.Nox, 40),
        ];

        var result = DasComparer.Compare(das, converted, DasTolerance.Default);

        Assert.Equal([DasVerdict.MatchesMinuteMethod, DasVerdict.MatchesHourlyMethod, DasVerdict.Disagrees, DasVerdict.MatchesMinuteMethod, DasVerdict.NotComparable],
            result.Select(r => r.Verdict));
        Assert.Equal(0.01, result[0].RelativeDifferenceMinuteMethod!.Value, 12);
        Assert.Equal(-0.1, result[2].RelativeDifferenceHourlyMethod!.Value, 12);
        Assert.Null(result[4].Computed);
    }

    [Fact]
    public void Compare_TightTolerance_TurnsAOnePercentDifferenceIntoADisagreement()
    {
        var (minutes, hours) = SwingingO2Hour();
        var converted = ConvertedHourlyValues.Compute(minutes, hours);
        var nox = converted.Single(h => h.Pollutant == Pollutant.Nox);
        DasHourlyValue[] das = [new(T0, Pollutant.Nox, nox.MeanOfCorrectedMinutes * 1.01)];

        Assert.Equal(DasVerdict.Disagrees, DasComparer.Compare(das, converted, new DasTolerance(0.005, 0.05)).Single().Verdict);
    }

    [Fact]
    public void Compare_NearZeroValues_UseTheAbsoluteFloor()
    {
        var data = new MinuteData(T0).Run(60, DataFlag.N, 10, 0.02, 10, 40);
        var minutes = data.Build();
        var converted = ConvertedHourlyValues.Compute(minutes, PeriodAggregator.Aggregate(minutes, AggregationRules.Hourly));

        var result = DasComparer.Compare([new DasHourlyValue(T0, Pollutant.Pm, 0.0)], converted, DasTolerance.Default).Single();

        Assert.Equal(DasVerdict.MatchesBoth, result.Verdict);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Compare_InvalidOrShutdownHour_IsNotComparable(bool shutdown)
    {
        var data = shutdown ? new MinuteData(T0).ShutdownHour() : new MinuteData(T0).Hour(30, 3, 10, 40);
        var minutes = data.Build();
        var converted = ConvertedHourlyValues.Compute(minutes, PeriodAggregator.Aggregate(minutes, AggregationRules.Hourly));

        var result = DasComparer.Compare([new DasHourlyValue(T0, Pollutant.Nox, 40)], converted, DasTolerance.Default).Single();

        Assert.Equal(DasVerdict.NotComparable, result.Verdict);
        Assert.Contains(shutdown ? "shutdown" : "invalid", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WholeAnalysis_AlignsHoursDaysFindingsAndComparisons()
    {
        var (minutes, _) = SwingingO2Hour();

        var report = QualityAnalysis.Run(minutes, [new DasHourlyValue(T0, Pollutant.So2, 0)], new QualityOptions());

        Assert.Equal(1, report.Hours.Count);
        Assert.Single(report.Days);
        Assert.Equal(3, report.ConvertedHours.Count);
        Assert.Equal(DasVerdict.Disagrees, Assert.Single(report.DasComparisons).Verdict);
    }
}
