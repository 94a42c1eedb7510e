namespace Calcine.Domain.Factors;

/// <summary>A search over the factor library. Every criterion that is set must hold (AND).
/// Text is split on white space and every word must occur, case-insensitively, in the id, name,
/// source or notes — so "petroleum coke" finds "Petroleum coke" and "ipcc2006-ncv-petroleum-coke".</summary>
public sealed record FactorQuery
{
    public string? Text { get; init; }
    public string? Kind { get; init; }
    /// <summary>ISO 3166 alpha-2 code, or "EU" for EU-27; compared case-insensitively.</summary>
    public string? Country { get; init; }
    /// <summary>A reporting year the factor must be valid in.</summary>
    public int? Year { get; init; }
    public FactorConfidence? Confidence { get; init; }

    public bool Matches(EmissionFactor factor)
    {
        ArgumentNullException.ThrowIfNull(factor);
        return (Kind is null || string.Equals(factor.Kind, Kind, StringComparison.Ordinal))
            && (Country is null || string.Equals(factor.Country, Country, StringComparison.OrdinalIgnoreCase))
            && (Year is not { } year || factor.ValidIn(year))
            && (Confidence is not { } confidence || factor.Confidence == confidence)
            && MatchesText(factor);
    }

    private bool MatchesText(EmissionFactor factor)
    {
        if (string.IsNullOrWhiteSpace(Text))
        {
            return true;
        }

        foreach (var word in Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var found = factor.Id.Contains(word, StringComparison.OrdinalIgnoreCase)
                || factor.Name.Contains(word, StringComparison.OrdinalIgnoreCase)
                || factor.Source.Contains(word, StringComparison.OrdinalIgnoreCase)
                || (factor.Notes?.Contains(word, StringComparison.OrdinalIgnoreCase) ?? false);
            if (!found)
            {
                return false;
            }
        }

        return true;
    }
}
