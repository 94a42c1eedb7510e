namespace Calcine.Domain.Benchmarking;

/// <summary>The GCCA KPIs an association benchmarks (those of <see cref="Accounting.Gcca.GccaKpis"/>).</summary>
public enum BenchmarkKpi
{
    GrossCo2PerClinker,
    GrossCo2PerCementitious,
    NetCo2PerCementitious,
    SpecificHeat,
    AlternativeFuelRate,
    BiomassFuelRate,
    ClinkerFactor,
    ElectricityPerCement,
}

/// <summary>A KPI's public identity: the id used in URLs, files and JSON, its label and unit.</summary>
public sealed record BenchmarkKpiInfo(BenchmarkKpi Kpi, string Id, string Label, string Unit);

public static class BenchmarkKpis
{
    public static IReadOnlyList<BenchmarkKpiInfo> All { get; } =
    [
        new(BenchmarkKpi.GrossCo2PerClinker, "gross-co2-per-clinker", "Gross CO2 per t clinker", "kg CO2/t clinker"),
        new(BenchmarkKpi.GrossCo2PerCementitious, "gross-co2-per-cementitious", "Gross CO2 per t cementitious", "kg CO2/t"),
        new(BenchmarkKpi.NetCo2PerCementitious, "net-co2-per-cementitious", "Net CO2 per t cementitious", "kg CO2/t"),
        new(BenchmarkKpi.SpecificHeat, "specific-heat", "Specific heat consumption of clinker", "MJ/t clinker"),
        new(BenchmarkKpi.AlternativeFuelRate, "alternative-fuel-rate", "Alternative fuel rate (thermal)", "fraction"),
        new(BenchmarkKpi.BiomassFuelRate, "biomass-fuel-rate", "Biomass fuel rate (thermal)", "fraction"),
        new(BenchmarkKpi.ClinkerFactor, "clinker-factor", "Clinker factor (clinker consumed / cement)", "t/t"),
        new(BenchmarkKpi.ElectricityPerCement, "electricity-per-cement", "Electricity per t cement", "kWh/t cement"),
    ];

    public static BenchmarkKpiInfo Info(BenchmarkKpi kpi) => All[(int)kpi];

    public static BenchmarkKpiInfo? Find(string id) => All.FirstOrDefault(k => k.Id == id);
}
