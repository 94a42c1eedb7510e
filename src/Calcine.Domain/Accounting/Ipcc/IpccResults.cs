using Calcine.Domain.Results;

namespace Calcine.Domain.Accounting.Ipcc;

public sealed record IpccCementLine(CementByType Cement, decimal Clinker);

/// <summary>IPCC Tier 1 (Eq. 2.1): clinker estimated from cement production.</summary>
public sealed record IpccTier1Result(
    IReadOnlyList<IpccCementLine> Cements,
    decimal ClinkerInCement,
    decimal ClinkerImports,
    decimal ClinkerExports,
    decimal Clinker,
    decimal EfClc,
    FactorBasis EfClcBasis,
    decimal ProcessCo2,
    IpccFuelMemo FuelCombustion,
    CalculationTrace? Trace);

/// <summary>IPCC Tier 2 (Eq. 2.2): clinker production × clinker factor × CKD correction.</summary>
public sealed record IpccTier2Result(
    decimal Clinker,
    decimal EfClinker,
    FactorBasis EfClinkerBasis,
    decimal CkdCorrectionFactor,
    FactorBasis CkdCorrectionBasis,
    decimal ProcessCo2,
    IpccFuelMemo FuelCombustion,
    CalculationTrace? Trace);

public sealed record IpccCarbonateLine(CarbonateInput Input, decimal EmissionFactor, decimal Co2);

public sealed record IpccOtherCarbonLine(CarbonBearingInput Input, decimal Co2);

/// <summary>IPCC Tier 3 (Eq. 2.3): carbonate inputs, less uncalcined carbonate lost in CKD, plus other carbon.</summary>
public sealed record IpccTier3Result(
    IReadOnlyList<IpccCarbonateLine> Carbonates,
    decimal CarbonateCo2,
    decimal CkdEmissionFactor,
    decimal CkdUncalcinedCo2,
    IReadOnlyList<IpccOtherCarbonLine> OtherCarbon,
    decimal OtherCarbonCo2,
    decimal ProcessCo2,
    IReadOnlyList<string> Notes,
    IpccFuelMemo FuelCombustion,
    CalculationTrace? Trace);
