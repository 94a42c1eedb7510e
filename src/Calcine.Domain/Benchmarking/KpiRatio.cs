using Calcine.Domain.Accounting;
using Calcine.Domain.Accounting.Gcca;

namespace Calcine.Domain.Benchmarking;

/// <summary>A KPI as the ratio it is: summing numerators and denominators over plants gives the
/// company's KPI weighted by each plant's production, which a mean of plant ratios would not.</summary>
public readonly record struct KpiRatio(decimal Numerator, decimal Denominator)
{
    /// <summary>Null when the denominator is zero, as the engine's KPIs are.</summary>
    public decimal? Value => Denominator == 0m ? null : Numerator / Denominator;

    public static KpiRatio operator +(KpiRatio a, KpiRatio b) => new(a.Numerator + b.Numerator, a.Denominator + b.Denominator);
}

public static class GccaKpiRatios
{
    /// <summary>The numerator and denominator of every KPI the engine defined for this plant-year
    /// (formulas as in <see cref="GccaCalculator"/>); a KPI with a zero denominator is left out, so a
    /// grinding plant adds nothing to its company's per-clinker KPIs.</summary>
    public static IReadOnlyDictionary<BenchmarkKpi, KpiRatio> Of(PlantYear py, GccaResult r)
    {
        var produced = py.Clinker.Produced.Tonnes;
        decimal altKilnEnergy = 0, biomassKilnEnergy = 0;
        foreach (var line in r.FuelLines)
        {
            if (line.Fuel.Use != FuelUse.Kiln)
            {
                continue;
            }

            if (line.Fuel.Category is FuelCategory.AlternativeFossil or FuelCategory.Mixed or FuelCategory.Biomass)
            {
                altKilnEnergy += line.EnergyGj;
            }

            if (line.Fuel.Category == FuelCategory.Biomass)
            {
                biomassKilnEnergy += line.EnergyGj;
            }
        }

        var all = new Dictionary<BenchmarkKpi, KpiRatio>
        {
            [BenchmarkKpi.GrossCo2PerClinker] = new(r.GrossCo2 * 1000m, produced),
            [BenchmarkKpi.GrossCo2PerCementitious] = new(r.GrossCo2 * 1000m, r.Cementitious),
            [BenchmarkKpi.NetCo2PerCementitious] = new(r.NetCo2 * 1000m, r.Cementitious),
            [BenchmarkKpi.SpecificHeat] = new(r.KilnFuelEnergyGj * 1000m, produced),
            [BenchmarkKpi.AlternativeFuelRate] = new(altKilnEnergy, r.KilnFuelEnergyGj),
            [BenchmarkKpi.BiomassFuelRate] = new(biomassKilnEnergy, r.KilnFuelEnergyGj),
            [BenchmarkKpi.ClinkerFactor] = new(r.ClinkerConsumed, r.Cement),
            [BenchmarkKpi.ElectricityPerCement] = new(py.Electricity.TotalMegawattHours * 1000m, r.Cement),
        };
        return all.Where(p => p.Value.Denominator != 0m).ToDictionary(p => p.Key, p => p.Value);
    }
}
