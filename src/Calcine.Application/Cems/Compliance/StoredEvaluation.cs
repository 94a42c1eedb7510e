using Calcine.Domain.Cems;
using Calcine.Domain.Cems.China;
using Calcine.Domain.Cems.Limits;
using Calcine.Domain.Cems.Quality;
using Calcine.Domain.Results;

namespace Calcine.Application.Cems.Compliance;

/// <summary>A China rule set's evaluation of stored minutes: each pollutant evaluated by
/// <see cref="UleEvaluator"/> from its own flags, the months and events put back together in
/// pollutant order (the order <c>cems evaluate</c> reports them in).</summary>
public sealed record StoredUleEvaluation(
    LimitSet Ule,
    LimitSet Standard,
    IReadOnlyList<Pollutant> Pollutants,
    IReadOnlyList<MonthEvaluation> Months,
    IReadOnlyList<ExceedanceEvent> Events);

/// <summary>The domain engines over stored minutes. Nothing here computes a compliance figure
/// itself: it builds the series and hands them to <see cref="UleEvaluator"/> and
/// <see cref="QualityAnalysis"/>, the engines behind <c>cems evaluate</c> and <c>cems quality</c>.</summary>
public static class StoredEvaluation
{
    /// <summary>Every pollutant the ULE set limits and the data has, each as its own series: a
    /// pollutant's calibration or fault minutes do not invalidate another's hours. When every
    /// minute flags all of them alike, one series of all of them gives the same result faster.</summary>
    public static Result<StoredUleEvaluation> EvaluateUle(StoredMinuteColumns minutes, TimeSpan utcOffset, LimitSet ule, LimitSet standard)
    {
        var rules = UleRules.For(ule);
        var limited = Enum.GetValues<Pollutant>()
            .Where(p => ule.Versions.Any(v => v.For(p) is not null) && minutes.Has(Calcine.Domain.Cems.Processing.MinuteChannels.Of(p))).ToList();
        if (limited.Count > 1 && StoredSeries.TryUniform(minutes, limited, ule.ReferenceO2Percent, utcOffset) is { Count: > 0 } uniform)
        {
            var once = UleEvaluator.Evaluate(uniform, rules, standard);
            return once.Success
                ? Result<StoredUleEvaluation>.Ok(new StoredUleEvaluation(ule, standard, once.Value.Pollutants, once.Value.Months, once.Value.Events))
                : Result<StoredUleEvaluation>.Fail(once.Errors);
        }

        var pollutants = new List<Pollutant>();
        var months = new SortedDictionary<int, List<PollutantMonth>>();
        var events = new List<ExceedanceEvent>();
        foreach (var pollutant in limited)
        {
            if (StoredSeries.ForPollutant(minutes, pollutant, ule.ReferenceO2Percent, utcOffset) is not { Count: > 0 } series)
            {
                continue;
            }

            var result = UleEvaluator.Evaluate(series, rules, standard);
            if (!result.Success)
            {
                return Result<StoredUleEvaluation>.Fail(result.Errors);
            }

            pollutants.Add(pollutant);
            events.AddRange(result.Value.Events);
            foreach (var month in result.Value.Months)
            {
                var key = (month.Year * 12) + month.Month - 1;
                if (!months.TryGetValue(key, out var list))
                {
                    months[key] = list = [];
                }

                list.AddRange(month.Pollutants);
            }
        }

        return Result<StoredUleEvaluation>.Ok(new StoredUleEvaluation(ule, standard, pollutants,
            [.. months.Select(m => new MonthEvaluation(m.Key / 12, (m.Key % 12) + 1, m.Value))], events));
    }

    /// <summary>The quality analysis of the stored minutes as one record per minute; null when no
    /// minute has a pollutant reading.</summary>
    /// <param name="das">The logger's own hourly values (stored beside the recomputed hours).</param>
    public static QualityReport? Quality(StoredMinuteColumns minutes, TimeSpan utcOffset, double? referenceO2Percent, IReadOnlyList<DasHourlyValue> das, QualityOptions options)
    {
        var series = StoredSeries.ForRecords(minutes, Enum.GetValues<Pollutant>(), referenceO2Percent, utcOffset);
        return series is null || series.Count == 0 ? null : QualityAnalysis.Run(series, das, options);
    }
}
