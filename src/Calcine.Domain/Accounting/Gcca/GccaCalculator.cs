using Calcine.Domain.Results;

namespace Calcine.Domain.Accounting.Gcca;

/// <summary>GCCA Cement CO2 and Energy Protocol v3.1 as the plant-year contract defines it:
/// gross (line059c), net (line071), biomass memo, on-site power apart, indirect, KPIs and the
/// contract's CBAM specific embedded emissions.</summary>
public static class GccaCalculator
{
    public static GccaResult Calculate(PlantYear py, CalculationTrace? trace = null)
    {
        var m = Methodologies.Gcca;
        var calcination = RawMaterialCalcination.Compute(py, m, trace);

        decimal kiln = 0, nonKiln = 0, onSitePower = 0, biomass = 0, altFossil = 0, millFuel = 0;
        decimal kilnEnergy = 0, altKilnEnergy = 0, biomassKilnEnergy = 0;
        var lines = new FuelLineResult[py.Fuels.Count];
        for (var i = 0; i < lines.Length; i++)
        {
            var line = FuelCombustion.Compute(py.Fuels[i], i, trace);
            lines[i] = line;
            var fuel = line.Fuel;
            biomass += line.BiogenicCo2;
            var alternative = fuel.Category is FuelCategory.AlternativeFossil or FuelCategory.Mixed;
            switch (fuel.Use)
            {
                case FuelUse.Kiln:
                    kiln += line.FossilCo2;
                    kilnEnergy += line.EnergyGj;
                    if (alternative || fuel.Category == FuelCategory.Biomass)
                    {
                        altKilnEnergy += line.EnergyGj;
                    }

                    if (fuel.Category == FuelCategory.Biomass)
                    {
                        biomassKilnEnergy += line.EnergyGj;
                    }

                    break;
                case FuelUse.CementMill:
                    nonKiln += line.FossilCo2;
                    millFuel += line.FossilCo2;
                    break;
                case FuelUse.Other:
                    nonKiln += line.FossilCo2;
                    break;
                case FuelUse.OnSitePower:
                    onSitePower += line.FossilCo2;
                    break;
            }

            if (alternative && fuel.Use != FuelUse.OnSitePower)
            {
                altFossil += line.FossilCo2;
            }
        }

        var gross = calcination.Total + kiln + nonKiln;
        var net = gross - altFossil;
        trace?.Add("gross", "Absolute gross CO2 (line059c), on-site power and biomass excluded", "raw materials + kiln fuels + non-kiln fuels", gross, "t CO2",
            new TraceInput("raw materials", calcination.Total, "t CO2", Sources.Computed("calcination.total")),
            new TraceInput("kiln fuels (fossil)", kiln, "t CO2", "Σ fuel[i] with use kiln"),
            new TraceInput("non-kiln fuels (fossil)", nonKiln, "t CO2", "Σ fuel[i] with use cement-mill or other"));
        trace?.Add("net", "Absolute net CO2 (line071)", "gross − fossil CO2 of alternative-fossil and mixed fuels", net, "t CO2",
            new TraceInput("gross", gross, "t CO2", Sources.Computed("gross")),
            new TraceInput("alternative fossil", altFossil, "t CO2", "Σ fuel[i] alternative-fossil or mixed, use ≠ on-site-power"));

        var gridEf = py.Electricity.GridEf?.TonnesCo2PerMegawattHour ?? 0m;
        var gridMwh = py.Electricity.GridMegawattHours;
        var indirect = gridMwh * gridEf;
        trace?.Add("indirect", "Indirect CO2 of grid electricity (scope 2)", "grid MWh × grid EF", indirect, "t CO2",
            new TraceInput("grid MWh", gridMwh, "MWh", "$.electricity.consumption (source grid)"),
            new TraceInput("grid EF", gridEf, "t CO2/MWh", py.Electricity.GridEfSource ?? "$.electricity.gridEf_tCO2_per_MWh"));

        var produced = py.Clinker.Produced.Tonnes;
        var consumed = py.ClinkerConsumed.Tonnes;
        var cement = py.CementTotal.Tonnes;
        var cementitious = py.Cementitious.Tonnes;
        var kpis = new GccaKpis(
            Ratio(gross * 1000m, produced),
            Ratio(gross * 1000m, cementitious),
            Ratio(net * 1000m, cementitious),
            Ratio(kilnEnergy * 1000m, produced),
            Ratio(altKilnEnergy, kilnEnergy),
            Ratio(biomassKilnEnergy, kilnEnergy),
            Ratio(consumed, cement),
            Ratio(py.Electricity.TotalMegawattHours * 1000m, cement));

        var (cbamClinker, cbamCement) = ContractCbam(py, calcination.Total + kiln, millFuel, gridEf, trace);
        return new GccaResult
        {
            ClinkerConsumed = consumed,
            Cement = cement,
            Cementitious = cementitious,
            Calcination = calcination,
            KilnFuelCo2 = kiln,
            NonKilnFuelCo2 = nonKiln,
            OnSitePowerCo2 = onSitePower,
            GrossCo2 = gross,
            NetCo2 = net,
            BiomassCo2 = biomass,
            AlternativeFossilCo2 = altFossil,
            IndirectCo2 = indirect,
            KilnFuelEnergyGj = kilnEnergy,
            Kpis = kpis,
            CbamClinker = cbamClinker,
            CbamCement = cbamCement,
            FuelLines = lines,
            Trace = trace,
        };
    }

