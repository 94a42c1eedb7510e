using Calcine.Domain.Results;

namespace Calcine.Domain.Accounting.China;

/// <summary>Heat consumption of the clinker line as the Chinese reports state it.</summary>
public sealed record ChinaSpecificHeat(decimal KilnFuelEnergyGj, decimal? MegajoulesPerTonneClinker, decimal? KgcePerTonneClinker);

/// <summary>China 2013 guideline / GB/T 32151.8-2015, enterprise level.</summary>
public sealed record China2013Result
{
    /// <summary>Clinker + kiln-head dust + bypass dust: the mass the carbonate factor applies to.</summary>
    public required decimal CarbonateBasis { get; init; }
    public required decimal CarbonateEf { get; init; }
    public required decimal CarbonateCo2 { get; init; }
    public required decimal RawMeal { get; init; }
    public required decimal NonFuelCarbon { get; init; }
    public required decimal NonFuelCarbonCo2 { get; init; }
    public decimal ProcessCo2 => CarbonateCo2 + NonFuelCarbonCo2;
    public required ChinaFuelResult Fuels { get; init; }
    public decimal DirectCo2 => ProcessCo2 + Fuels.Total;
    public required ChinaIndirectResult Indirect { get; init; }

    /// <summary>E = E_fuel + E_AF,non-bio + E_process + E_elec + E_heat (exports deducted).</summary>
    public decimal TotalCo2 => DirectCo2 + Indirect.Total;
    public required decimal? DirectCo2PerClinker { get; init; }
    public required decimal? TotalCo2PerClinker { get; init; }
    public required ChinaSpecificHeat SpecificHeat { get; init; }
    public required IReadOnlyList<string> Notes { get; init; }
    public CalculationTrace? Trace { get; init; }
}

public sealed record ChinaRawMaterialDeduction(int Index, AlternativeRawMaterial Material, decimal DeductionFactor, FactorBasis Basis, decimal Co2);

/// <summary>China CETS-AG-02.01-V01-2024: the compliance total is direct CO2 only (process + fuels);
/// electricity and heat are computed for the enterprise-level report and kept out of it.</summary>
public sealed record ChinaCets2024Result
{
    public required ChinaClinkerType ClinkerType { get; init; }
    public required decimal Clinker { get; init; }
    public required decimal ClinkerEf { get; init; }
    public required FactorBasis ClinkerEfBasis { get; init; }
    public required decimal ClinkerCo2 { get; init; }
    public required IReadOnlyList<ChinaRawMaterialDeduction> Deductions { get; init; }
    public decimal DeductionCo2 => Deductions.Sum(d => d.Co2);
    public decimal ProcessCo2 => ClinkerCo2 - DeductionCo2;
    public required ChinaFuelResult Fuels { get; init; }
    public decimal DirectCo2 => ProcessCo2 + Fuels.Total;

    /// <summary>The ETS compliance scope: fossil fuel and process CO2; indirect emissions excluded.</summary>
    public decimal ComplianceCo2 => DirectCo2;
    public required ChinaIndirectResult ExcludedIndirect { get; init; }
    public required decimal? DirectCo2PerClinker { get; init; }
    public required ChinaSpecificHeat SpecificHeat { get; init; }

    /// <summary>Which defaults of an unverified table were used (empty when none or the table is verified).</summary>
    public required IReadOnlyList<string> UnverifiedDefaults { get; init; }
    public required IReadOnlyList<string> Notes { get; init; }
    public CalculationTrace? Trace { get; init; }
}
