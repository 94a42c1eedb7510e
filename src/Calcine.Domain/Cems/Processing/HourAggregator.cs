namespace Calcine.Domain.Cems.Processing;

/// <summary>Minute means of one channel to its hourly value (HJ 212-2017 eq. 24, k ≥ 45 valid
/// minutes; flag by the 75 % rule over the hour's 60 minutes). A minute flagged valid whose dry O2
/// is not below 21 % cannot be corrected; it is counted as not valid rather than guessed.</summary>
public static class HourAggregator
{
    public const int MinutesPerHour = 60;

    /// <param name="minuteValues">Dry standard mg/m3, not O2-corrected.</param>
    /// <param name="minuteO2">Dry O2 in %, NaN where unknown.</param>
    public static HourValue Aggregate(ReadOnlySpan<double> minuteValues, ReadOnlySpan<double> minuteO2, ReadOnlySpan<DataFlag> flags,
        double? referenceO2Percent, int minimumValidMinutes = LevelAggregator.MinimumValidMinutesPerHour)
    {
        if (minuteValues.Length != minuteO2.Length || minuteValues.Length != flags.Length)
        {
            throw new ArgumentException("Values, O2 and flags must have one entry per minute.", nameof(flags));
        }

        var n = minuteValues.Length;
        Span<double> converted = n <= 256 ? stackalloc double[n] : new double[n];
        Span<DataFlag> effectiveFlags = n <= 256 ? stackalloc DataFlag[n] : new DataFlag[n];
        double measuredSum = 0, o2Sum = 0;
        int measuredCount = 0, o2Count = 0;
        for (var i = 0; i < n; i++)
        {
            var flag = flags[i];
            var value = minuteValues[i];
            var o2 = minuteO2[i];
            if (flag.IsValid() && double.IsFinite(value))
            {
                measuredSum += value;
                measuredCount++;
                if (double.IsFinite(o2))
                {
                    o2Sum += o2;
                    o2Count++;
                }
            }

            if (referenceO2Percent is { } reference && flag.IsValid())
            {
                var correctable = double.IsFinite(o2) && o2 < ConcentrationConversion.AirO2Percent;
                converted[i] = correctable ? ConcentrationConversion.CorrectToReferenceO2(value, o2, reference) : double.NaN;
                effectiveFlags[i] = correctable ? flag : DataFlag.D;
            }
            else
            {
                converted[i] = value;
                effectiveFlags[i] = flag;
            }
        }

        var aggregate = LevelAggregator.Aggregate(converted, effectiveFlags, minimumValidMinutes, MinutesPerHour);
        return new HourValue(
            aggregate,
            measuredCount > 0 ? measuredSum / measuredCount : double.NaN,
            o2Count > 0 ? o2Sum / o2Count : double.NaN);
    }
}
