using Calcine.Domain.Results;

namespace Calcine.Domain.Accounting;

/// <summary>How a trace names the source of a fuel's emission factor. The reader derives the EF
/// from the carbon content (CC × 44/12 × 1000) when the document gives only that.</summary>
internal static class FuelEfSource
{
    public static string Of(Fuel fuel, int index) =>
        fuel.CarbonContent is { } cc && fuel.EmissionFactor.KilogramsCo2PerGigajoule == cc * 44m / 12m * 1000m
            ? $"$.fuels[{index}].carbonContent_tC_per_GJ × 44/12 × 1000"
            : fuel.FactorId is { } id ? $"$.fuels[{index}].ef_kgCO2_per_GJ ({Sources.Factor(id)})" : $"$.fuels[{index}].ef_kgCO2_per_GJ";
}
