namespace Calcine.Domain.Results;

/// <summary>A value outside the range expected for a cement plant. Not an error: the plant may be
/// unusual, but a verifier will ask, so the warning says what, where, the range and why.</summary>
public sealed record PlausibilityWarning(string Id, string Path, decimal Value, string ExpectedRange, string Why)
{
    /// <summary>The reporting year of the document the warning is about (the later one for a
    /// year-on-year comparison), so callers checking several years can group by document.</summary>
    public int? Year { get; init; }
}
