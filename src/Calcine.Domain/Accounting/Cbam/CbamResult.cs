using Calcine.Domain.Accounting.Gcca;
using Calcine.Domain.Results;

namespace Calcine.Domain.Accounting.Cbam;

/// <summary>Specific embedded emissions of one good, t CO2 per t of good.</summary>
public sealed record EmbeddedEmissions(decimal Direct, decimal Indirect)
{
    public decimal Total => Direct + Indirect;
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

    /// <summary>The process emissions as the CBAM (EU MRR) rules computed them.</summary>
    public required CalcinationResult Process { get; init; }
}
