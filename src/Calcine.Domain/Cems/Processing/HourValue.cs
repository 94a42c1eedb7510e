namespace Calcine.Domain.Cems.Processing;

/// <summary>One channel's hour: <see cref="Converted"/> is the mean of the valid minutes each
/// corrected with its own O2 (choice (a) of the reference, as <see cref="PeriodAggregator"/> does;
/// equal to the measured mean when the channel has no reference O2). The measured and O2 means
/// are kept so choice (b), the hourly mean corrected with the hourly mean O2, can be recomputed
/// and compared with what the data logger sent.</summary>
public readonly record struct HourValue(AggregateValue Converted, double MeasuredMean, double O2Mean)
{
    public PeriodStatus Status => Converted.HasValue
        ? PeriodStatus.Valid
        : Converted.Flag == DataFlag.F ? PeriodStatus.Shutdown : PeriodStatus.Invalid;
}
