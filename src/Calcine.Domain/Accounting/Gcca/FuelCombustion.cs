using Calcine.Domain.Results;

namespace Calcine.Domain.Accounting.Gcca;

/// <summary>Energy and CO2 of one fuel line; the biogenic part is a memo item.</summary>
public readonly record struct FuelLineResult(Fuel Fuel, decimal EnergyGj, decimal TotalCo2, decimal FossilCo2, decimal BiogenicCo2);

public static class FuelCombustion
{
    /// <summary>E = m × LHV; CO2 = E × EF / 1000; fossil = CO2 × (1 − biogenic share). No oxidation
    /// factor: the protocol's fuel formula (and the plant-year contract's) has none, so a fuel's
    /// <c>oxidationFactor</c> is shown in the trace as not applied.</summary>
    public static FuelLineResult Compute(Fuel fuel, int index, CalculationTrace? trace, string methodologyId = "gcca")
    {
        var energy = fuel.Mass.Tonnes * fuel.Lhv.GigajoulesPerTonne;
        var total = energy * fuel.EmissionFactor.KilogramsCo2PerGigajoule / 1000m;
        var biogenic = total * fuel.BiogenicShare;
        var fossil = total - biogenic;
        if (trace is not null)
        {
            List<TraceInput> inputs =
            [
                new("m", fuel.Mass.Tonnes, "t", $"$.fuels[{index}].mass_t"),
                new("LHV", fuel.Lhv.GigajoulesPerTonne, "GJ/t", $"$.fuels[{index}].lhv_GJ_per_t"),
                new("EF", fuel.EmissionFactor.KilogramsCo2PerGigajoule, "kg CO2/GJ", FuelEfSource.Of(fuel, index)),
                new("biogenic share", fuel.BiogenicShare, "fraction", FuelEfSource.BiogenicShareOf(fuel, index, methodologyId)),
                new("biogenic CO2 (memo)", biogenic, "t CO2", "computed"),
            ];
            if (fuel.OxidationFactor is { } of)
            {
                inputs.Add(new("OF (not applied: complete oxidation, as the protocol's formula)", of, "fraction", $"$.fuels[{index}].oxidationFactor"));
            }

            trace.Add($"fuel[{index}]", $"Fossil CO2 of {fuel.Name} ({fuel.Use}, {fuel.Category})",
                "m × LHV × EF / 1000 × (1 − biogenic share)", fossil, "t CO2", [.. inputs]);
        }

        return new FuelLineResult(fuel, energy, total, fossil, biogenic);
    }
}
