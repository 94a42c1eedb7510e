using Calcine.Domain.Quantities;

namespace Calcine.Domain.Accounting;

/// <summary>Inputs only the IPCC tiers need (document block <c>ipcc</c>).</summary>
public sealed record IpccInputs
{
    public IpccTier1Inputs? Tier1 { get; init; }
    public IpccTier2Inputs? Tier2 { get; init; }
    public IpccTier3Inputs? Tier3 { get; init; }
}

public sealed record CementByType(string Name, Mass Mass, decimal ClinkerFraction);

public sealed record IpccTier1Inputs
{
    public IReadOnlyList<CementByType> Cements { get; init; } = [];
    public Mass ClinkerImports { get; init; }
    public Mass ClinkerExports { get; init; }
    public decimal? EfClc { get; init; }
}

public sealed record IpccTier2Inputs
{
    public decimal? EfClinker { get; init; }
    public Mass CkdNotRecycled { get; init; }
    public decimal? CkdCarbonateFraction { get; init; }
    public decimal? CkdCalcinationFraction { get; init; }
    public decimal? CkdCorrectionFactor { get; init; }
}

public enum CarbonateType { Calcite, Magnesite, Dolomite, Siderite, Ankerite, Rhodochrosite, SodiumCarbonate }

public sealed record CarbonateInput(CarbonateType Type, Mass Mass, decimal CalcinationFraction);

public sealed record CarbonBearingInput(string Name, Mass Mass, decimal CarbonFraction);

public sealed record IpccTier3Inputs
{
    public IReadOnlyList<CarbonateInput> Carbonates { get; init; } = [];
    public Mass CkdNotRecycled { get; init; }
    public decimal CkdCarbonateFraction { get; init; }
    public decimal CkdCalcinationFraction { get; init; }
    public CarbonateType CkdCarbonate { get; init; } = CarbonateType.Calcite;
    public IReadOnlyList<CarbonBearingInput> OtherCarbon { get; init; } = [];
}

public enum ChinaClinkerType { Portland, WhitePortland, Sulfoaluminate, Aluminate }

public sealed record AlternativeRawMaterial(string Type, Mass Mass, decimal? DeductionFactor);

/// <summary>Inputs only the Chinese methods need (document block <c>china</c>).</summary>
public sealed record ChinaInputs
{
    public Mass KilnHeadDust { get; init; }
    public decimal? RawMealNonFuelCarbon { get; init; }
    public bool CoalGangueInRawMix { get; init; }
    public ChinaClinkerType ClinkerType { get; init; } = ChinaClinkerType.Portland;
    public decimal? ClinkerEmissionFactor2024 { get; init; }
    public IReadOnlyList<AlternativeRawMaterial> AlternativeRawMaterials { get; init; } = [];
    public GridEmissionFactor? GridEf { get; init; }
    public decimal ElectricityExportedMegawattHours { get; init; }
    public decimal HeatPurchasedGigajoules { get; init; }
    public decimal HeatExportedGigajoules { get; init; }
    public decimal? HeatEf { get; init; }
}

/// <summary>Inputs for the CBAM data set an installation hands its EU importers (document block <c>cbam</c>).</summary>
public sealed record CbamInputs
{
    public string? CementCnCode { get; init; }
    public string? InstallationName { get; init; }
    public string? UnLocode { get; init; }
}
