using Calcine.Domain.Results;

namespace Calcine.Domain.Cems.Eu;

/// <summary>Evaluates minute data of a cement kiln co-incinerating waste under IED Annex VI.</summary>
public static class EuIedEvaluator
{
    public static Result<EuIedEvaluation> Evaluate(MinuteSeries minutes, EuIedRules rules)
    {
        var limits = rules.DailyLimits;
        var errors = new List<ValidationError>();
        var pollutants = new List<Pollutant>();
        foreach (var channel in minutes.Channels)
        {
            if (!limits.Versions.Any(v => v.For(channel.Pollutant) is not null))
            {
                continue;
            }

            if (channel.ReferenceO2Percent != limits.ReferenceO2Percent)
            {
                errors.Add(new ValidationError($"channels.{channel.Pollutant.Key()}.referenceO2", $"the channel is not corrected to the {limits.ReferenceO2Percent} % O2 of {limits.Id}"));
            }

            pollutants.Add(channel.Pollutant);
        }

        if (pollutants.Count == 0)
        {
            errors.Add(new ValidationError("channels", $"none of the pollutants limited by {limits.Id} is measured"));
        }

        if (minutes.Count == 0)
        {
            errors.Add(new ValidationError("minutes", "there are no minute records"));
        }

        if (errors.Count > 0)
        {
            return Result<EuIedEvaluation>.Fail(errors);
        }

        var halfHours = PeriodAggregator.Aggregate(minutes, rules.HalfHour);
        var days = EvaluateDays(halfHours, pollutants, rules);
        var years = days
            .GroupBy(d => d.Date.Year)
            .OrderBy(g => g.Key)
            .Select(g => new YearEvaluation(g.Key, [.. pollutants.Select((p, i) => new PollutantYear(
                p,
                g.Count(d => d.Pollutants[i].Status == DayStatus.Valid),
                g.Count(d => d.Pollutants[i].Status == DayStatus.Discarded),
                g.Count(d => d.Pollutants[i].Status == DayStatus.NotOperating),
                g.Count(d => d.Pollutants[i].Exceeds),
                rules.MaxDiscardedDaysPerYear))]))
            .ToList();
        return Result<EuIedEvaluation>.Ok(new EuIedEvaluation(rules, halfHours, pollutants, days, years));
    }

    private static List<DayEvaluation> EvaluateDays(PeriodSeries halfHours, List<Pollutant> pollutants, EuIedRules rules)
    {
        var channels = pollutants.Select(halfHours.ChannelOf).ToArray();
        var starts = halfHours.Starts;
        var statuses = halfHours.Statuses;
        var byDate = new Dictionary<DateOnly, DayAccumulator>();
        var order = new List<DayAccumulator>();
        DayAccumulator? day = null;
        for (var i = 0; i < starts.Length; i++)
        {
            var date = CemsTime.LocalDate(starts[i]);
            if (day is null || day.Date != date)
            {
                if (!byDate.TryGetValue(date, out day))
                {
                    day = new DayAccumulator(date, pollutants, rules);
                    byDate.Add(date, day);
                    order.Add(day);
                }
            }

            switch (statuses[i])
            {
                case PeriodStatus.Shutdown:
                    day.Shutdown++;
                    break;
                case PeriodStatus.Invalid:
                    day.Discarded++;
                    break;
                default:
                    day.Valid++;
                    for (var p = 0; p < channels.Length; p++)
                    {
                        day.Add(p, halfHours.Values(channels[p])[i]);
                    }

                    break;
            }
        }

        order.Sort((a, b) => a.Date.CompareTo(b.Date));
        return [.. order.Select(d => d.Build())];
    }

    private sealed class DayAccumulator
    {
        private readonly List<Pollutant> pollutants;
        private readonly EuIedRules rules;
        private readonly double?[] limits;
        private readonly double[] intervals;
        private readonly double[] measuredSums;
        private readonly double[] validatedSums;

        public DayAccumulator(DateOnly date, List<Pollutant> pollutants, EuIedRules rules)
        {
            Date = date;
            this.pollutants = pollutants;
            this.rules = rules;
            limits = [.. pollutants.Select(p => rules.DailyLimits.LimitAt(p, date)?.Value)];
            intervals = [.. pollutants.Select((p, i) => limits[i] is { } l ? rules.ConfidenceInterval(p, l) : 0)];
            measuredSums = new double[pollutants.Count];
            validatedSums = new double[pollutants.Count];
        }

        public DateOnly Date { get; }
        public int Valid { get; set; }
        public int Discarded { get; set; }
        public int Shutdown { get; set; }

        /// <summary>Validated = max(0, measured − CI): the common reading of Part 8 point 1.2.</summary>
        public void Add(int p, double halfHourValue)
        {
            measuredSums[p] += halfHourValue;
            validatedSums[p] += Math.Max(0, halfHourValue - intervals[p]);
        }

        public DayEvaluation Build()
        {
            var status = Valid == 0 && Discarded == 0 ? DayStatus.NotOperating
                : Valid == 0 || Discarded > rules.MaxDiscardedHalfHoursPerDay ? DayStatus.Discarded
                : DayStatus.Valid;
            return new DayEvaluation(Date, [.. pollutants.Select((p, i) => new PollutantDay(
                p, Valid, Discarded, Shutdown, status,
                status == DayStatus.Valid ? measuredSums[i] / Valid : null,
                status == DayStatus.Valid ? validatedSums[i] / Valid : null,
                limits[i],
                intervals[i]))]);
        }
    }
}
