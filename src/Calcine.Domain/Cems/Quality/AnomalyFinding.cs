namespace Calcine.Domain.Cems.Quality;

/// <summary>One anomaly: a run of consecutive records (or missing minutes) on one channel.</summary>
/// <param name="Channel">A pollutant key (<c>pm</c>, …), <c>o2</c>, or <c>record</c> for whole-record
/// findings (gaps, flags against the process state).</param>
/// <param name="Start">First record (for gaps: first missing minute) of the run.</param>
/// <param name="End">Last record (for gaps: last missing minute) of the run, inclusive.</param>
/// <param name="Value">The run's most telling value: the stuck or extreme value, the signed change of
/// a jump, the O2 of an O2 finding; null where no one value applies (T-flag runs, gaps).</param>
/// <param name="Records">Records in the run (for gaps: missing minutes).</param>
/// <param name="Rule">The rule that fired, with its thresholds, in words an auditor can check.</param>
public sealed record AnomalyFinding(string Channel, DateTimeOffset Start, DateTimeOffset End, AnomalyKind Kind, double? Value, int Records, string Rule);
