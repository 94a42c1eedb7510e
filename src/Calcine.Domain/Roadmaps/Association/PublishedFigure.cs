namespace Calcine.Domain.Roadmaps.Association;

/// <summary>Why a figure of the association's road map is withheld. Only the reason is shown, never the
/// figure, its contributors or how near it came to passing.</summary>
public enum SuppressionReason
{
    /// <summary>Fewer plants with a non-zero part than the benchmark minimum.</summary>
    TooFewContributors,
    /// <summary>Fewer companies with a non-zero part than the benchmark minimum.</summary>
    TooFewCompanies,
    /// <summary>The p % rule: one or two companies make up nearly all of it.</summary>
    Dominated,
    /// <summary>Within the closeness of one member's own value.</summary>
    EqualsMemberValue,
    /// <summary>It passes alone, but with the figures shown beside it would give a withheld one away.</summary>
    Complementary,
}

/// <summary>One published cell: a value, or the reason it is withheld (never both).</summary>
public sealed record PublishedFigure(double? Value, SuppressionReason? Reason)
{
    public bool IsShown => Value is not null;

    public static PublishedFigure Shown(double value) => new(value, null);

    public static PublishedFigure Withheld(SuppressionReason reason) => new(null, reason);
}

/// <summary>One member's part of a figure: its company, the plant it comes from and the value.</summary>
public readonly record struct Contribution(int CompanyId, string PlantKey, double Value);
