namespace Calcine.Application.Cems.Stacks;

/// <summary>A visible stack and how it is doing now.</summary>
/// <param name="Rules">The compliance rule set id; null when not configured.</param>
/// <param name="Today">Today's (stack-local) data quality over the complete hours so far; null before any data today.</param>
/// <param name="OpenExceedances">Events still running at the latest stored hour.</param>
public sealed record StackStatus(int Id, string Code, string Name, int PlantId, string PlantCode, string? Rules, DateTime? LastPacketUtc,
    TodayQuality? Today, IReadOnlyList<ExceedanceView> OpenExceedances);

/// <param name="CaptureRate">Valid hours ÷ (valid + invalid) hours; shutdown hours count in neither.</param>
public sealed record TodayQuality(string Date, int Hours, int ValidHours, double? CaptureRate, double? TransmissionRate, double? TransmissionValidRate);

public sealed record ExplanationView(string Text, string UpdatedBy, DateTimeOffset UpdatedUtc);

/// <param name="Against">target (the ULE value) or standard (the legal limit, 超标).</param>
/// <param name="PeakMultipleOfLimit">Peak ÷ limit.</param>
/// <param name="ExceedanceMultiple">(Peak − limit) ÷ limit, the Chinese 超标倍数.</param>
public sealed record ExceedanceView(string Pollutant, string Against, DateTime StartUtc, DateTime EndUtc, int DurationMinutes, int Hours,
    DateTime PeakHourUtc, double Peak, double Limit, double PeakMultipleOfLimit, double ExceedanceMultiple, ExplanationView? Explanation);

/// <summary>An explanation whose event no longer starts where it did (late data moved or removed it).</summary>
public sealed record UnmatchedExplanation(string Pollutant, DateTime EventStartUtc, ExplanationView Explanation);

public sealed record ExceedanceList(int StackId, string From, string To, IReadOnlyList<ExceedanceView> Events, IReadOnlyList<UnmatchedExplanation> UnmatchedExplanations);

public sealed record ComplianceRulesView(string Ule, string UleTitle, string Standard, string StandardTitle, double? ReferenceO2Percent, double RequiredRatio);

/// <param name="UleRatio">Hours within the ULE limit ÷ valid hours; null when no hour is valid.</param>
/// <param name="UlePass">UleRatio ≥ the required ratio; null when not assessable.</param>
public sealed record PollutantCompliance(string Pollutant, int ValidHours, int InvalidHours, int ShutdownHours, int HoursWithinUle, int HoursAboveUle,
    double? UleRatio, bool? UlePass, double? MaxHourly, double? CaptureRate, int StandardExceedanceHours);

/// <param name="Pass">Every pollutant passes; null when one is not assessable or there is no data.</param>
public sealed record MonthCompliance(int StackId, string Month, ComplianceRulesView Rules, bool? Pass, IReadOnlyList<PollutantCompliance> Pollutants);

public sealed record QualityDay(string Date, int Hours, int ValidHours, int InvalidHours, int ShutdownHours, string Flag, bool Valid,
    int ExpectedRecords, int ReceivedRecords, int ValidRecords, double? CaptureRate, double? TransmissionRate, double? ValidRate, double? TransmissionValidRate);

public sealed record QualityQuarter(string Quarter, int Hours, int ShutdownHours, int InvalidHours, int ValidHours, double? CaptureRate);

public sealed record QualityFinding(string Channel, string Kind, DateTime StartUtc, DateTime EndUtc, double? Value, int Records, string Rule);

/// <summary>The logger's own hourly values against the recomputed ones (CN 2061 ZsAvg).</summary>
public sealed record LoggerAgreementSummary(int Compared, int Agree, int Disagree, int NotComparable, IReadOnlyList<LoggerDisagreement> Disagreements);

public sealed record LoggerDisagreement(string Pollutant, DateTime HourUtc, double Logger, double Recomputed, double? RelativeDifference);

public sealed record StackQuality(int StackId, string From, string To, double? ReferenceO2Percent, IReadOnlyList<QualityDay> Days,
    IReadOnlyList<QualityQuarter> Quarters, IReadOnlyList<QualityFinding> Findings, LoggerAgreementSummary Logger);

/// <summary>The body of PUT …/explanation.</summary>
public sealed record ExplanationBody(string? Text);
