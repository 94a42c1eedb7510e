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
    CbamGood Clinker,
    CbamGood? Cement,
    IReadOnlyList<CbamPrecursor> Precursors,
    decimal BiomassZeroRatedCo2,
    decimal BiomassCountedCo2,
    CalculationTrace? Trace);
