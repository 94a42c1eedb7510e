using System.Text.Json.Serialization;

namespace Calcine.Application.Activity;

/// <summary>One month of a plant's activity data (monthly-activity/1, docs/formats/monthly-activity.md).
/// Quantities add up over the months; factors are averaged with the quantities they apply to.</summary>
public sealed record MonthlyActivity
{
    public const string FormatName = "monthly-activity/1";

    [JsonPropertyName("format")] public string Format { get; init; } = FormatName;
    [JsonPropertyName("clinker")] public ClinkerMonth Clinker { get; init; } = new();
    [JsonPropertyName("cement")] public CementMonth Cement { get; init; } = new();
    [JsonPropertyName("fuels")] public IReadOnlyList<FuelMonth> Fuels { get; init; } = [];
    [JsonPropertyName("rawMaterials")] public IReadOnlyList<NamedMass> RawMaterials { get; init; } = [];
    [JsonPropertyName("dust")] public DustMonth Dust { get; init; } = new();
    [JsonPropertyName("electricity")] public ElectricityMonth Electricity { get; init; } = new();
}

public sealed record ClinkerMonth
{
    [JsonPropertyName("produced_t")] public decimal Produced { get; init; }
    [JsonPropertyName("bought_t")] public decimal Bought { get; init; }
    [JsonPropertyName("sold_t")] public decimal Sold { get; init; }
    [JsonPropertyName("stockIncrease_t")] public decimal StockIncrease { get; init; }
    /// <summary>Plant-specific B1 factor for this month's clinker; absent means the default.</summary>
    [JsonPropertyName("emissionFactor_tCO2_per_t")] public decimal? EmissionFactor { get; init; }
}

public sealed record CementMonth
{
    [JsonPropertyName("mineralComponents")] public IReadOnlyList<NamedMass> MineralComponents { get; init; } = [];
    [JsonPropertyName("substitutesSold_t")] public decimal SubstitutesSold { get; init; }
}

public sealed record NamedMass
{
    [JsonPropertyName("name")] public string Name { get; init; } = "";
    [JsonPropertyName("mass_t")] public decimal Mass { get; init; }
}

/// <summary>A fuel burnt in the month. LHV and EF are each either taken from the factor library
/// (<c>lhvFactorId</c>, <c>efFactorId</c>) or plant-specific values, which then need an evidence note.</summary>
public sealed record FuelMonth
{
    [JsonPropertyName("name")] public string Name { get; init; } = "";
    [JsonPropertyName("category")] public string Category { get; init; } = "";
    [JsonPropertyName("use")] public string Use { get; init; } = "";
    [JsonPropertyName("mass_t")] public decimal Mass { get; init; }
    [JsonPropertyName("lhv_GJ_per_t")] public decimal? Lhv { get; init; }
    [JsonPropertyName("lhvFactorId")] public string? LhvFactorId { get; init; }
    [JsonPropertyName("ef_kgCO2_per_GJ")] public decimal? Ef { get; init; }
    [JsonPropertyName("efFactorId")] public string? EfFactorId { get; init; }
    [JsonPropertyName("biogenicShare")] public decimal? BiogenicShare { get; init; }
    [JsonPropertyName("evidence")] public string? Evidence { get; init; }
}

public sealed record DustMonth
{
    [JsonPropertyName("bypass_t")] public decimal Bypass { get; init; }
    [JsonPropertyName("ckdLeaving_t")] public decimal CkdLeaving { get; init; }
}

public sealed record ElectricityMonth
{
    [JsonPropertyName("gridEf_tCO2_per_MWh")] public decimal? GridEf { get; init; }
    [JsonPropertyName("consumption")] public IReadOnlyList<ElectricityUse> Consumption { get; init; } = [];
}

public sealed record ElectricityUse
{
    [JsonPropertyName("use")] public string Use { get; init; } = "";
    [JsonPropertyName("source")] public string Source { get; init; } = "";
    [JsonPropertyName("MWh")] public decimal MWh { get; init; }
}
