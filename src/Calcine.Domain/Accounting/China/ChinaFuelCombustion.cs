using Calcine.Domain.Results;

namespace Calcine.Domain.Accounting.China;

/// <summary>Which of the guideline's fuel formulas a line used.</summary>
public enum ChinaFuelFormula
{
    /// <summary>Fossil fuel with carbon content: FC × NCV × CC × OF × 44/12.</summary>
    CarbonContent,

    /// <summary>Fossil fuel with an emission factor: FC × NCV × EF × OF.</summary>
    EmissionFactor,

    /// <summary>Alternative fuel or waste: Q × HV × EF × non-biomass carbon share (no OF in the formula).</summary>
    AlternativeFuel,
}

/// <summary>One fuel line: the CO2 the method counts and the biogenic CO2 it leaves out (memo).</summary>
public sealed record ChinaFuelLine(Fuel Fuel, ChinaFuelFormula Formula, decimal EnergyGj, decimal? OxidationFactor, decimal Co2, decimal BiogenicCo2);

public sealed record ChinaFuelResult(
    IReadOnlyList<ChinaFuelLine> Lines,
    decimal FossilFuelCo2,
    decimal AlternativeFuelCo2,
    decimal BiogenicCo2,
    decimal KilnFuelEnergyGj)
{
    /// <summary>E_fuel + E_AF,non-bio.</summary>
    public decimal Total => FossilFuelCo2 + AlternativeFuelCo2;
}

