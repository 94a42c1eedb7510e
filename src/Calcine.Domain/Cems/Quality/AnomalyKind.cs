namespace Calcine.Domain.Cems.Quality;

/// <summary>The anomaly alarms platforms raise to detect faults and falsification (reference §6.2).</summary>
public enum AnomalyKind
{
    /// <summary>The same value (within a tolerance) for many consecutive running records.</summary>
    Stuck,

    /// <summary>A zero (or at most a small threshold) while running.</summary>
    Zero,

    /// <summary>A negative concentration or O2 while running.</summary>
    Negative,

    /// <summary>Flagged T, or above the channel's configured upper range.</summary>
    OverRange,

    /// <summary>A change between consecutive records larger than both thresholds.</summary>
    Jump,

    /// <summary>Minutes with no record at all (outside stops).</summary>
    Gap,

    /// <summary>O2 near air (≥ 20.5 % by default) in a minute flagged as a valid measurement (N/T).</summary>
    O2NearAirWhileRunning,

    /// <summary>A minute flagged F (stopped) whose gas looks like a running kiln (O2 well below air).</summary>
    StoppedFlagWhileRunning,
}

public static class AnomalyKinds
{
    /// <summary>The key used in JSON and configuration.</summary>
    public static string Key(this AnomalyKind kind) => kind switch
    {
        AnomalyKind.Stuck => "stuck",
        AnomalyKind.Zero => "zero",
        AnomalyKind.Negative => "negative",
        AnomalyKind.OverRange => "over-range",
        AnomalyKind.Jump => "jump",
        AnomalyKind.Gap => "gap",
        AnomalyKind.O2NearAirWhileRunning => "o2-near-air-while-running",
        AnomalyKind.StoppedFlagWhileRunning => "stopped-flag-while-running",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
