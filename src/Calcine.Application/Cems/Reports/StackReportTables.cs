using Calcine.Application.Cems.Stacks;
namespace Calcine.Application.Cems.Reports;

/// <summary>The reports as sections (one workbook sheet each). Column names are those of the CSV,
/// documented in docs/formats/stack-reports.md.</summary>
public static class StackReportTables
{
    public static IReadOnlyList<ReportTable> Exceedances(ExceedanceReport r) =>
    [
        Report(r.Header, "exceedances", []),
        Limits(r.Header),
        Events("Events", r.Events),
        new("Totals", ["pollutant", "against", "events", "hours", "duration_min", "max_peak_mg_m3", "max_peak_multiple_of_limit", "explained"],
            [.. r.Totals.Select(t => new object?[] { t.Pollutant, t.Against, t.Events, t.Hours, t.DurationMinutes, t.MaxPeak, t.MaxPeakMultipleOfLimit, t.Explained })]),
        Unmatched(r.UnmatchedExplanations),
    ];

    public static IReadOnlyList<ReportTable> Compliance(ComplianceReport r)
    {
        var q = r.Quality;
        return
        [
            Report(r.Header, "compliance", [["month", r.Month], ["statement", r.Statement.Outcome], ["statement_text", r.Statement.English(r.Month, r.Header.StackCode)]]),
            Limits(r.Header),
            new("Pollutants", PollutantColumns, [.. r.Pollutants.Select(PollutantRow)]),
            new("Quality", ["item", "value"],
            [
                ["days", q.Days], ["valid_days", q.ValidDays], ["hours", q.Hours], ["valid_hours", q.ValidHours], ["invalid_hours", q.InvalidHours],
                ["shutdown_hours", q.ShutdownHours], ["expected_records", q.ExpectedRecords], ["received_records", q.ReceivedRecords],
                ["valid_records", q.ValidRecords], ["capture_rate", q.CaptureRate], ["transmission_rate", q.TransmissionRate], ["valid_rate", q.ValidRate],
                ["transmission_valid_rate", q.TransmissionValidRate],
                .. q.HoursByFlag.Select(f => new object?[] { "hours_flag_" + f.Flag, f.Hours }),
            ]),
            new("Days", ["date", "hours", "valid_hours", "invalid_hours", "shutdown_hours", "flag", "valid_day", "capture_rate", "transmission_rate", "valid_rate", "transmission_valid_rate"],
                [.. r.Days.Select(d => new object?[] { d.Date, d.Hours, d.ValidHours, d.InvalidHours, d.ShutdownHours, d.Flag, d.Valid, d.CaptureRate, d.TransmissionRate, d.ValidRate, d.TransmissionValidRate })]),
            new("Findings", ["channel", "kind", "start_utc", "end_utc", "value", "records", "rule"],
                [.. r.Findings.Select(f => new object?[] { f.Channel, f.Kind, f.StartUtc, f.EndUtc, f.Value, f.Records, f.Rule })]),
            Events("Events", r.Events),
            Unmatched(r.UnmatchedExplanations),
        ];
    }

    public static readonly string[] PollutantColumns =
    [
        "pollutant", "ule_limit_mg_m3", "standard_limit_mg_m3", "valid_hours", "invalid_hours", "shutdown_hours", "hours_within_ule", "hours_above_ule",
        "hourly_compliance_rate", "ule_pass", "required_ratio", "max_hourly_mg_m3", "capture_rate", "standard_exceedance_hours", "standard_compliance_rate",
        "target_events", "standard_events", "days_assessed", "days_with_target_exceedance", "daily_compliance_rate",
    ];

    public static object?[] PollutantRow(ReportPollutantMonth p) =>
    [
        p.Pollutant, p.UleLimit, p.StandardLimit, p.ValidHours, p.InvalidHours, p.ShutdownHours, p.HoursWithinUle, p.HoursAboveUle,
        p.HourlyComplianceRate, p.UlePass, p.RequiredRatio, p.MaxHourly, p.CaptureRate, p.StandardExceedanceHours, p.StandardComplianceRate,
        p.TargetEvents, p.StandardEvents, p.DaysAssessed, p.DaysWithTargetExceedance, p.DailyComplianceRate,
    ];

    public static readonly string[] EventColumns =
    [
        "pollutant", "against", "start_utc", "end_utc", "duration_min", "hours", "mean_mg_m3", "peak_mg_m3", "peak_hour_utc", "limit_mg_m3",
        "peak_multiple_of_limit", "exceedance_multiple", "reference_o2_pct", "status", "explanation", "explained_by", "explained_utc",
    ];

    public static object?[] EventRow(ReportEvent e) =>
    [
        e.Pollutant, e.Against, e.StartUtc, e.EndUtc, e.DurationMinutes, e.Hours, e.Mean, e.Peak, e.PeakHourUtc, e.Limit,
        e.PeakMultipleOfLimit, e.ExceedanceMultiple, e.ReferenceO2Percent, e.Status, e.Explanation?.Text, e.Explanation?.UpdatedBy, e.Explanation?.UpdatedUtc,
    ];

    private static ReportTable Report(StackReportHeader h, string kind, object?[][] extra) => new("Report", ["item", "value"],
    [
        ["report", kind], ["stack_id", h.StackId], ["stack_code", h.StackCode], ["stack_name", h.StackName], ["plant_id", h.PlantId], ["plant_code", h.PlantCode],
        ["plant_name", h.PlantName], ["company", h.Company], ["period_from", h.From], ["period_to", h.To], ["utc_offset", ReportCells.Offset(h.UtcOffset)],
        ["rule_set", h.Rules.Ule], ["rule_set_title", h.Rules.UleTitle], ["standard", h.Rules.Standard], ["standard_title", h.Rules.StandardTitle],
        ["reference_o2_pct", h.Rules.ReferenceO2Percent], ["required_ratio", h.Rules.RequiredRatio], ["generated_utc", h.GeneratedUtc],
        .. extra,
    ]);

    private static ReportTable Limits(StackReportHeader h) => new("Limits", ["set", "against", "pollutant", "effective_from", "limit_mg_m3", "reference_o2_pct"],
        [.. h.Limits.Select(l => new object?[] { l.Set, l.Against, l.Pollutant, l.EffectiveFrom, l.Value, l.ReferenceO2Percent })]);

    private static ReportTable Events(string name, IReadOnlyList<ReportEvent> events) => new(name, EventColumns, [.. events.Select(EventRow)]);

    private static ReportTable Unmatched(IReadOnlyList<UnmatchedExplanation> list) => new("Unmatched explanations",
        ["pollutant", "event_start_utc", "explanation", "explained_by", "explained_utc"],
        [.. list.Select(u => new object?[] { u.Pollutant, u.EventStartUtc, u.Explanation.Text, u.Explanation.UpdatedBy, u.Explanation.UpdatedUtc })]);
}
