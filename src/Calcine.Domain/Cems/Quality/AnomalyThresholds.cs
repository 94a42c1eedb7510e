namespace Calcine.Domain.Cems.Quality;

/// <summary>Per-channel limits: the analyser's upper range (null: only the T flag means over-range)
/// and the smallest change that can count as a jump.</summary>
public sealed record ChannelThresholds(double? RangeUpper, double JumpMinimumChange)
{
    public static ChannelThresholds Concentration { get; } = new(null, 10);
    public static ChannelThresholds O2 { get; } = new(null, 3);
}

/// <summary>Configurable thresholds of the anomaly detectors. A null threshold switches its detector
/// off. Defaults are starting points for a kiln-tail stack; a plant tunes them to its analysers.</summary>
public sealed record AnomalyThresholds
{
    /// <summary>Consecutive running records with one value before it is called stuck: an hour.
    /// Analysers report two decimals and real gas fluctuates, so an unchanged hour is suspect.</summary>
    public int? StuckMinutes { get; init; } = 60;

    /// <summary>Largest difference from the run's first value that still counts as "the same".</summary>
    public double StuckTolerance { get; init; }

    /// <summary>A running value whose magnitude is at or below this is a zero.</summary>
    public double? ZeroAtOrBelow { get; init; } = 0;

    /// <summary>Consecutive zeros needed before a zero run is reported.</summary>
    public int ZeroMinutes { get; init; } = 1;

    /// <summary>A running value below this is negative (a small negative tolerance allows zero drift).</summary>
    public double? NegativeBelow { get; init; } = 0;

    /// <summary>A jump needs a change of at least this fraction of the previous value as well as the
    /// channel's <see cref="ChannelThresholds.JumpMinimumChange"/>: 1.0 means doubling or dropping to zero.</summary>
    public double? JumpRelative { get; init; } = 1.0;

    /// <summary>Missing minutes in a row before a gap is reported (shorter ones still lower the
    /// transmission rate).</summary>
    public int? GapMinutes { get; init; } = 10;

    /// <summary>O2 at or above this in an N/T minute: air, not flue gas.</summary>
    public double? O2NearAirAtOrAbove { get; init; } = 20.5;

    /// <summary>O2 below this in an F minute: flue gas, not a stopped kiln.</summary>
    public double? StoppedO2Below { get; init; } = 19;

    public ChannelThresholds O2 { get; init; } = ChannelThresholds.O2;

    /// <summary>Per pollutant; a pollutant not listed uses <see cref="ChannelThresholds.Concentration"/>.</summary>
    public IReadOnlyDictionary<Pollutant, ChannelThresholds> Pollutants { get; init; } = new Dictionary<Pollutant, ChannelThresholds>();

    public ChannelThresholds For(Pollutant pollutant) => Pollutants.TryGetValue(pollutant, out var t) ? t : ChannelThresholds.Concentration;

    public static AnomalyThresholds Default { get; } = new();
}
