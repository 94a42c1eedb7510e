using Calcine.Domain.Accounting.Cbam;
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
            var line = FuelCombustion.Compute(py.Fuels[i], i, trace, m.Id);
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
            new TraceInput("grid EF", gridEf, "t CO2/MWh", GridEfSource(py)));

        var produced = py.Clinker.Produced.Tonnes;
        var consumed = py.ClinkerConsumed.Tonnes;
        var cement = py.CementTotal.Tonnes;
        var cementitious = py.Cementitious.Tonnes;
        TraceDenominators(py, trace);
        var kpis = new GccaKpis(
            Kpi(trace, "kpi.grossCo2PerClinker", "Gross CO2 per t clinker", "gross × 1000 / clinker produced", "kg CO2/t clinker",
                new("gross × 1000", gross * 1000m, "kg CO2", Sources.Computed("gross")), new("clinker produced", produced, "t", "$.clinker.produced_t")),
            Kpi(trace, "kpi.grossCo2PerCementitious", "Gross CO2 per t cementitious", "gross × 1000 / cementitious", "kg CO2/t",
                new("gross × 1000", gross * 1000m, "kg CO2", Sources.Computed("gross")), new("cementitious", cementitious, "t", Sources.Computed("cementitious"))),
            Kpi(trace, "kpi.netCo2PerCementitious", "Net CO2 per t cementitious", "net × 1000 / cementitious", "kg CO2/t",
                new("net × 1000", net * 1000m, "kg CO2", Sources.Computed("net")), new("cementitious", cementitious, "t", Sources.Computed("cementitious"))),
            Kpi(trace, "kpi.specificHeat", "Specific heat consumption of clinker", "kiln fuel GJ × 1000 / clinker produced", "MJ/t clinker",
                new("kiln fuel MJ", kilnEnergy * 1000m, "MJ", "Σ fuel[i] with use kiln: m × LHV"), new("clinker produced", produced, "t", "$.clinker.produced_t")),
            Kpi(trace, "kpi.alternativeFuelRate", "Alternative fuel rate (thermal)", "alternative-fossil + mixed + biomass kiln energy / kiln energy", "fraction",
                new("alternative kiln energy", altKilnEnergy, "GJ", "Σ kiln fuels of category alternative-fossil, mixed, biomass"), new("kiln energy", kilnEnergy, "GJ", "Σ fuel[i] with use kiln")),
            Kpi(trace, "kpi.biomassFuelRate", "Biomass fuel rate (thermal)", "biomass kiln energy / kiln energy", "fraction",
                new("biomass kiln energy", biomassKilnEnergy, "GJ", "Σ kiln fuels of category biomass"), new("kiln energy", kilnEnergy, "GJ", "Σ fuel[i] with use kiln")),
            Kpi(trace, "kpi.clinkerFactor", "Clinker factor", "clinker consumed / cement", "t/t",
                new("clinker consumed", consumed, "t", Sources.Computed("clinkerConsumed")), new("cement", cement, "t", Sources.Computed("cement"))),
            Kpi(trace, "kpi.electricity", "Electricity per t cement", "all consumption MWh × 1000 / cement", "kWh/t cement",
                new("consumption kWh", py.Electricity.TotalMegawattHours * 1000m, "kWh", "$.electricity.consumption (all uses and sources)"),
                new("cement", cement, "t", Sources.Computed("cement"))));

        var (cbamClinker, cbamCement) = ContractCbam(py, calcination.Total + kiln, millFuel, trace);
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

    /// <summary>The contract's CBAM SEE (biomass zero-rated as in GCCA; see the cbam method for the EU
    /// sustainability rule). Clinker SEE is null without clinker produced; cement SEE is then still
    /// defined when all clinker ground is bought (a grinding plant). Indirect SEE is null when
    /// electricity is attributed but the document has no grid factor (all of it generated on site).</summary>
    private static (CbamSee Clinker, CbamSee Cement) ContractCbam(PlantYear py, decimal kilnDirect, decimal millFuelCo2, CalculationTrace? trace)
    {
        var produced = py.Clinker.Produced.Tonnes;
        var e = py.Electricity;
        var gridEf = e.GridEf?.TonnesCo2PerMegawattHour;
        var kilnMwh = e.MegawattHoursFor(ElectricityUse.Kiln);
        var millMwh = e.MegawattHoursFor(ElectricityUse.CementMill);
        var cliDirect = Ratio(kilnDirect, produced);
        var cliIndirect = ElectricityCo2(kilnMwh, gridEf) is { } kilnElec ? Ratio(kilnElec, produced) : null;
        var use = ClinkerUse.Of(py);
        var cement = py.CementTotal.Tonnes;

        // Own clinker contributes only when used; without it the clinker SEE is not needed.
        decimal? ownDirect = use.OwnUsed == 0m ? 0m : use.OwnUsed * cliDirect;
        decimal? ownIndirect = use.OwnUsed == 0m ? 0m : use.OwnUsed * cliIndirect;
        var cemDirect = ownDirect is { } od ? Ratio(millFuelCo2 + od + use.BoughtUsed * (py.Clinker.BoughtSeeDirect ?? 0m), cement) : null;
        var cemIndirect = ownIndirect is { } oi && ElectricityCo2(millMwh, gridEf) is { } millElec
            ? Ratio(millElec + oi + use.BoughtUsed * py.Clinker.BoughtSeeIndirect, cement) : null;
        if (cliDirect is { } cd)
        {
            trace?.Add("cbam.clinker.direct", "SEE direct of clinker", "(raw-material CO2 + fossil kiln-fuel CO2) / clinker produced", cd, "t CO2/t",
                new TraceInput("attributed", kilnDirect, "t CO2", Sources.Computed("calcination.total + kiln fuels")),
                new TraceInput("clinker", produced, "t", "$.clinker.produced_t"));
        }

        if (cemDirect is { } cmd)
        {
            trace?.Add("cbam.cement.direct", "SEE direct of cement", "(mill fuel CO2 + own clinker used × SEE_cli + bought clinker used × SEE_bought) / cement", cmd, "t CO2/t",
                new TraceInput("mill fuels", millFuelCo2, "t CO2", "Σ fuel[i] with use cement-mill"),
                new TraceInput("own clinker used", use.OwnUsed, "t", "clinker consumed − bought clinker used"),
                new TraceInput("SEE_cli", cliDirect ?? 0m, "t CO2/t", Sources.Computed("cbam.clinker.direct")),
                new TraceInput("bought clinker used", use.BoughtUsed, "t", "min($.clinker.bought_t, clinker consumed)"),
                new TraceInput("SEE bought", py.Clinker.BoughtSeeDirect ?? 0m, "t CO2/t", "$.clinker.boughtSeeDirect_tCO2_per_t"),
                new TraceInput("cement", cement, "t", Sources.Computed("cement")));
        }

        return (new CbamSee(cliDirect, cliIndirect), new CbamSee(cemDirect, cemIndirect));
    }

    /// <summary>MWh × grid EF; 0 without consumption, null when consumption has no factor to price it.</summary>
    private static decimal? ElectricityCo2(decimal mwh, decimal? gridEf) => mwh == 0m ? 0m : mwh * gridEf;

    private static string GridEfSource(PlantYear py) => py.Electricity.GridEfSource
        ?? (py.Electricity.GridEf is null ? "none given (no grid consumption): 0" : "$.electricity.gridEf_tCO2_per_MWh");

    /// <summary>The production quantities the KPIs divide by, as trace steps (GCCA lines 011, 020, 021a).</summary>
    private static void TraceDenominators(PlantYear py, CalculationTrace? trace)
    {
        if (trace is null)
        {
            return;
        }

        var c = py.Clinker;
        trace.Add("clinkerConsumed", "Clinker consumed (line011)", "produced + bought − sold − stock increase", py.ClinkerConsumed.Tonnes, "t",
            new TraceInput("produced", c.Produced.Tonnes, "t", "$.clinker.produced_t"),
            new TraceInput("bought", c.Bought.Tonnes, "t", "$.clinker.bought_t"),
            new TraceInput("sold", c.Sold.Tonnes, "t", "$.clinker.sold_t"),
            new TraceInput("stock increase", c.StockIncrease.Tonnes, "t", "$.clinker.stockIncrease_t"));
        trace.Add("cement", "Cement (line020)", "clinker consumed + mineral components", py.CementTotal.Tonnes, "t",
            new TraceInput("clinker consumed", py.ClinkerConsumed.Tonnes, "t", Sources.Computed("clinkerConsumed")),
            new TraceInput("mineral components", py.Cement.MineralComponents.Tonnes, "t", "$.cement.mineralComponents_t"));
        trace.Add("cementitious", "Cementitious products (line021a), bought clinker excluded", "clinker produced + mineral components + substitutes sold", py.Cementitious.Tonnes, "t",
            new TraceInput("clinker produced", c.Produced.Tonnes, "t", "$.clinker.produced_t"),
            new TraceInput("mineral components", py.Cement.MineralComponents.Tonnes, "t", "$.cement.mineralComponents_t"),
            new TraceInput("substitutes sold", py.Cement.SubstitutesSold.Tonnes, "t", "$.cement.substitutesSold_t"));
    }

    /// <summary>A KPI and its trace step; null (and no step) when the denominator is zero.</summary>
    private static decimal? Kpi(CalculationTrace? trace, string id, string description, string formula, string unit, TraceInput numerator, TraceInput denominator)
    {
        var value = Ratio(numerator.Value, denominator.Value);
        if (value is { } v)
        {
            trace?.Add(id, description, formula, v, unit, numerator, denominator);
        }

        return value;
    }

    private static decimal? Ratio(decimal numerator, decimal denominator) => denominator == 0m ? null : numerator / denominator;
}
