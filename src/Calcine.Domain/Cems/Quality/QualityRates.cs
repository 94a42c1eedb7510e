namespace Calcine.Domain.Cems.Quality;

/// <summary>One local day's data quality. Rates are null when their denominator is zero.</summary>
/// <param name="Hours">Clock hours of this day inside the data's span (first to last record).</param>
/// <param name="NormalHours">Hours whose 75 % flag is N.</param>
/// <param name="Flag">The day's 75 % flag from its hours' flags, out of at least 24 hours.</param>
/// <param name="Valid">At least 20 valid hours (HJ 212-2017 eq. 25).</param>
/// <param name="ExpectedRecords">One per minute of the day's hours that are not shutdown hours.</param>
/// <param name="ReceivedRecords">Records in those hours, whatever their flag.</param>
/// <param name="ValidRecords">Records in those hours flagged N and covered by no anomaly finding.</param>
public sealed record DailyQuality(DateOnly Date, int Hours, int ValidHours, int InvalidHours, int ShutdownHours, int NormalHours, DataFlag Flag, bool Valid,
    int ExpectedRecords, int ReceivedRecords, int ValidRecords)
{
    /// <summary>传输率: received ÷ expected, stopped hours excluded from both.</summary>
    public double? TransmissionRate => ExpectedRecords == 0 ? null : (double)ReceivedRecords / ExpectedRecords;

    /// <summary>有效率: valid ÷ received, so that transmission × valid = valid ÷ expected.</summary>
    public double? ValidRate => ReceivedRecords == 0 ? null : (double)ValidRecords / ReceivedRecords;

    /// <summary>传输有效率: transmission rate × valid rate.</summary>
    public double? TransmissionValidRate => TransmissionRate is { } t && ValidRate is { } v ? t * v : null;
}

/// <summary>One calendar quarter's effective data capture (HJ 75-2017 style, reference §2.3):
/// <c>α = (hours − shutdown − invalid) / (hours − shutdown)</c>, null when every hour was a shutdown hour.</summary>
public sealed record QuarterlyCapture(int Year, int Quarter, int Hours, int ShutdownHours, int InvalidHours)
{
    public int ValidHours => Hours - ShutdownHours - InvalidHours;

    public double? CaptureRate => Hours - ShutdownHours == 0 ? null : (double)(Hours - ShutdownHours - InvalidHours) / (Hours - ShutdownHours);

    public string Key => $"{Year:D4}-Q{Quarter}";
}

public static class QualityRates
{
    /// <summary>HJ 212-2017 eq. 25: a daily mean needs at least 20 valid hourly means.</summary>
    public const int MinimumValidHoursPerDay = 20;

    public static IReadOnlyList<DailyQuality> Daily(MinuteSeries minutes, PeriodSeries hours, bool[] anomalousRecords)
    {
        RequireHourly(hours);
        var validRecordsPerHour = ValidRecordsPerPeriod(minutes, hours, anomalousRecords);
        var days = new List<DailyQuality>();
        var p = 0;
        while (p < hours.Count)
        {
            var date = CemsTime.LocalDate(hours.Starts[p]);
            int count = 0, valid = 0, invalid = 0, shutdown = 0, normal = 0, expected = 0, received = 0, validRecords = 0;
            for (; p < hours.Count && CemsTime.LocalDate(hours.Starts[p]) == date; p++)
            {
                count++;
                normal += hours.Flags[p] == DataFlag.N ? 1 : 0;
                switch (hours.Statuses[p])
                {
                    case PeriodStatus.Shutdown:
                        shutdown++;
                        continue;
                    case PeriodStatus.Valid:
                        valid++;
                        break;
                    default:
                        invalid++;
                        break;
                }

                expected += hours.Rules.PeriodMinutes;
                received += hours.RecordCounts[p];
                validRecords += validRecordsPerHour[p];
            }

            days.Add(new DailyQuality(date, count, valid, invalid, shutdown, normal, FlagRollup.Aggregate(normal, Math.Max(count, 24)),
                valid >= MinimumValidHoursPerDay, expected, received, validRecords));
        }

        return days;
    }

    public static IReadOnlyList<QuarterlyCapture> Quarterly(PeriodSeries hours)
    {
        RequireHourly(hours);
        var quarters = new List<QuarterlyCapture>();
        var p = 0;
        while (p < hours.Count)
        {
            var (year, quarter) = QuarterOf(hours.Starts[p]);
            int count = 0, shutdown = 0, invalid = 0;
            for (; p < hours.Count && QuarterOf(hours.Starts[p]) == (year, quarter); p++)
            {
                count++;
                shutdown += hours.Statuses[p] == PeriodStatus.Shutdown ? 1 : 0;
                invalid += hours.Statuses[p] == PeriodStatus.Invalid ? 1 : 0;
            }

            quarters.Add(new QuarterlyCapture(year, quarter, count, shutdown, invalid));
        }

        return quarters;
    }

    private static (int Year, int Quarter) QuarterOf(DateTimeOffset localStart) => (localStart.Year, ((localStart.Month - 1) / 3) + 1);

    /// <summary>Per period, minutes flagged N that no anomaly finding covers.</summary>
    private static int[] ValidRecordsPerPeriod(MinuteSeries minutes, PeriodSeries hours, bool[] anomalousRecords)
    {
        if (anomalousRecords.Length != minutes.Count)
        {
            throw new ArgumentException("One mark per minute record.", nameof(anomalousRecords));
        }

        var counts = new int[hours.Count];
        var times = minutes.Timestamps;
        var flags = minutes.Flags;
        var periodTicks = hours.Rules.PeriodTicks;
        var p = 0;
        for (var i = 0; i < times.Length; i++)
        {
            // Minutes and periods are both in time order, so one forward walk pairs them.
            var start = CemsTime.PeriodStart(times[i], periodTicks).UtcTicks;
            while (hours.Starts[p].UtcTicks != start)
            {
                p++;
            }

            if (flags[i] == DataFlag.N && !anomalousRecords[i])
            {
                counts[p]++;
            }
        }

        return counts;
    }

    private static void RequireHourly(PeriodSeries hours)
    {
        if (hours.Rules.PeriodMinutes != 60)
        {
            throw new ArgumentException("Daily and quarterly rates are defined over clock hours.", nameof(hours));
        }
    }
}
