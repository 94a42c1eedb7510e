using Calcine.Domain.Cems;
using Calcine.Domain.Cems.Processing;

namespace Calcine.Application.Cems.Processing;

/// <summary>A pollutant's local day from its hours (HJ 212 eq. 25): valid hours count as N,
/// shutdown hours as F, invalid ones as D, so the 75 % rule and m ≥ 20 apply as at the hour.</summary>
public static class DayDerivation
{
    public const int HoursPerDay = 24;

    public static AggregateValue Derive(IReadOnlyList<(double? Converted, PeriodStatus Status)> hours)
    {
        var values = new double[hours.Count];
        var flags = new DataFlag[hours.Count];
        for (var i = 0; i < hours.Count; i++)
        {
            values[i] = hours[i].Converted ?? double.NaN;
            flags[i] = hours[i].Status switch
            {
                PeriodStatus.Valid => DataFlag.N,
                PeriodStatus.Shutdown => DataFlag.F,
                _ => DataFlag.D,
            };
        }

        return LevelAggregator.Aggregate(values, flags, LevelAggregator.MinimumValidHoursPerDay, HoursPerDay);
    }

    public static PeriodStatus StatusOf(AggregateValue value) => value.HasValue
        ? PeriodStatus.Valid
        : value.Flag == DataFlag.F ? PeriodStatus.Shutdown : PeriodStatus.Invalid;
}
