using Calcine.Domain.Results;

namespace Calcine.Domain.Accounting;

/// <summary>How a trace names the source of a fuel's emission factor and biogenic share: the
/// document's field, the carbon content the reader derived the EF from, or the category default.</summary>
internal static class FuelEfSource
{
    public static string Of(Fuel fuel, int index) =>
        fuel.EfFromCarbonContent
            ? $"$.fuels[{index}].carbonContent_tC_per_GJ × 44/12 × 1000 (no ef_kgCO2_per_GJ given)"
            : fuel.FactorId is { } id ? $"$.fuels[{index}].ef_kgCO2_per_GJ ({Sources.Factor(id)})" : $"$.fuels[{index}].ef_kgCO2_per_GJ";

    public static string BiogenicShareOf(Fuel fuel, int index, string methodologyId) =>
        fuel.BiogenicShareDefaulted
            ? Sources.Default(methodologyId, $"biogenicShare {(fuel.Category == FuelCategory.Biomass ? "1 for biomass" : "0 for a fossil category")} ($.fuels[{index}].biogenicShare absent)")
            : $"$.fuels[{index}].biogenicShare";
}
