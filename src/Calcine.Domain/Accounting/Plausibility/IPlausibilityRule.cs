using Calcine.Domain.Results;

namespace Calcine.Domain.Accounting.Plausibility;

/// <summary>One plausibility check. It never fails a document: it yields warnings that say what, where,
/// the expected range and why, for an engineer or a verifier to look at.</summary>
public interface IPlausibilityRule
{
    /// <summary>Stable identifier ("PY001"); documented in docs/methods/plausibility.md.</summary>
    string Id { get; }

    /// <summary>One line: what the rule checks.</summary>
    string Description { get; }

    IEnumerable<PlausibilityWarning> Evaluate(PlausibilityInput input);
}