/// <summary>Fuel combustion as both Chinese methods compute it (the 2024 guideline keeps the 2013
/// structure: AD × CC × OF × 44/12). Every fuel of the document counts, whatever its use: the
/// guideline's boundary is the whole enterprise's fossil fuel.</summary>
public static class ChinaFuelCombustion
{
    public static ChinaFuelResult Compute(PlantYear py, string methodId, List<string> notes, CalculationTrace? trace)
    {
        var c2co2 = Methodologies.China2013.Chemistry.CarbonToCo2;
        var lines = new ChinaFuelLine[py.Fuels.Count];
        decimal fossil = 0, alternative = 0, biogenic = 0, kilnEnergy = 0;
        var defaultOf = new List<int>();
        for (var i = 0; i < lines.Length; i++)
        {
            var fuel = py.Fuels[i];
            var energy = fuel.Mass.Tonnes * fuel.Lhv.GigajoulesPerTonne;
            if (fuel.Use == FuelUse.Kiln)
            {
                kilnEnergy += energy;
            }

            var p = $"$.fuels[{i}]";
            ChinaFuelLine line;
            if (fuel.Category == FuelCategory.ConventionalFossil)
            {
                var of = fuel.OxidationFactor ?? ChinaDefaults.OxidationFactor;
                if (fuel.OxidationFactor is null)
                {
                    defaultOf.Add(i);
                }

                var ofInput = new TraceInput("OF", of, "fraction", fuel.OxidationFactor is null
                    ? Sources.Default(methodId, "OF 1 (fuel states no oxidation factor)") : $"{p}.oxidationFactor");
                var formula = fuel.CarbonContent is null ? ChinaFuelFormula.EmissionFactor : ChinaFuelFormula.CarbonContent;
                var total = formula == ChinaFuelFormula.CarbonContent
                    ? energy * fuel.CarbonContent!.Value * of * c2co2
                    : energy * fuel.EmissionFactor.KilogramsCo2PerGigajoule / 1000m * of;
                var bio = total * fuel.BiogenicShare;
                line = new ChinaFuelLine(fuel, formula, energy, of, total - bio, bio);
                fossil += total - bio;
                if (formula == ChinaFuelFormula.CarbonContent)
                {
                    trace?.Add($"{methodId}.fuel[{i}]", $"CO2 of fossil fuel {fuel.Name} (E_fuel)", "FC × NCV × CC × OF × 44/12", total - bio, "t CO2",
                        new TraceInput("FC", fuel.Mass.Tonnes, "t", $"{p}.mass_t"),
                        new TraceInput("NCV", fuel.Lhv.GigajoulesPerTonne, "GJ/t", $"{p}.lhv_GJ_per_t"),
                        new TraceInput("CC", fuel.CarbonContent!.Value, "t C/GJ", $"{p}.carbonContent_tC_per_GJ"),
                        ofInput,
                        new TraceInput("44/12", c2co2, "t CO2/t C", $"{methodId} C→CO2"),
                        new TraceInput("biogenic share", fuel.BiogenicShare, "fraction", FuelEfSource.BiogenicShareOf(fuel, i, methodId)));
                }
                else
                {
                    trace?.Add($"{methodId}.fuel[{i}]", $"CO2 of fossil fuel {fuel.Name} (E_fuel)", "FC × NCV × EF / 1000 × OF", total - bio, "t CO2",
                        new TraceInput("FC", fuel.Mass.Tonnes, "t", $"{p}.mass_t"),
                        new TraceInput("NCV", fuel.Lhv.GigajoulesPerTonne, "GJ/t", $"{p}.lhv_GJ_per_t"),
                        new TraceInput("EF", fuel.EmissionFactor.KilogramsCo2PerGigajoule, "kg CO2/GJ", FuelEfSource.Of(fuel, i)),
                        ofInput,
                        new TraceInput("biogenic share", fuel.BiogenicShare, "fraction", FuelEfSource.BiogenicShareOf(fuel, i, methodId)));
                }
            }
            else
            {
                var total = energy * fuel.EmissionFactor.KilogramsCo2PerGigajoule / 1000m;
                var bio = total * fuel.BiogenicShare;
                line = new ChinaFuelLine(fuel, ChinaFuelFormula.AlternativeFuel, energy, null, total - bio, bio);
                alternative += total - bio;
                if (fuel.OxidationFactor is not null)
                {
                    notes.Add($"{p}.oxidationFactor is not applied: the guideline's formula for alternative fuels (Q × HV × EF × α) has no oxidation factor");
                }

                trace?.Add($"{methodId}.fuel[{i}]", $"Non-biomass CO2 of alternative fuel {fuel.Name} (E_AF,non-bio)", "Q × HV × EF / 1000 × (1 − biogenic share)",
                    total - bio, "t CO2",
                    new TraceInput("Q", fuel.Mass.Tonnes, "t", $"{p}.mass_t"),
                    new TraceInput("HV", fuel.Lhv.GigajoulesPerTonne, "GJ/t", $"{p}.lhv_GJ_per_t"),
                    new TraceInput("EF", fuel.EmissionFactor.KilogramsCo2PerGigajoule, "kg CO2/GJ", FuelEfSource.Of(fuel, i)),
                    new TraceInput("α = 1 − biogenic share", 1m - fuel.BiogenicShare, "fraction", FuelEfSource.BiogenicShareOf(fuel, i, methodId)),
                    new TraceInput("biogenic CO2 (memo, not counted)", bio, "t CO2", "computed"));
            }

            lines[i] = line;
            biogenic += line.BiogenicCo2;
        }

        if (defaultOf.Count > 0)
        {
            notes.Add($"fuels {string.Join(", ", defaultOf.Select(i => $"[{i}]"))}: no oxidationFactor given, OF 1 used; " +
                "the guideline's appendix gives per-fuel oxidation rates below 1, so state the plant's or the official value");
        }

        trace?.Add($"{methodId}.fuels", "Fuel combustion CO2 counted (E_fuel + E_AF,non-bio)", "Σ fossil fuel lines + Σ alternative fuel lines (non-biomass part)",
            fossil + alternative, "t CO2",
            new TraceInput("E_fuel", fossil, "t CO2", "Σ conventional-fossil fuel lines"),
            new TraceInput("E_AF,non-bio", alternative, "t CO2", "Σ alternative-fossil, mixed and biomass fuel lines"),
            new TraceInput("biogenic CO2 (memo)", biogenic, "t CO2", "Σ biogenic CO2, not counted"));
        return new ChinaFuelResult(lines, fossil, alternative, biogenic, kilnEnergy);
    }
}
