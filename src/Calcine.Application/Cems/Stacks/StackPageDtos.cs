namespace Calcine.Application.Cems.Stacks;

/// <summary>One hour of one series: the value (null when the hour is not valid) and the hour's status.</summary>
public sealed record HourPoint(DateTime HourUtc, double? Value, string Status);

/// <summary>An hourly series of a stack: a pollutant (corrected to the reference O2, mg/m³), O2 (%)
/// or flue-gas flow, with the pollutant's ULE target and legal limit when it has them.</summary>
/// <param name="Key">pm, so2, nox, nh3, o2 or flow.</param>
public sealed record HourSeries(string Key, string Unit, IReadOnlyList<HourPoint> Points, double? UleLimit, double? StandardLimit);

/// <summary>The live part of the stack page: the last 24 hours, as <c>GET /api/stacks/{id}/live</c> answers.</summary>
/// <param name="FromUtc">The first hour shown; <paramref name="ToUtc"/> is the end of the current hour.</param>
public sealed record StackLive(int StackId, DateTime FromUtc, DateTime ToUtc, DateTime? LastPacketUtc, DateTime? LatestMinuteUtc, IReadOnlyList<HourSeries> Series);

/// <summary>An exceedance event on the stack page: the API's view, and whether it is still running.</summary>
public sealed record PageExceedance(ExceedanceView Event, bool Open);

/// <summary>Everything the stack page shows, read with one minute read, one hour query and one
/// explanation query (besides the stack, its plant and the last packet).</summary>
/// <param name="Compliance">The month's ULE test; null when the rules are not usable (<paramref name="RulesProblem"/> says why).</param>
public sealed record StackPageView(
    int StackId,
    string Code,
    string Name,
    int? PlantId,
    string? PlantCode,
    string Month,
    string? RulesProblem,
    StackLive Live,
    DateTime MonthChartFromUtc,
    IReadOnlyList<HourSeries> ThirtyDays,
    MonthCompliance? Compliance,
    IReadOnlyList<PageExceedance> Exceedances,
    IReadOnlyList<UnmatchedExplanation> UnmatchedExplanations);
