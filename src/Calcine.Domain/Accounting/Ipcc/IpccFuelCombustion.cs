using Calcine.Domain.Results;

namespace Calcine.Domain.Accounting.Ipcc;

/// <summary>One fuel line of the energy memo.</summary>
public sealed record IpccFuelLine(Fuel Fuel, decimal EnergyGj, decimal OxidationFactor, decimal FossilCo2, decimal BiogenicCo2);

/// <summary>Fuel combustion of the plant as IPCC reports it: in Energy, category 1.A.2.f
/// (non-metallic minerals), never in IPPU 2.A.1. The cement methods carry it as a memo line so a
/// reader sees both halves of the plant's CO2, and it is kept out of every 2.A.1 total.</summary>
public sealed record IpccFuelMemo(IReadOnlyList<IpccFuelLine> Lines, decimal FossilCo2, decimal BiogenicCo2)
{
    public const string Category = "1.A.2.f";
}

public static class IpccFuelCombustion
{
    /// <summary>Per fuel: CO2 = m × NCV × EF / 1000 × OF; the biogenic share is a memo item
    /// (IPCC 2006 Vol. 2 Eq. 2.1, biomass CO2 reported as memo). All uses count: kiln, mill,
    /// vehicles and on-site power are all manufacturing-industry combustion.</summary>
    public static IpccFuelMemo Compute(PlantYear py, string methodId, CalculationTrace? trace)
    {
        var lines = new IpccFuelLine[py.Fuels.Count];
        decimal fossil = 0, biogenic = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var fuel = py.Fuels[i];
            var energy = fuel.Mass.Tonnes * fuel.Lhv.GigajoulesPerTonne;
            var of = fuel.OxidationFactor ?? IpccDefaults.FuelOxidationFactor;
            var total = energy * fuel.EmissionFactor.KilogramsCo2PerGigajoule / 1000m * of;
            var bio = total * fuel.BiogenicShare;
            lines[i] = new IpccFuelLine(fuel, energy, of, total - bio, bio);
            fossil += total - bio;
            biogenic += bio;
            trace?.Add($"{methodId}.fuel[{i}]", $"Fossil CO2 of {fuel.Name}, energy sector 1.A.2.f (memo, not in 2.A.1)",
                "m × NCV × EF / 1000 × OF × (1 − biogenic share)", total - bio, "t CO2",
                new TraceInput("m", fuel.Mass.Tonnes, "t", $"$.fuels[{i}].mass_t"),
                new TraceInput("NCV", fuel.Lhv.GigajoulesPerTonne, "GJ/t", $"$.fuels[{i}].lhv_GJ_per_t"),
                new TraceInput("EF", fuel.EmissionFactor.KilogramsCo2PerGigajoule, "kg CO2/GJ", FuelEfSource.Of(fuel, i)),
                new TraceInput("OF", of, "fraction", fuel.OxidationFactor is null
                    ? Sources.Default(methodId, "OF 1, complete oxidation (IPCC 2006 Vol. 2)") : $"$.fuels[{i}].oxidationFactor"),
                new TraceInput("biogenic share", fuel.BiogenicShare, "fraction", FuelEfSource.BiogenicShareOf(fuel, i, methodId)),
                new TraceInput("biogenic CO2 (memo)", bio, "t CO2", "computed"));
        }

        trace?.Add($"{methodId}.fuelCombustion", "Fuel combustion CO2, category 1.A.2.f: a memo line, NOT part of the 2.A.1 process total",
            "Σ fossil CO2 of all fuels", fossil, "t CO2",
            new TraceInput("fuel lines", lines.Length, "count", "$.fuels"),
            new TraceInput("biogenic CO2 (memo)", biogenic, "t CO2", "Σ biogenic CO2 of all fuels"));
        return new IpccFuelMemo(lines, fossil, biogenic);
    }
}
