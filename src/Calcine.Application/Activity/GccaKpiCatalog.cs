using Calcine.Domain.Accounting.Gcca;

namespace Calcine.Application.Activity;

/// <summary>One GCCA figure that is followed across years: its name for people, its key in the
/// inventory JSON (the co2 calc contract), and how to read it from the engine's result.</summary>
public sealed record GccaKpi(string Id, string Name, string Unit, Func<GccaResult, decimal?> Value);

/// <summary>The figures of the KPI dashboard: the GCCA totals and KPIs, keyed as the inventory
/// endpoint keys them so the trend and the inventory can be compared value by value.</summary>
public static class GccaKpiCatalog
{
    public static readonly IReadOnlyList<GccaKpi> Totals =
    [
        new("grossCo2_t", "Gross CO2", "t", r => r.GrossCo2),
        new("netCo2_t", "Net CO2", "t", r => r.NetCo2),
    ];

    public static readonly IReadOnlyList<GccaKpi> Kpis =
    [
        new("grossCo2PerClinker_kg", "Gross CO2 per t clinker", "kg/t", r => r.Kpis.GrossCo2PerClinkerKg),
        new("grossCo2PerCementitious_kg", "Gross CO2 per t cementitious", "kg/t", r => r.Kpis.GrossCo2PerCementitiousKg),
        new("netCo2PerCementitious_kg", "Net CO2 per t cementitious", "kg/t", r => r.Kpis.NetCo2PerCementitiousKg),
        new("specificHeat_MJ_per_tClinker", "Specific heat", "MJ/t clinker", r => r.Kpis.SpecificHeatMjPerTonneClinker),
        new("alternativeFuelRate", "Alternative fuel rate", "share", r => r.Kpis.AlternativeFuelRate),
        new("biomassFuelRate", "Biomass fuel rate", "share", r => r.Kpis.BiomassFuelRate),
        new("clinkerFactor", "Clinker factor", "share", r => r.Kpis.ClinkerFactor),
        new("electricity_kWh_per_tCement", "Electricity", "kWh/t cement", r => r.Kpis.ElectricityKwhPerTonneCement),
    ];

    public static readonly IReadOnlyList<GccaKpi> All = [.. Totals, .. Kpis];

    /// <summary>What the dashboard shows when no figure is asked for.</summary>
    public static GccaKpi Default => Kpis[2];

    public static GccaKpi? Find(string? id) => All.FirstOrDefault(k => string.Equals(k.Id, id, StringComparison.Ordinal));
}