    /// <summary>The contract's CBAM SEE (biomass zero-rated as in GCCA; see the cbam method for the EU sustainability rule).</summary>
    private static (CbamSee Clinker, CbamSee Cement) ContractCbam(PlantYear py, decimal kilnDirect, decimal millFuelCo2, decimal gridEf, CalculationTrace? trace)
    {
        var produced = py.Clinker.Produced.Tonnes;
        var e = py.Electricity;
        var cliDirect = Ratio(kilnDirect, produced);
        var cliIndirect = Ratio(e.MegawattHoursFor(ElectricityUse.Kiln) * gridEf, produced);
        var bought = py.Clinker.Bought.Tonnes;
        var ownUsed = py.ClinkerConsumed.Tonnes - bought;
        var cement = py.CementTotal.Tonnes;
        var cemDirect = cliDirect is null ? null
            : Ratio(millFuelCo2 + ownUsed * cliDirect.Value + bought * py.Clinker.BoughtSeeDirect, cement);
        var cemIndirect = cliIndirect is null ? null
            : Ratio(e.MegawattHoursFor(ElectricityUse.CementMill) * gridEf + ownUsed * cliIndirect.Value + bought * py.Clinker.BoughtSeeIndirect, cement);
        trace?.Add("cbam.clinker.direct", "SEE direct of clinker", "(raw-material CO2 + fossil kiln-fuel CO2) / clinker produced", cliDirect ?? 0m, "t CO2/t",
            new TraceInput("attributed", kilnDirect, "t CO2", Sources.Computed("calcination.total + kiln fuels")),
            new TraceInput("clinker", produced, "t", "$.clinker.produced_t"));
        trace?.Add("cbam.cement.direct", "SEE direct of cement", "(mill fuel CO2 + own clinker × SEE_cli + bought × SEE_bought) / cement", cemDirect ?? 0m, "t CO2/t",
            new TraceInput("mill fuels", millFuelCo2, "t CO2", "Σ fuel[i] with use cement-mill"),
            new TraceInput("own clinker used", ownUsed, "t", "clinker consumed − bought"),
            new TraceInput("bought clinker", bought, "t", "$.clinker.bought_t"),
            new TraceInput("SEE bought", py.Clinker.BoughtSeeDirect, "t CO2/t", "$.clinker.boughtSeeDirect_tCO2_per_t"),
            new TraceInput("cement", cement, "t", "clinker consumed + mineral components"));
        return (new CbamSee(cliDirect, cliIndirect), new CbamSee(cemDirect, cemIndirect));
    }

    private static decimal? Ratio(decimal numerator, decimal denominator) => denominator == 0m ? null : numerator / denominator;
}
