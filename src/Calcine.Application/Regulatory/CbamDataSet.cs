using Calcine.Domain.Accounting.Cbam;
using Calcine.Domain.Results;

namespace Calcine.Application.Regulatory;

/// <summary>How a figure was determined, in the words of the CBAM communication template.</summary>
public static class Determination
{
    public const string Actual = CbamDetermination.Actual;
    /// <summary>The data cannot give the figure; the data set says what is missing instead.</summary>
    public const string NotDetermined = CbamDetermination.NotDetermined;
}

public sealed record CbamInstallation(
    string PlantCode,
    string Name,
    string Operator,
    string Country,
    string Jurisdiction,
    string? Address,
    string? UnLocode,
    string? Coordinates);

/// <summary>One CBAM good the installation produced. A null SEE was not determined (see the data set's Missing).</summary>
public sealed record CbamGoodLine(
    string CnCode,
    string Description,
    decimal ProducedTonnes,
    decimal? SeeDirect,
    decimal? SeeIndirect,
    decimal? ClinkerFactor,
    CbamDefaultValue? DefaultValue)
{
    public decimal? SeeTotal => SeeDirect + SeeIndirect;
    public string DirectDetermination => SeeDirect is null ? Determination.NotDetermined : Determination.Actual;
    public string IndirectDetermination => SeeIndirect is null ? Determination.NotDetermined : Determination.Actual;
}

public sealed record CbamPrecursorLine(string Good, string CnCode, string Origin, decimal QuantityTonnes, decimal? SeeDirect, decimal? SeeIndirect)
{
    public decimal? EmbeddedDirect => SeeDirect * QuantityTonnes;
    public decimal? EmbeddedIndirect => SeeIndirect * QuantityTonnes;
}

public sealed record CbamElectricity(decimal KilnMwh, decimal CementMillMwh, decimal? Ef, string EfSource);

/// <summary>The installation's emissions as the goods carry them, t CO2e (CO2 only for cement).</summary>
public sealed record CbamEmissions(
    decimal AttributedToClinker,
    decimal AttributedToCementMill,
    decimal ProcessClinker,
    decimal ProcessBypassDust,
    decimal ProcessCkd,
    decimal ProcessNonCarbonateCarbon,
    decimal NotAttributed,
    decimal BiomassZeroRated,
    decimal BiomassCounted)
{
    public decimal Installation => AttributedToClinker + AttributedToCementMill + NotAttributed;
}

/// <summary>The data set an installation operator hands its EU importers (the operator communication
/// of embedded emissions): per good its SEE, determination type and qualifying parameter, the
/// electricity and its factor, the precursors. Null <see cref="Goods"/> data: see <see cref="Missing"/>.</summary>
public sealed record CbamDataSet(
    CbamInstallation Installation,
    int Year,
    string YearStatus,
    string CalculationMethod,
    IReadOnlyList<CbamGoodLine> Goods,
    CbamElectricity? Electricity,
    IReadOnlyList<CbamPrecursorLine> Precursors,
    CbamEmissions? Emissions,
    string? CarbonPriceDue,
    IReadOnlyList<ValidationError> Missing,
    IReadOnlyList<string> Notes,
    string DefaultValuesSource,
    bool DefaultValuesVerified)
{
    public const string Format = "cbam-dataset/1";

    /// <summary>False when the year's data gives no figures at all (invalid, or nothing to embed emissions in).</summary>
    public bool Computed => Emissions is not null;

    public DateOnly PeriodStart => new(Year, 1, 1);
    public DateOnly PeriodEnd => new(Year, 12, 31);
}
