using Calcine.Domain.Results;

namespace Calcine.Domain.Accounting.Gcca;

/// <summary>The KPIs of the plant-year contract. A KPI whose denominator is zero is null, never 0 or infinity.</summary>
public sealed record GccaKpis(
    decimal? GrossCo2PerClinkerKg,
    decimal? GrossCo2PerCementitiousKg,
    decimal? NetCo2PerCementitiousKg,
    decimal? SpecificHeatMjPerTonneClinker,
    decimal? AlternativeFuelRate,
    decimal? BiomassFuelRate,
    decimal? ClinkerFactor,
    decimal? ElectricityKwhPerTonneCement);

public sealed record CbamSee(decimal? Direct, decimal? Indirect);

/// <summary>Everything <c>co2 calc --method gcca</c> reports, unrounded.</summary>
public sealed record GccaResult
{
    public required decimal ClinkerConsumed { get; init; }
    public required decimal Cement { get; init; }
    public required decimal Cementitious { get; init; }
    public required CalcinationResult Calcination { get; init; }
    public required decimal KilnFuelCo2 { get; init; }
    public required decimal NonKilnFuelCo2 { get; init; }
    public required decimal OnSitePowerCo2 { get; init; }
    public required decimal GrossCo2 { get; init; }
    public required decimal NetCo2 { get; init; }
    public required decimal BiomassCo2 { get; init; }
    public required decimal AlternativeFossilCo2 { get; init; }
    public required decimal IndirectCo2 { get; init; }
    public required decimal KilnFuelEnergyGj { get; init; }
    public required GccaKpis Kpis { get; init; }
    public required CbamSee CbamClinker { get; init; }
    public required CbamSee CbamCement { get; init; }
    public required IReadOnlyList<FuelLineResult> FuelLines { get; init; }
    public CalculationTrace? Trace { get; init; }
}
