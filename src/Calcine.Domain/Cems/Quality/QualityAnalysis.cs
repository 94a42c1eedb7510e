namespace Calcine.Domain.Cems.Quality;

/// <summary>The settings of one quality run.</summary>
public sealed record QualityOptions
{
    public AnomalyThresholds Anomalies { get; init; } = AnomalyThresholds.Default;
    public DasTolerance DasTolerance { get; init; } = DasTolerance.Default;
}

/// <summary>Everything <c>cems quality</c> reports for one stack.</summary>
public sealed record QualityReport(PeriodSeries Hours, IReadOnlyList<DailyQuality> Days, IReadOnlyList<QuarterlyCapture> Quarters,
    IReadOnlyList<AnomalyFinding> Findings, IReadOnlyList<ConvertedHour> ConvertedHours, IReadOnlyList<DasComparison> DasComparisons);

public static class QualityAnalysis
{
    /// <param name="das">Hourly values the data logger sent; empty when none were given.</param>
    public static QualityReport Run(MinuteSeries minutes, IReadOnlyList<DasHourlyValue> das, QualityOptions options)
    {
        var hours = PeriodAggregator.Aggregate(minutes, AggregationRules.Hourly);
        var scan = AnomalyDetector.Scan(minutes, options.Anomalies);
        var converted = ConvertedHourlyValues.Compute(minutes, hours);
        return new QualityReport(hours, QualityRates.Daily(minutes, hours, scan.AnomalousRecords), QualityRates.Quarterly(hours), scan.Findings, converted,
            DasComparer.Compare(das, converted, options.DasTolerance));
    }
}
