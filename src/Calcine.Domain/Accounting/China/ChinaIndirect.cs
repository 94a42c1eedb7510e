using Calcine.Domain.Results;

namespace Calcine.Domain.Accounting.China;

/// <summary>CO2 of purchased less exported electricity and heat.</summary>
public sealed record ChinaIndirectResult(
    decimal ElectricityPurchasedMwh,
    decimal ElectricityExportedMwh,
    decimal GridEf,
    FactorBasis GridEfBasis,
    decimal ElectricityCo2,
    decimal HeatPurchasedGj,
    decimal HeatExportedGj,
    decimal HeatEf,
    decimal HeatCo2)
{
    public decimal Total => ElectricityCo2 + HeatCo2;
}

public static class ChinaIndirect
{
    /// <summary>E_elec = (purchased − exported MWh) × EF_grid; E_heat = (purchased − exported GJ) × EF_heat.
    /// Purchased electricity is the document's grid consumption. The grid factor is
    /// <c>china.gridEf_tCO2_per_MWh</c>, else the ETS reporting factor 0.5703; <c>electricity.gridEf_tCO2_per_MWh</c>
    /// is not used, because ETS reports must use the factor the MEE notice names, not a scope-2 or footprint factor.</summary>
    public static ChinaIndirectResult Compute(PlantYear py, string methodId, List<string> notes, CalculationTrace? trace)
    {
        var china = py.China;
        var purchased = py.Electricity.GridMegawattHours;
        var exported = china?.ElectricityExportedMegawattHours ?? 0m;
        var given = china?.GridEf?.TonnesCo2PerMegawattHour;
        var ef = given ?? ChinaDefaults.EtsGridEf;
        if (given is null && purchased - exported != 0m)
        {
            var other = py.Electricity.GridEf is { } e && e.TonnesCo2PerMegawattHour != ef
                ? $"; electricity.gridEf_tCO2_per_MWh ({e.TonnesCo2PerMegawattHour}) is not used for the Chinese report"
                : "";
            notes.Add($"grid factor {ChinaDefaults.EtsGridEf} t CO2/MWh is the MEE ETS reporting default for 2023–2025; set china.gridEf_tCO2_per_MWh to use another{other}");
        }

        var elec = (purchased - exported) * ef;
        trace?.Add($"{methodId}.electricity", "CO2 of purchased less exported electricity", "(purchased − exported MWh) × EF_grid", elec, "t CO2",
            new TraceInput("purchased", purchased, "MWh", "$.electricity.consumption (source grid)"),
            new TraceInput("exported", exported, "MWh", "$.china.electricityExported_MWh (0 when absent)"),
            new TraceInput("EF_grid", ef, "t CO2/MWh", given is null
                ? Sources.Default(methodId, ChinaDefaults.EtsGridEfSource) : "$.china.gridEf_tCO2_per_MWh"));

        var heatIn = china?.HeatPurchasedGigajoules ?? 0m;
        var heatOut = china?.HeatExportedGigajoules ?? 0m;
        // The reader requires heatEf whenever heat is purchased or exported.
        var heatEf = china?.HeatEf ?? 0m;
        var heat = (heatIn - heatOut) * heatEf;
        trace?.Add($"{methodId}.heat", "CO2 of purchased less exported heat", "(purchased − exported GJ) × EF_heat", heat, "t CO2",
            new TraceInput("purchased", heatIn, "GJ", "$.china.heatPurchased_GJ (0 when absent)"),
            new TraceInput("exported", heatOut, "GJ", "$.china.heatExported_GJ (0 when absent)"),
            new TraceInput("EF_heat", heatEf, "t CO2/GJ", "$.china.heatEf_tCO2_per_GJ (0 when absent: the reader requires it whenever heat is purchased or exported)"));

        return new ChinaIndirectResult(purchased, exported, ef, given is null ? FactorBasis.Default : FactorBasis.Given, elec,
            heatIn, heatOut, heatEf, heat);
    }
}
