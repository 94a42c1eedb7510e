using Calcine.Domain.Accounting.Gcca;
using Calcine.Domain.Results;

namespace Calcine.Domain.Accounting.Cbam;

/// <summary>How a figure was determined, in the words of the CBAM communication template.</summary>
public static class CbamDetermination
{
    public const string Actual = "actual";

    /// <summary>The data cannot give the figure: it is null, never zero, and the result says what is missing.</summary>
    public const string NotDetermined = "not determined";

    public static string Of(decimal? figure) => figure is null ? NotDetermined : Actual;
}

/// <summary>Specific embedded emissions of one good, t CO2 per t of good. A part the data cannot
/// give (no electricity recorded for the kiln or mill, no supplier SEE for bought clinker) is null:
/// not determined, which is not zero.</summary>
public sealed record EmbeddedEmissions(decimal? Direct, decimal? Indirect)
{
    public decimal? Total => Direct + Indirect;
    public string DirectDetermination => CbamDetermination.Of(Direct);
    public string IndirectDetermination => CbamDetermination.Of(Indirect);
}

/// <summary>A precursor consumed to make cement: the plant's own clinker or bought clinker.</summary>
public sealed record CbamPrecursor(string Good, string CnCode, string Origin, decimal QuantityTonnes, EmbeddedEmissions See);

/// <summary>A CBAM good produced by the installation, with its SEE and qualifying parameters.</summary>
public sealed record CbamGood(string CnCode, string Description, decimal ProducedTonnes, EmbeddedEmissions See, decimal? ClinkerFactor);

public sealed record CbamResult(
    decimal AttributedClinkerCo2,
    decimal AttributedCementCo2,
    decimal KilnElectricityMwh,
    decimal MillElectricityMwh,
    decimal GridEf,
    CbamGood? Clinker,
    CbamGood? Cement,
    IReadOnlyList<CbamPrecursor> Precursors,
    decimal BiomassZeroRatedCo2,
    decimal BiomassCountedCo2,
    CalculationTrace? Trace)
{
    /// <summary>Bought clinker beyond the clinker consumed (to stock or resold): not in this year's cement.</summary>
    public decimal BoughtClinkerUnused { get; init; }

    /// <summary>EU-rule CO2 of fuels of use other and on-site-power: installation emissions not attributed to goods.</summary>
    public decimal OtherFuelCo2 { get; init; }
    public decimal OnSitePowerFuelCo2 { get; init; }

    /// <summary>Why a SEE is not determined, naming the field to fill; empty when every SEE is.</summary>
    public IReadOnlyList<ValidationError> NotDetermined { get; init; } = [];

    /// <summary>The process emissions as the CBAM (EU MRR) rules computed them.</summary>
    public required CalcinationResult Process { get; init; }
}
