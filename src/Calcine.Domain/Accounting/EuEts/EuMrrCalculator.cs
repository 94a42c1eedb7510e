using Calcine.Domain.Accounting.Gcca;
using Calcine.Domain.Results;

namespace Calcine.Domain.Accounting.EuEts;

/// <summary>EU ETS installation emissions of a cement plant (MRR Annex IV section 9, method B,
/// clinker output): process CO2 as in GCCA B1/B2 with dust and non-carbonate carbon, plus the
/// combustion of every fuel (AD × NCV × EF × OF). Biomass is zero-rated only when the fuel is
/// marked as meeting the RED II sustainability criteria (since Reg. 2020/2085); otherwise its CO2
/// counts like fossil CO2. There is no "net": fossil alternative fuels count in full.</summary>
public static class EuMrrCalculator
{
    /// <param name="methodology">EU MRR by default; CBAM passes its own object so the trace names it.</param>
    public static EuMrrResult Calculate(PlantYear py, CalculationTrace? trace = null, Methodology? methodology = null)
    {
        var m = methodology ?? Methodologies.EuMrr;
        var process = RawMaterialCalcination.Compute(py, m, trace);
        var streams = new SourceStream[py.Fuels.Count];
        decimal combustion = 0, zeroRated = 0, counted = 0;
        for (var i = 0; i < streams.Length; i++)
        {
            var s = Stream(py.Fuels[i], i, trace, m.Id);
            streams[i] = s;
            combustion += s.ReportedCo2;
            if (s.BiomassZeroRated)
            {
                zeroRated += s.BiomassCo2;
            }
            else
            {
                counted += s.BiomassCo2;
            }
        }

        var total = process.Total + combustion;
        trace?.Add($"{m.Id}.total", "Installation emissions (EU ETS)", "process CO2 + combustion CO2 (all source streams)", total, "t CO2",
            new TraceInput("process", process.Total, "t CO2", Sources.Computed("calcination.total")),
            new TraceInput("combustion", combustion, "t CO2", "Σ source streams"),
            new TraceInput("biomass zero-rated (memo)", zeroRated, "t CO2", "fuels with biomassSustainable true"));
        var produced = py.Clinker.Produced.Tonnes;
        return new EuMrrResult(process, streams, combustion, zeroRated, counted, total,
            produced == 0m ? null : total / produced, trace);
    }

    /// <summary>Standard methodology for one fuel: CO2 = AD × NCV × EF × OF; the biomass fraction
    /// is zero-rated only when sustainable.</summary>
    public static SourceStream Stream(Fuel fuel, int index, CalculationTrace? trace, string methodologyId = "eu-mrr")
    {
        var energy = fuel.Mass.Tonnes * fuel.Lhv.GigajoulesPerTonne;
        var of = fuel.OxidationFactor ?? 1m;
        var total = energy * fuel.EmissionFactor.KilogramsCo2PerGigajoule / 1000m * of;
        var biomass = total * fuel.BiogenicShare;
        var fossil = total - biomass;
        var zeroRated = fuel.BiomassSustainable;
        trace?.Add($"{methodologyId}.stream[{index}]", $"Source stream {fuel.Name}",
            fuel.BiogenicShare == 0m ? "AD × NCV × EF × OF"
                : zeroRated ? "AD × NCV × EF × OF × (1 − biomass fraction)" : "AD × NCV × EF × OF (biomass not shown sustainable: counted in full)",
            zeroRated ? fossil : total, "t CO2",
            new TraceInput("AD", fuel.Mass.Tonnes, "t", $"$.fuels[{index}].mass_t"),
            new TraceInput("NCV", fuel.Lhv.GigajoulesPerTonne, "GJ/t", $"$.fuels[{index}].lhv_GJ_per_t"),
            new TraceInput("EF", fuel.EmissionFactor.KilogramsCo2PerGigajoule, "t CO2/TJ", FuelEfSource.Of(fuel, index)),
            new TraceInput("OF", of, "fraction", fuel.OxidationFactor is null ? Sources.Default(methodologyId, "OF = 1 (EF includes oxidation)") : $"$.fuels[{index}].oxidationFactor"),
            new TraceInput("biomass fraction", fuel.BiogenicShare, "fraction", FuelEfSource.BiogenicShareOf(fuel, index, methodologyId)));
        return new SourceStream(index, fuel, energy, of, fuel.BiogenicShare, zeroRated, fossil, biomass);
    }
}
