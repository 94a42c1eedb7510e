namespace Calcine.Domain.Cems;

/// <summary>Which limit an exceedance is measured against.</summary>
public enum LimitKind
{
    /// <summary>A target value (ULE): missing it is not a legal exceedance by itself.</summary>
    Target,

    /// <summary>The legal emission standard (超标).</summary>
    Standard,
}

/// <summary>Consecutive valid periods above a limit, merged: start of the first, end of the last,
/// the peak and its multiple of the limit.</summary>
public sealed record ExceedanceEvent(Pollutant Pollutant, LimitKind Against, DateTimeOffset Start, DateTimeOffset End, int Periods, DateTimeOffset PeakPeriod, double Peak, double Limit)
{
    /// <summary>The Chinese 超标倍数: (peak − limit) / limit, so 1.5 times the limit is 0.5.</summary>
    public double PeakExceedanceMultiple => (Peak - Limit) / Limit;

    public TimeSpan Duration => End - Start;

    /// <summary>The mean of the event's period values (every one of them valid and above the limit).</summary>
    public double Mean { get; init; }
}

/// <summary>Finds exceedance events in a period series.</summary>
public static class ExceedanceEvents
{
    /// <summary>Periods whose value is above the limit in force at their local date are merged while
    /// they follow each other without a gap; an invalid, shutdown or compliant period, or a change of
    /// the limit value, ends the event.</summary>
    public static List<ExceedanceEvent> Find(PeriodSeries periods, int channel, LimitKind against, Func<DateOnly, double?> limitAt)
    {
        var events = new List<ExceedanceEvent>();
        var starts = periods.Starts;
        var statuses = periods.Statuses;
        var values = periods.Values(channel);
        var pollutant = periods.Channels[channel].Pollutant;
        var length = TimeSpan.FromTicks(periods.Rules.PeriodTicks);
        var open = -1;
        int peakIndex = -1, count = 0;
        double openLimit = 0, sum = 0;
        DateOnly lastDate = default;
        double? limit = null;
        for (var i = 0; i <= starts.Length; i++)
        {
            var exceeds = false;
            if (i < starts.Length && statuses[i] == PeriodStatus.Valid)
            {
                var date = CemsTime.LocalDate(starts[i]);
                if (i == 0 || date != lastDate)
                {
                    limit = limitAt(date);
                    lastDate = date;
                }

                exceeds = limit is { } l && values[i] > l;
            }

            if (open >= 0 && (!exceeds || limit != openLimit))
            {
                events.Add(new ExceedanceEvent(pollutant, against, starts[open], starts[open + count - 1] + length, count, starts[peakIndex], values[peakIndex], openLimit)
                {
                    Mean = sum / count,
                });
                open = -1;
            }

            if (!exceeds)
            {
                continue;
            }

            if (open < 0)
            {
                open = i;
                peakIndex = i;
                count = 0;
                sum = 0;
                openLimit = limit!.Value;
            }

            count++;
            sum += values[i];
            if (values[i] > values[peakIndex])
            {
                peakIndex = i;
            }
        }

        return events;
    }
}
