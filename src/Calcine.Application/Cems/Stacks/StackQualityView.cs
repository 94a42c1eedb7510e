using Calcine.Domain.Cems;
using Calcine.Domain.Cems.Quality;

namespace Calcine.Application.Cems.Stacks;

/// <summary>The quality report as the API returns it: instants in UTC, keys as in <c>cems quality</c>.</summary>
public static class StackQualityView
{
    private const int MaxDisagreementsListed = 1000;

    public static StackQuality Build(int stackId, string from, string to, double? referenceO2, QualityReport? report)
    {
        if (report is null)
        {
            return new StackQuality(stackId, from, to, referenceO2, [], [], [], new LoggerAgreementSummary(0, 0, 0, 0, []));
        }

        var days = report.Days.Select(d => new QualityDay(StackQuery.Format(d.Date), d.Hours, d.ValidHours, d.InvalidHours, d.ShutdownHours, d.Flag.Code(), d.Valid,
            d.ExpectedRecords, d.ReceivedRecords, d.ValidRecords,
            d.ValidHours + d.InvalidHours == 0 ? null : (double)d.ValidHours / (d.ValidHours + d.InvalidHours),
            d.TransmissionRate, d.ValidRate, d.TransmissionValidRate)).ToList();
        var quarters = report.Quarters.Select(q => new QualityQuarter(q.Key, q.Hours, q.ShutdownHours, q.InvalidHours, q.ValidHours, q.CaptureRate)).ToList();
        var findings = report.Findings.Select(f => new QualityFinding(f.Channel, f.Kind.Key(), f.Start.UtcDateTime, f.End.UtcDateTime,
            f.Value is { } v && double.IsFinite(v) ? v : null, f.Records, f.Rule)).ToList();
        var das = report.DasComparisons;
        var disagreements = das.Where(c => c.Verdict == DasVerdict.Disagrees).Take(MaxDisagreementsListed)
            .Select(c => new LoggerDisagreement(c.Das.Pollutant.Key(), c.Das.Hour.UtcDateTime, c.Das.ZsAvg, c.Computed!.MeanOfCorrectedMinutes, c.RelativeDifferenceMinuteMethod))
            .ToList();
        var logger = new LoggerAgreementSummary(das.Count,
            das.Count(c => c.Verdict is DasVerdict.MatchesBoth or DasVerdict.MatchesMinuteMethod or DasVerdict.MatchesHourlyMethod),
            das.Count(c => c.Verdict == DasVerdict.Disagrees),
            das.Count(c => c.Verdict == DasVerdict.NotComparable),
            disagreements);
        return new StackQuality(stackId, from, to, referenceO2, days, quarters, findings, logger);
    }
}
