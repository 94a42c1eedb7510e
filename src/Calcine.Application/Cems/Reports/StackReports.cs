using Calcine.Application.Cems.Compliance;
using Calcine.Application.Cems.Stacks;
using Calcine.Domain.Cems;
using Calcine.Domain.Cems.China;
using Calcine.Domain.Cems.Limits;
using Calcine.Storage;
using Calcine.Storage.Cems;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Application.Cems.Reports;

/// <summary>Builds the stack reports from the stored-compliance services the stacks API uses, with
/// the same parameters and the same matching of explanations to events: a report's figures are the
/// API's. Nothing here evaluates data; it gathers, counts and labels. A null answer: no such stack
/// (callers have checked access first, so they answer 404).</summary>
public sealed class StackReports(CalcineDbContext db, TimeProvider clock)
{
    /// <summary>Exceedance events overlapping the stack's local days <paramref name="from"/> to <paramref name="to"/> (both inclusive).</summary>
    public async Task<StackReportOutcome<ExceedanceReport>?> ExceedancesAsync(int id, string? from, string? to, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (!StackQuery.TryDays(from, to, errors, out var first, out var last))
        {
            return StackReportOutcome<ExceedanceReport>.Invalid(errors);
        }

        var service = new StackComplianceService(db);
        if (await service.FindAsync(id, ct) is not { } stack)
        {
            return null;
        }

        var rules = stack.Settings.Resolve();
        if (!rules.Success)
        {
            return StackReportOutcome<ExceedanceReport>.NoRules(Describe(rules.Errors));
        }

        var (fromUtc, toUtc) = (stack.UtcOf(first), stack.UtcOf(last.AddDays(1)));
        var events = await service.EventsAsync(stack, fromUtc, toUtc, ct);
        if (!events.Success)
        {
            return StackReportOutcome<ExceedanceReport>.NoRules(Describe(events.Errors));
        }

        var header = await HeaderAsync(stack, first, last, rules.Value.Ule, rules.Value.Standard, ct);
        var (views, unmatched) = await WithExplanationsAsync(stack, events.Value, fromUtc, toUtc, rules.Value.Ule.ReferenceO2Percent, ct);
        return StackReportOutcome<ExceedanceReport>.Ok(new ExceedanceReport(header, views, unmatched, Totals(views)));
    }

    /// <summary>One local calendar month of the stack: ULE evaluation, data quality and events.</summary>
    public async Task<StackReportOutcome<ComplianceReport>?> ComplianceAsync(int id, string? month, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (!StackQuery.TryMonth(month, errors, out var year, out var monthNumber))
        {
            return StackReportOutcome<ComplianceReport>.Invalid(errors);
        }

        var service = new StackComplianceService(db);
        if (await service.FindAsync(id, ct) is not { } stack)
        {
            return null;
        }

        var rules = stack.Settings.Resolve();
        if (!rules.Success)
        {
            return StackReportOutcome<ComplianceReport>.NoRules(Describe(rules.Errors));
        }

        var evaluation = await service.MonthAsync(stack, year, monthNumber, ct);
        if (!evaluation.Success)
        {
            return StackReportOutcome<ComplianceReport>.NoRules(Describe(evaluation.Errors));
        }

        var (ule, standard) = rules.Value;
        var first = new DateOnly(year, monthNumber, 1);
        var last = first.AddMonths(1).AddDays(-1);
        var (fromUtc, toUtc) = (stack.UtcOf(first), stack.UtcOf(first.AddMonths(1)));
        var events = await service.EventsAsync(stack, fromUtc, toUtc, ct);
        if (!events.Success)
        {
            return StackReportOutcome<ComplianceReport>.NoRules(Describe(events.Errors));
        }

        var quality = await service.QualityAsync(stack, fromUtc, toUtc, ct);
        var qualityView = StackQualityView.Build(id, StackQuery.Format(first), StackQuery.Format(last), ule.ReferenceO2Percent, quality);
        var header = await HeaderAsync(stack, first, last, ule, standard, ct);
        var (views, unmatched) = await WithExplanationsAsync(stack, events.Value, fromUtc, toUtc, ule.ReferenceO2Percent, ct);
        var assessedDays = qualityView.Days.Where(d => d.ValidHours > 0).Select(d => d.Date).ToHashSet(StringComparer.Ordinal);
        var months = evaluation.Value.Months.Where(m => m.Year == year && m.Month == monthNumber).SelectMany(m => m.Pollutants).ToList();
        var pollutants = months.Select(p => Pollutant(p, ule, standard, first, stack.UtcOffset, events.Value, assessedDays)).ToList();
        // The same rule as the API's month: a pass needs every pollutant assessable and passing.
        bool? pass = pollutants.Count == 0 || pollutants.Any(p => p.UlePass is null) ? null : pollutants.All(p => p.UlePass == true);
        var statement = new ComplianceStatement(pass switch { true => "pass", false => "fail", null => "not-assessable" },
            [.. pollutants.Where(p => p.UlePass == false).Select(p => p.Pollutant)],
            [.. pollutants.Where(p => p.UlePass is null).Select(p => p.Pollutant)],
            pollutants.Sum(p => p.StandardExceedanceHours));
        return StackReportOutcome<ComplianceReport>.Ok(new ComplianceReport(header, CemsTime.FormatMonth(year, monthNumber), pass, statement, pollutants,
            QualityMonth(qualityView, quality), qualityView.Days, qualityView.Findings, views, unmatched));
    }

