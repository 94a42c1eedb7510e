using Calcine.Application.Cems.Stacks;
namespace Calcine.Application.Cems.Reports;

/// <summary>What makes a filed copy traceable: the stack, its owners, the period, the rules it was
/// judged by and when the report was generated. Instants are UTC; the stack's local offset is given
/// because periods and days are the stack's local calendar.</summary>
public sealed record StackReportHeader(
    int StackId, string StackCode, string StackName, int? PlantId, string PlantCode, string PlantName, string Company,
    string From, string To, TimeSpan UtcOffset, ComplianceRulesView Rules, IReadOnlyList<LimitRow> Limits, DateTimeOffset GeneratedUtc);

/// <summary>One limit value in force during the period: <c>target</c> (ULE) or <c>standard</c> (the legal limit).</summary>
public sealed record LimitRow(string Set, string Against, string Pollutant, string EffectiveFrom, double Value, double? ReferenceO2Percent);

/// <param name="Status"><c>ongoing</c> when the event runs up to the latest stored complete hour, else <c>ended</c>.</param>
/// <param name="Mean">The mean of the event's hourly values, mg/m³ at the reference O2.</param>
public sealed record ReportEvent(
    string Pollutant, string Against, DateTime StartUtc, DateTime EndUtc, int DurationMinutes, int Hours, double Mean, double Peak, DateTime PeakHourUtc,
    double Limit, double PeakMultipleOfLimit, double ExceedanceMultiple, double? ReferenceO2Percent, string Status, ExplanationView? Explanation);

/// <summary>Events of one pollutant against one kind of limit over the period.</summary>
public sealed record EventTotal(string Pollutant, string Against, int Events, int Hours, int DurationMinutes, double MaxPeak, double MaxPeakMultipleOfLimit, int Explained);

public sealed record ExceedanceReport(StackReportHeader Header, IReadOnlyList<ReportEvent> Events, IReadOnlyList<UnmatchedExplanation> UnmatchedExplanations,
    IReadOnlyList<EventTotal> Totals);

/// <summary>One pollutant's month, as <c>GET /api/stacks/{id}/compliance</c> computes it, with the rates derived from those counts.</summary>
/// <param name="HourlyComplianceRate">Hours within the ULE limit ÷ valid hours (the ULE ratio).</param>
/// <param name="StandardComplianceRate">Valid hours not above the legal standard ÷ valid hours.</param>
/// <param name="DaysAssessed">Local days of the month with at least one valid hour of the stack.</param>
/// <param name="DaysWithTargetExceedance">Of those, days in which an event above the ULE target had an hour.</param>
/// <param name="DailyComplianceRate">(DaysAssessed − DaysWithTargetExceedance) ÷ DaysAssessed.</param>
public sealed record ReportPollutantMonth(
    string Pollutant, double? UleLimit, double? StandardLimit, int ValidHours, int InvalidHours, int ShutdownHours, int HoursWithinUle, int HoursAboveUle,
    double? HourlyComplianceRate, bool? UlePass, double RequiredRatio, double? MaxHourly, double? CaptureRate, int StandardExceedanceHours,
    double? StandardComplianceRate, int TargetEvents, int StandardEvents, int DaysAssessed, int DaysWithTargetExceedance, double? DailyComplianceRate);

/// <summary>The month's data quality, summed over the days of <c>GET /api/stacks/{id}/quality</c>.</summary>
public sealed record ReportQualityMonth(
    int Days, int ValidDays, int Hours, int ValidHours, int InvalidHours, int ShutdownHours, int ExpectedRecords, int ReceivedRecords, int ValidRecords,
    double? CaptureRate, double? TransmissionRate, double? ValidRate, double? TransmissionValidRate, IReadOnlyList<FlagHours> HoursByFlag);

/// <summary>Hours whose 75 % flag is <see cref="Flag"/> (F stop, C calibration, M maintenance, D fault, …).</summary>
public sealed record FlagHours(string Flag, int Hours);

/// <summary>The statement line: <c>pass</c> (every pollutant met the ULE ratio), <c>fail</c> (the
/// listed pollutants did not) or <c>not-assessable</c> (no data, or a pollutant without valid hours).</summary>
public sealed record ComplianceStatement(string Outcome, IReadOnlyList<string> Failing, IReadOnlyList<string> NotAssessable, int StandardExceedanceHours)
{
    /// <summary>The statement in English, as the machine-readable files carry it.</summary>
    public string English(string month, string stackCode) => Outcome switch
    {
        "pass" => $"In {month} stack {stackCode} met the ULE requirement for every pollutant; {StandardExceedanceHours} hours were above the legal standard.",
        "fail" => $"In {month} stack {stackCode} did not meet the ULE requirement for {string.Join(", ", Failing)}; {StandardExceedanceHours} hours were above the legal standard.",
        _ => $"In {month} stack {stackCode} could not be assessed against the ULE requirement{(NotAssessable.Count > 0 ? " for " + string.Join(", ", NotAssessable) : "")} (no valid hours).",
    };
}

public sealed record ComplianceReport(StackReportHeader Header, string Month, bool? Pass, ComplianceStatement Statement, IReadOnlyList<ReportPollutantMonth> Pollutants,
    ReportQualityMonth Quality, IReadOnlyList<QualityDay> Days, IReadOnlyList<QualityFinding> Findings, IReadOnlyList<ReportEvent> Events,
    IReadOnlyList<UnmatchedExplanation> UnmatchedExplanations);

/// <summary>A report, or why there is none: a query to refuse (400) or unusable rules (409).</summary>
public sealed record StackReportOutcome<T>(T? Report, Dictionary<string, string[]>? Errors, string? Conflict)
    where T : class
{
    public static StackReportOutcome<T> Ok(T report) => new(report, null, null);

    public static StackReportOutcome<T> Invalid(Dictionary<string, string[]> errors) => new(null, errors, null);

    public static StackReportOutcome<T> NoRules(string detail) => new(null, null, detail);
}
