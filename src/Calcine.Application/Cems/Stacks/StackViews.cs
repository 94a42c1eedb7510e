using Calcine.Application.Cems.Compliance;
using Calcine.Domain.Cems;
using Calcine.Domain.Cems.China;
using Calcine.Storage.Cems;

namespace Calcine.Application.Cems.Stacks;

/// <summary>A stack's compliance and exceedances as the API answers them; the stack page and the
/// status list show the same views.</summary>
public static class StackViews
{
    /// <summary>One month of an evaluation as the API answers it (the stack page shows the same).</summary>
    public static MonthCompliance MonthView(int id, int year, int month, StoredUleEvaluation evaluation)
    {
        var (ule, standard) = (evaluation.Ule, evaluation.Standard);
        var requiredRatio = UleRules.For(ule).RequiredRatio;
        var pollutants = evaluation.Months.Where(m => m.Year == year && m.Month == month).SelectMany(m => m.Pollutants)
            .Select(p => new PollutantCompliance(p.Pollutant.Key(), p.ValidHours, p.InvalidHours, p.ShutdownHours, p.HoursWithinUle, p.HoursAboveUle,
                p.UleRatio, p.UlePass, p.MaxHourly, p.CaptureRate, p.StandardExceedances.Count)).ToList();
        bool? pass = pollutants.Count == 0 || pollutants.Any(p => p.UlePass is null) ? null : pollutants.All(p => p.UlePass == true);
        return new MonthCompliance(id, CemsTime.FormatMonth(year, month),
            new ComplianceRulesView(ule.Id, ule.Title, standard.Id, standard.Title, ule.ReferenceO2Percent, requiredRatio), pass, pollutants);
    }

    public static ExceedanceView View(ExceedanceEvent e, ExceedanceExplanationEntity? explanation) => new(
        e.Pollutant.Key(), e.Against == LimitKind.Target ? "target" : "standard", e.Start.UtcDateTime, e.End.UtcDateTime, (int)e.Duration.TotalMinutes, e.Periods,
        e.PeakPeriod.UtcDateTime, e.Peak, e.Limit, e.Peak / e.Limit, e.PeakExceedanceMultiple,
        explanation is null ? null : Explanation(explanation));

    public static UnmatchedExplanation Unmatched(ExceedanceExplanationEntity e) =>
        new(e.Pollutant, DateTime.SpecifyKind(e.EventStartUtc, DateTimeKind.Utc), Explanation(e));

    public static ExplanationView Explanation(ExceedanceExplanationEntity e) => new(e.Text, e.UpdatedByName ?? e.UpdatedById, e.UpdatedUtc);
}
