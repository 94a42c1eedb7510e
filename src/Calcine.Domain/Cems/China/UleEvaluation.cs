using Calcine.Domain.Cems.Limits;

namespace Calcine.Domain.Cems.China;

/// <summary>A valid hour above the legal standard.</summary>
public sealed record HourExceedance(DateTimeOffset Hour, double Value, double Limit);

/// <summary>One pollutant in one local calendar month.</summary>
public sealed record PollutantMonth(
    Pollutant Pollutant,
    int ValidHours,
    int InvalidHours,
    int ShutdownHours,
    int HoursWithinUle,
    double? MaxHourly,
    IReadOnlyList<HourExceedance> StandardExceedances,
    double RequiredRatio)
{
    /// <summary>Hours within the ULE limit / valid hours; null when no hour is valid (not assessable).</summary>
    public double? UleRatio => ValidHours == 0 ? null : (double)HoursWithinUle / ValidHours;

    public bool? UlePass => UleRatio is { } r ? r >= RequiredRatio : null;

    /// <summary>Valid / (valid + invalid) hours; shutdown hours count in neither. Null when every hour was a shutdown hour.</summary>
    public double? CaptureRate => ValidHours + InvalidHours == 0 ? null : (double)ValidHours / (ValidHours + InvalidHours);

    public int HoursAboveUle => ValidHours - HoursWithinUle;
}

public sealed record MonthEvaluation(int Year, int Month, IReadOnlyList<PollutantMonth> Pollutants)
{
    public string Key => CemsTime.FormatMonth(Year, Month);
}

/// <summary>The result of <see cref="UleEvaluator.Evaluate"/>: months in time order, and the
/// exceedance events (ULE target and legal standard) over the whole series.</summary>
public sealed record UleEvaluation(
    UleRules Rules,
    LimitSet Standard,
    PeriodSeries Hours,
    IReadOnlyList<Pollutant> Pollutants,
    IReadOnlyList<MonthEvaluation> Months,
    IReadOnlyList<ExceedanceEvent> Events);
