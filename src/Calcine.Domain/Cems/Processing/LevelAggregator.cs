namespace Calcine.Domain.Cems.Processing;

/// <summary>One step of the chain real-time → minute (HJ 212 eq. 23, n ≥ 12) and hour → day
/// (eq. 25, m ≥ 20): the arithmetic mean of the valid (N or T) lower-level values, with the
/// aggregate flag by <see cref="FlagRule"/> (T is a valid measurement but not a normal one). Fewer valid values than the minimum give no mean.</summary>
public static class LevelAggregator
{
    /// <summary>HJ 212-2017 eq. 23: a minute needs at least 12 valid instantaneous values.</summary>
    public const int MinimumValidRealTimePerMinute = 12;

    /// <summary>HJ 212-2017 eq. 24: an hour needs at least 45 valid minute means.</summary>
    public const int MinimumValidMinutesPerHour = 45;

    /// <summary>HJ 212-2017 eq. 25: a day needs at least 20 valid hourly means.</summary>
    public const int MinimumValidHoursPerDay = 20;

    /// <param name="expected">How many lower-level values the period should hold (60 minutes an hour,
    /// 24 hours a day); missing ones count as not normal. For real-time values, whose interval the
    /// device chooses, pass the number received.</param>
    public static AggregateValue Aggregate(ReadOnlySpan<double> values, ReadOnlySpan<DataFlag> flags, int minimumValid, int expected)
    {
        if (values.Length != flags.Length)
        {
            throw new ArgumentException("Each value needs its flag.", nameof(flags));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(minimumValid, 1);
        double sum = 0;
        int valid = 0, normal = 0, stopped = 0;
        for (var i = 0; i < values.Length; i++)
        {
            var flag = flags[i];
            if (flag.IsValid() && double.IsFinite(values[i]))
            {
                sum += values[i];
                valid++;
                normal += flag == DataFlag.N ? 1 : 0;
            }
            else if (flag.IsShutdown())
            {
                stopped++;
            }
        }

        var aggregateFlag = FlagRule.Aggregate(Math.Max(expected, values.Length), normal, stopped);
        var mean = valid >= minimumValid ? sum / valid : double.NaN;
        return new AggregateValue(mean, aggregateFlag, values.Length, valid);
    }
}
