namespace Calcine.Domain.Cems.Quality;

/// <summary>An hourly converted value as the data logger (DAS) sent it (HJ 212 CN 2061 <c>-ZsAvg</c>).</summary>
public sealed record DasHourlyValue(DateTimeOffset Hour, Pollutant Pollutant, double ZsAvg);

/// <summary>How far a DAS value may lie from a recomputed one and still agree:
/// <c>|das − x| ≤ max(Relative × |x|, Absolute)</c>. The default 2 % is well above what the two
/// methods differ by in steady kiln operation (O2 ±0.5 % around 11 % moves them apart by about
/// 0.2 %) and above the DAS's rounding, yet well below the errors worth catching: a wrong reference
/// O2 (10 vs 11 %: 10 %), wet O2 used as dry (≈ 8 %), or minutes dropped or added. The absolute
/// floor (0.05 mg/m3, half the 0.1 step DAS units print) keeps values near zero from failing on
/// rounding alone.</summary>
public sealed record DasTolerance
{
    public DasTolerance(double relative = 0.02, double absolute = 0.05)
    {
        if (!double.IsFinite(relative) || relative < 0 || !double.IsFinite(absolute) || absolute < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(relative), "Tolerances are finite and not negative.");
        }

        Relative = relative;
        Absolute = absolute;
    }

    public double Relative { get; }
    public double Absolute { get; }

    public static DasTolerance Default { get; } = new();

    public bool Agrees(double das, double computed) => Math.Abs(das - computed) <= Math.Max(Relative * Math.Abs(computed), Absolute);
}

public enum DasVerdict
{
    /// <summary>Agrees with (a), the mean of per-minute corrected values.</summary>
    MatchesMinuteMethod,

    /// <summary>Agrees with (b), the hourly mean corrected with the hourly mean O2.</summary>
    MatchesHourlyMethod,

    /// <summary>Agrees with both (they lie within the tolerance of each other).</summary>
    MatchesBoth,

    /// <summary>Agrees with neither: an alert.</summary>
    Disagrees,

    /// <summary>No valid recomputed hour to compare with (invalid, shutdown or outside the minute data).</summary>
    NotComparable,
}

/// <summary>One DAS value against the recomputed hour. Relative differences are
/// <c>(das − x) / |x|</c>, null when x is 0 or missing.</summary>
public sealed record DasComparison(DasHourlyValue Das, ConvertedHour? Computed, double? RelativeDifferenceMinuteMethod, double? RelativeDifferenceHourlyMethod,
    DasVerdict Verdict, string? Reason);

public static class DasComparer
{
    public static IReadOnlyList<DasComparison> Compare(IReadOnlyList<DasHourlyValue> das, IReadOnlyList<ConvertedHour> computed, DasTolerance tolerance)
    {
        var byHour = new Dictionary<(long, Pollutant), ConvertedHour>(computed.Count);
        foreach (var h in computed)
        {
            byHour[(h.Hour.UtcTicks, h.Pollutant)] = h;
        }

        var result = new List<DasComparison>(das.Count);
        foreach (var d in das)
        {
            if (!byHour.TryGetValue((d.Hour.UtcTicks, d.Pollutant), out var h))
            {
                result.Add(new DasComparison(d, null, null, null, DasVerdict.NotComparable, "no minute data for this hour and pollutant"));
                continue;
            }

            if (h.Status != PeriodStatus.Valid)
            {
                var why = h.Status == PeriodStatus.Shutdown ? "the recomputed hour is a shutdown hour" : "the recomputed hour is invalid (fewer than the required valid minutes)";
                result.Add(new DasComparison(d, h, null, null, DasVerdict.NotComparable, why));
                continue;
            }

            var a = tolerance.Agrees(d.ZsAvg, h.MeanOfCorrectedMinutes);
            var b = tolerance.Agrees(d.ZsAvg, h.CorrectedHourlyMean);
            var verdict = (a, b) switch
            {
                (true, true) => DasVerdict.MatchesBoth,
                (true, false) => DasVerdict.MatchesMinuteMethod,
                (false, true) => DasVerdict.MatchesHourlyMethod,
                _ => DasVerdict.Disagrees,
            };
            result.Add(new DasComparison(d, h, Relative(d.ZsAvg, h.MeanOfCorrectedMinutes), Relative(d.ZsAvg, h.CorrectedHourlyMean), verdict, null));
        }

        return result;
    }

    private static double? Relative(double das, double computed) => computed == 0 ? null : (das - computed) / Math.Abs(computed);
}
