namespace Calcine.Domain.Factors;

/// <summary>How sure we are of a value, after the tags of the methodology references:
/// Found in the official source, ThirdParty (quoted by a secondary source), Recalled (not re-verified),
/// Derived (computed from other values). Anything but Found is to be verified before release and
/// stays overridable by the document.</summary>
public enum FactorConfidence { Found, ThirdParty, Recalled, Derived }

/// <summary>One entry of the versioned emission-factor library, with where it comes from and
/// when it is valid. Years are calendar reporting years, inclusive; null means open.</summary>
public sealed record EmissionFactor(
    string Id,
    string Kind,
    string Name,
    decimal Value,
    string Unit,
    string Source,
    string Version,
    int? ValidFromYear,
    int? ValidToYear,
    FactorConfidence Confidence,
    string? Country = null,
    string? Notes = null)
{
    public bool IsVerified => Confidence is FactorConfidence.Found or FactorConfidence.Derived;

    public bool ValidIn(int year) => (ValidFromYear is null || year >= ValidFromYear) && (ValidToYear is null || year <= ValidToYear);
}
