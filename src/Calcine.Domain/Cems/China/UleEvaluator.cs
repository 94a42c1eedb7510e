using Calcine.Domain.Cems.Limits;
using Calcine.Domain.Results;

namespace Calcine.Domain.Cems.China;

/// <summary>Evaluates minute data of one stack against a ULE limit set and the legal standard
/// (the <c>cn-ule-2024-kiln</c> rules of spec/cems-contracts.md, generalised to any hourly set).</summary>
public static class UleEvaluator
{
    public static Result<UleEvaluation> Evaluate(MinuteSeries minutes, UleRules rules, LimitSet standard)
    {
        var ule = rules.Ule;
        var errors = new List<ValidationError>();
        if (standard.Source != ule.Source || standard.ReferenceO2Percent != ule.ReferenceO2Percent || standard.Averaging != Averaging.Hour)
        {
            errors.Add(new ValidationError("standard", $"{standard.Title} is not written for the same source, reference O2 and hourly averaging as {ule.Title}"));
        }

        var pollutants = new List<Pollutant>();
        foreach (var channel in minutes.Channels)
        {
            if (!ule.Versions.Any(v => v.For(channel.Pollutant) is not null))
            {
                continue;
            }

            if (channel.ReferenceO2Percent != ule.ReferenceO2Percent)
            {
                errors.Add(new ValidationError($"channels.{channel.Pollutant.Key()}.referenceO2",
                    $"the channel is corrected to {Describe(channel.ReferenceO2Percent)} but {ule.Id} limits are at {Describe(ule.ReferenceO2Percent)}"));
            }

            pollutants.Add(channel.Pollutant);
        }

        if (pollutants.Count == 0)
        {
            errors.Add(new ValidationError("channels", $"none of the pollutants limited by {ule.Id} is measured"));
        }

        if (minutes.Count == 0)
        {
            errors.Add(new ValidationError("minutes", "there are no minute records"));
        }

        if (errors.Count > 0)
        {
            return Result<UleEvaluation>.Fail(errors);
        }

        var hours = PeriodAggregator.Aggregate(minutes, rules.Aggregation);
        var months = EvaluateMonths(hours, pollutants, rules, standard);
        var events = new List<ExceedanceEvent>();
        foreach (var p in pollutants)
        {
            var channel = hours.ChannelOf(p);
            events.AddRange(ExceedanceEvents.Find(hours, channel, LimitKind.Target, d => ule.LimitAt(p, d)?.Value));
            events.AddRange(ExceedanceEvents.Find(hours, channel, LimitKind.Standard, d => standard.LimitAt(p, d)?.Value));
        }

        return Result<UleEvaluation>.Ok(new UleEvaluation(rules, standard, hours, pollutants, months, events));
    }

    private static List<MonthEvaluation> EvaluateMonths(PeriodSeries hours, List<Pollutant> pollutants, UleRules rules, LimitSet standard)
    {
        var accumulators = new List<MonthAccumulator>();
        var byKey = new Dictionary<int, MonthAccumulator>();
        var channels = pollutants.Select(hours.ChannelOf).ToArray();
        var ule = new double?[pollutants.Count];
        var legal = new double?[pollutants.Count];
        var starts = hours.Starts;
        var statuses = hours.Statuses;
        MonthAccumulator? month = null;
        DateOnly limitDate = default;
        for (var i = 0; i < starts.Length; i++)
        {
            var start = starts[i];
            var key = (start.Year * 12) + start.Month - 1;
            if (month is null || month.Key != key)
            {
                if (!byKey.TryGetValue(key, out month))
                {
                    month = new MonthAccumulator(key, pollutants.Count);
                    byKey.Add(key, month);
                    accumulators.Add(month);
                }
            }

            var status = statuses[i];
            if (status == PeriodStatus.Shutdown)
            {
                month.Shutdown++;
                continue;
            }

            if (status == PeriodStatus.Invalid)
            {
                month.Invalid++;
                continue;
            }

            month.Valid++;
            var date = CemsTime.LocalDate(start);
            if (i == 0 || date != limitDate)
            {
                limitDate = date;
                for (var p = 0; p < pollutants.Count; p++)
                {
                    ule[p] = rules.Ule.LimitAt(pollutants[p], date)?.Value;
                    legal[p] = standard.LimitAt(pollutants[p], date)?.Value;
                }
            }

            for (var p = 0; p < pollutants.Count; p++)
            {
                var value = hours.Values(channels[p])[i];
                month.Add(p, value, ule[p], legal[p], start);
            }
        }

        accumulators.Sort((a, b) => a.Key.CompareTo(b.Key));
        return [.. accumulators.Select(a => a.Build(pollutants, rules.RequiredRatio))];
    }

    private static string Describe(double? referenceO2) => referenceO2 is { } r ? $"{r} % O2" : "no reference O2 (measured concentration)";

    private sealed class MonthAccumulator(int key, int pollutantCount)
    {
        private readonly int[] withinUle = new int[pollutantCount];
        private readonly double[] max = Enumerable.Repeat(double.NegativeInfinity, pollutantCount).ToArray();
        private readonly List<HourExceedance>?[] exceedances = new List<HourExceedance>?[pollutantCount];

        public int Key { get; } = key;
        public int Valid { get; set; }
        public int Invalid { get; set; }
        public int Shutdown { get; set; }

        /// <summary>"Within" the ULE limit includes equality; a legal exceedance is strictly above.</summary>
        public void Add(int p, double value, double? uleLimit, double? legalLimit, DateTimeOffset hour)
        {
            if (uleLimit is not { } u || value <= u)
            {
                withinUle[p]++;
            }

            if (value > max[p])
            {
                max[p] = value;
            }

            if (legalLimit is { } l && value > l)
            {
                (exceedances[p] ??= []).Add(new HourExceedance(hour, value, l));
            }
        }

        public MonthEvaluation Build(List<Pollutant> pollutants, double requiredRatio) => new(
            Key / 12,
            (Key % 12) + 1,
            [.. pollutants.Select((p, i) => new PollutantMonth(
                p, Valid, Invalid, Shutdown, withinUle[i],
                Valid == 0 ? null : max[i],
                exceedances[i] ?? [],
                requiredRatio))]);
    }
}
