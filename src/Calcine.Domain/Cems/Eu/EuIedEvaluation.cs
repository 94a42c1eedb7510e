namespace Calcine.Domain.Cems.Eu;

public enum DayStatus
{
    /// <summary>At least one valid half-hour and no more discarded half-hours than allowed.</summary>
    Valid,

    /// <summary>Too many discarded half-hours, or discarded half-hours and no valid one: no daily average.</summary>
    Discarded,

    /// <summary>Every half-hour a shutdown: outside operating time, neither valid nor discarded.</summary>
    NotOperating,
}

/// <summary>One pollutant on one local calendar day.</summary>
public sealed record PollutantDay(
    Pollutant Pollutant,
    int ValidHalfHours,
    int DiscardedHalfHours,
    int ShutdownHalfHours,
    DayStatus Status,
    double? MeasuredAverage,
    double? ValidatedAverage,
    double? Limit,
    double ConfidenceInterval)
{
    /// <summary>A valid daily average (validated values) above the ELV.</summary>
    public bool Exceeds => Status == DayStatus.Valid && Limit is { } l && ValidatedAverage > l;
}

public sealed record DayEvaluation(DateOnly Date, IReadOnlyList<PollutantDay> Pollutants);

/// <summary>One pollutant over one local calendar year (as far as the data reaches).</summary>
public sealed record PollutantYear(Pollutant Pollutant, int ValidDays, int DiscardedDays, int NotOperatingDays, int ExceedingDays, int MaxDiscardedDays)
{
    public bool DiscardRuleMet => DiscardedDays <= MaxDiscardedDays;

    /// <summary>No valid daily average above the ELV, and no more discarded days than allowed.</summary>
    public bool Compliant => ExceedingDays == 0 && DiscardRuleMet;
}

public sealed record YearEvaluation(int Year, IReadOnlyList<PollutantYear> Pollutants);

public sealed record EuIedEvaluation(
    EuIedRules Rules,
    PeriodSeries HalfHours,
    IReadOnlyList<Pollutant> Pollutants,
    IReadOnlyList<DayEvaluation> Days,
    IReadOnlyList<YearEvaluation> Years);
