using Calcine.Domain.Accounting.Gcca;
using Calcine.Domain.Results;

namespace Calcine.Domain.Accounting.EuEts;

/// <summary>One source stream of the installation: a fuel as the MRR standard methodology counts it.</summary>
public sealed record SourceStream(
    int Index,
    Fuel Fuel,
    decimal EnergyGj,
    decimal OxidationFactor,
    decimal BiomassFraction,
    bool BiomassZeroRated,
    decimal FossilCo2,
    decimal BiomassCo2)
{
    /// <summary>CO2 the installation reports for this stream: fossil, plus biomass that fails the criteria.</summary>
    public decimal ReportedCo2 => BiomassZeroRated ? FossilCo2 : FossilCo2 + BiomassCo2;
}

public sealed record EuMrrResult(
    CalcinationResult Process,
    IReadOnlyList<SourceStream> SourceStreams,
    decimal CombustionCo2,
    decimal BiomassZeroRatedCo2,
    decimal BiomassCountedCo2,
    decimal TotalCo2,
    decimal? TotalPerClinker,
    CalculationTrace? Trace);