    private static ReportPollutantMonth Pollutant(PollutantMonth p, LimitSet ule, LimitSet standard, DateOnly first, TimeSpan offset,
        IReadOnlyList<ExceedanceEvent> events, HashSet<string> assessedDays)
    {
        var own = events.Where(e => e.Pollutant == p.Pollutant).ToList();
        var exceedanceDays = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in own.Where(e => e.Against == LimitKind.Target))
        {
            for (var hour = e.Start.UtcDateTime; hour < e.End.UtcDateTime; hour = hour.AddHours(1))
            {
                var day = StackQuery.Format(DateOnly.FromDateTime(hour + offset));
                if (assessedDays.Contains(day))
                {
                    exceedanceDays.Add(day);
                }
            }
        }

        var days = assessedDays.Count;
        return new ReportPollutantMonth(p.Pollutant.Key(), ule.LimitAt(p.Pollutant, first)?.Value, standard.LimitAt(p.Pollutant, first)?.Value,
            p.ValidHours, p.InvalidHours, p.ShutdownHours, p.HoursWithinUle, p.HoursAboveUle, p.UleRatio, p.UlePass, p.RequiredRatio, p.MaxHourly, p.CaptureRate,
            p.StandardExceedances.Count, p.ValidHours == 0 ? null : (double)(p.ValidHours - p.StandardExceedances.Count) / p.ValidHours,
            own.Count(e => e.Against == LimitKind.Target), own.Count(e => e.Against == LimitKind.Standard),
            days, exceedanceDays.Count, days == 0 ? null : (double)(days - exceedanceDays.Count) / days);
    }

    private static ReportQualityMonth QualityMonth(StackQuality view, Calcine.Domain.Cems.Quality.QualityReport? report)
    {
        var d = view.Days;
        int valid = d.Sum(x => x.ValidHours), invalid = d.Sum(x => x.InvalidHours), expected = d.Sum(x => x.ExpectedRecords),
            received = d.Sum(x => x.ReceivedRecords), validRecords = d.Sum(x => x.ValidRecords);
        double? transmission = expected == 0 ? null : (double)received / expected;
        double? validRate = received == 0 ? null : (double)validRecords / received;
        var flags = new SortedDictionary<string, int>(StringComparer.Ordinal);
        if (report is not null)
        {
            foreach (var flag in report.Hours.Flags)
            {
                flags[flag.Code()] = flags.GetValueOrDefault(flag.Code()) + 1;
            }
        }

        return new ReportQualityMonth(d.Count, d.Count(x => x.Valid), d.Sum(x => x.Hours), valid, invalid, d.Sum(x => x.ShutdownHours), expected, received, validRecords,
            valid + invalid == 0 ? null : (double)valid / (valid + invalid), transmission, validRate, transmission * validRate,
            [.. flags.Select(f => new FlagHours(f.Key, f.Value))]);
    }

    /// <summary>Events with their explanations, and explanations whose event moved, as <c>GET …/exceedances</c> pairs them.</summary>
    private async Task<(List<ReportEvent> Events, List<UnmatchedExplanation> Unmatched)> WithExplanationsAsync(ComplianceStack stack, IReadOnlyList<ExceedanceEvent> events,
        DateTime fromUtc, DateTime toUtc, double? referenceO2, CancellationToken ct)
    {
        var explained = await new ExceedanceExplanations(db).PairAsync(stack.Id, events, fromUtc, toUtc, ct);
        var ongoingEnd = await LatestCompleteHourEndAsync(stack.Id, ct);
        var views = explained.Events.Select(p => Event(p.Event, p.Explanation, referenceO2, ongoingEnd)).ToList();
        return (views, [.. explained.Unmatched.Select(StackViews.Unmatched)]);
    }

    private static ReportEvent Event(ExceedanceEvent e, ExceedanceExplanationEntity? explanation, double? referenceO2, DateTime? ongoingEnd)
    {
        var api = StackViews.View(e, explanation);
        return new ReportEvent(api.Pollutant, api.Against, api.StartUtc, api.EndUtc, api.DurationMinutes, api.Hours, e.Mean, api.Peak, api.PeakHourUtc,
            api.Limit, api.PeakMultipleOfLimit, api.ExceedanceMultiple, referenceO2, e.End.UtcDateTime == ongoingEnd ? "ongoing" : "ended", api.Explanation);
    }

    private static List<EventTotal> Totals(IReadOnlyList<ReportEvent> events) =>
        [.. events.GroupBy(e => (e.Pollutant, e.Against)).OrderBy(g => g.Key.Pollutant, StringComparer.Ordinal).ThenBy(g => g.Key.Against, StringComparer.Ordinal)
            .Select(g => new EventTotal(g.Key.Pollutant, g.Key.Against, g.Count(), g.Sum(e => e.Hours), g.Sum(e => e.DurationMinutes),
                g.Max(e => e.Peak), g.Max(e => e.PeakMultipleOfLimit), g.Count(e => e.Explanation is not null)))];

    /// <summary>The end of the latest stored hour whose last minute is stored: an event ending there is still running.</summary>
    private async Task<DateTime?> LatestCompleteHourEndAsync(int stackId, CancellationToken ct)
    {
        var latest = await db.CemsMinutes.AsNoTracking().Where(m => m.StackId == stackId)
            .OrderByDescending(m => m.MinuteUtc).Select(m => (DateTime?)m.MinuteUtc).FirstOrDefaultAsync(ct);
        if (latest is not { } minute)
        {
            return null;
        }

        var next = minute.Ticks + TimeSpan.TicksPerMinute;
        return new DateTime(next - (next % TimeSpan.TicksPerHour), DateTimeKind.Utc);
    }

    private async Task<StackReportHeader> HeaderAsync(ComplianceStack stack, DateOnly first, DateOnly last, LimitSet ule, LimitSet standard, CancellationToken ct)
    {
        var owner = stack.PlantId is { } plantId
            ? await (from p in db.Plants.AsNoTracking()
                     join c in db.Companies.AsNoTracking() on p.CompanyId equals c.Id
                     where p.Id == plantId
                     select new { p.Code, p.Name, Company = c.Name }).SingleOrDefaultAsync(ct)
            : null;
        var rules = new ComplianceRulesView(ule.Id, ule.Title, standard.Id, standard.Title, ule.ReferenceO2Percent, UleRules.For(ule).RequiredRatio);
        return new StackReportHeader(stack.Id, stack.Code, stack.Name, stack.PlantId, owner?.Code ?? "", owner?.Name ?? "", owner?.Company ?? "",
            StackQuery.Format(first), StackQuery.Format(last), stack.UtcOffset, rules,
            [.. Limits(ule, "target", first, last), .. Limits(standard, "standard", first, last)], clock.GetUtcNow());
    }

    /// <summary>Every version of the set in force on some day of the period, with its limit values.</summary>
    private static IEnumerable<LimitRow> Limits(LimitSet set, string against, DateOnly first, DateOnly last)
    {
        var atStart = set.VersionAt(first);
        return set.Versions.Where(v => ReferenceEquals(v, atStart) || (v.EffectiveFrom > first && v.EffectiveFrom <= last))
            .SelectMany(v => v.Limits.OrderBy(l => l.Pollutant).Select(l =>
                new LimitRow(set.Id, against, l.Pollutant.Key(), StackQuery.Format(v.EffectiveFrom), l.Value, set.ReferenceO2Percent)));
    }

    private static string Describe(IEnumerable<Calcine.Domain.Results.ValidationError> errors) => string.Join("; ", errors.Select(e => e.ToString()));
}
