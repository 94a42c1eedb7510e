using System.Globalization;

namespace Calcine.Domain.Accounting.Plausibility;

/// <summary>How far a range can be trusted; the tags are those of docs/reference/co2-accounting.md §0.</summary>
public enum RangeConfidence
{
    /// <summary>[F] read in the cited source.</summary>
    Found,

    /// <summary>[F-3p] read only in third-party code or a page quoting the source.</summary>
    FoundThirdParty,

    /// <summary>[R] recalled engineering knowledge, not re-verified.</summary>
    Recalled,

    /// <summary>[D] derived by arithmetic from other figures.</summary>
    Derived,
}

/// <summary>The values a plant input is expected to take. Either bound may be open. Ranges are data,
/// kept in one table (<see cref="PlausibilityRangeTable"/>) so they can be tuned and documented.</summary>
public sealed record PlausibilityRange
{
    public PlausibilityRange(decimal? min, decimal? max, string unit, string source, RangeConfidence confidence)
    {
        if (min is null && max is null)
        {
            throw new ArgumentException("A range needs at least one bound.", nameof(min));
        }

        if (min > max)
        {
            throw new ArgumentOutOfRangeException(nameof(min), min, $"The lower bound exceeds the upper bound {max}.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        Min = min;
        Max = max;
        Unit = unit;
        Source = source;
        Confidence = confidence;
    }

    public decimal? Min { get; }
    public decimal? Max { get; }
    public string Unit { get; }
    public string Source { get; }
    public RangeConfidence Confidence { get; }

    public bool Contains(decimal value) => (Min is null || value >= Min) && (Max is null || value <= Max);

    /// <summary>"0.6–0.7 fraction", "≤ 0.05 fraction" or "≥ 0.9 fraction".</summary>
    public string Describe()
    {
        var unit = Unit.Length == 0 ? "" : " " + Unit;
        return (Min, Max) switch
        {
            ({ } lo, { } hi) => $"{Format(lo)}–{Format(hi)}{unit}",
            (null, { } hi) => $"≤ {Format(hi)}{unit}",
            ({ } lo, null) => $"≥ {Format(lo)}{unit}",
            _ => throw new InvalidOperationException("unreachable: a range has a bound"),
        };
    }

    /// <summary>The provenance tag as the reference writes it: F, F-3p, R or D.</summary>
    public string ConfidenceTag => Confidence switch
    {
        RangeConfidence.Found => "F",
        RangeConfidence.FoundThirdParty => "F-3p",
        RangeConfidence.Recalled => "R",
        RangeConfidence.Derived => "D",
        _ => throw new InvalidOperationException($"unknown confidence {Confidence}"),
    };

    /// <summary>Invariant, without trailing zeros: 0.60 → "0.6", 2700 → "2700".</summary>
    public static string Format(decimal value) => value.ToString("G29", CultureInfo.InvariantCulture);
}
