using Calcine.Domain.Results;

namespace Calcine.Domain.Accounting.Gcca;

/// <summary>Energy and CO2 of one fuel line; the biogenic part is a memo item.</summary>
public readonly record struct FuelLineResult(Fuel Fuel, decimal EnergyGj, decimal TotalCo2, decimal FossilCo2, decimal BiogenicCo2);

public static class FuelCombustion
{
    /// <summary>E = m × LHV; CO2 = E × EF / 1000; fossil = CO2 × (1 − biogenic share).</summary>
    public static FuelLineResult Compute(Fuel fuel, int index, CalculationTrace? trace)
    {
        var energy = fuel.Mass.Tonnes * fuel.Lhv.GigajoulesPerTonne;
        var total = energy * fuel.EmissionFactor.KilogramsCo2PerGigajoule / 1000m;
        var biogenic = total * fuel.BiogenicShare;
        var fossil = total - biogenic;
        trace?.Add($"fuel[{index}]", $"Fossil CO2 of {fuel.Name} ({fuel.Use}, {fuel.Category})",
            "m × LHV × EF / 1000 × (1 − biogenic share)", fossil, "t CO2",
            new TraceInput("m", fuel.Mass.Tonnes, "t", $"$.fuels[{index}].mass_t"),
            new TraceInput("LHV", fuel.Lhv.GigajoulesPerTonne, "GJ/t", $"$.fuels[{index}].lhv_GJ_per_t"),
            new TraceInput("EF", fuel.EmissionFactor.KilogramsCo2PerGigajoule, "kg CO2/GJ", $"$.fuels[{index}].ef_kgCO2_per_GJ"),
            new TraceInput("biogenic share", fuel.BiogenicShare, "fraction", $"$.fuels[{index}].biogenicShare"),
            new TraceInput("biogenic CO2 (memo)", biogenic, "t CO2", "computed"));
        return new FuelLineResult(fuel, energy, total, fossil, biogenic);
    }
}
