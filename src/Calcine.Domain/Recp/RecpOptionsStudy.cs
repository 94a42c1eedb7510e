namespace Calcine.Domain.Recp;

/// <summary>A <c>recp-options/1</c> study: the options of one enterprise, priced in its currency at
/// constant prices (shared/spec/recp-format.md, part A).</summary>
public sealed record RecpOptionsStudy(
    string EnterpriseId,
    string Currency,
    double DiscountRate,
    double? CapexBudget,
    ScoreWeights Weights,
    RecpPrices Prices,
    IReadOnlyList<RecpOption> Options);

public sealed record ScoreWeights(double Npv, double Payback, double Co2)
{
    public static ScoreWeights Default { get; } = new(0.5, 0.25, 0.25);
}

public sealed record ElectricityPrice(double PricePerMWh, double GridEf_tCO2_per_MWh);

public sealed record FuelPrice(string Name, double PricePerGJ, double Ef_kgCO2_per_GJ);

/// <summary>A material's price per t, or a waste's avoided disposal cost per t.</summary>
public sealed record PricePerTonne(string Name, double PerTonne);

public sealed record RecpPrices(
    ElectricityPrice? Electricity,
    IReadOnlyList<FuelPrice> Fuels,
    double? WaterPricePerM3,
    IReadOnlyList<PricePerTonne> Materials,
    IReadOnlyList<PricePerTonne> Wastes)
{
    public static RecpPrices None { get; } = new(null, [], null, [], []);
}

/// <summary>An annual quantity saved of a named fuel (GJ), material or waste (t); negative means used more.</summary>
public sealed record NamedQuantity(string Name, double Amount);

public sealed record OptionSavings(
    double? Electricity_MWh,
    IReadOnlyList<NamedQuantity> Fuels_GJ,
    double? Water_m3,
    IReadOnlyList<NamedQuantity> Materials_t,
    IReadOnlyList<NamedQuantity> Wastes_t)
{
    public static OptionSavings None { get; } = new(null, [], null, [], []);
}

public sealed record RecpOption(
    string Id,
    string Title,
    string Category,
    double Capex,
    int LifeYears,
    double Salvage,
    double OpexPerYear,
    double OtherSavingsPerYear,
    OptionSavings Savings);

/// <summary>The eight prevention techniques of the UNIDO/UNEP RECP method.</summary>
public static class PreventionCategories
{
    public static IReadOnlyList<string> All { get; } =
    [
        "good-housekeeping", "input-material-change", "better-process-control", "equipment-modification",
        "technology-change", "on-site-recovery-reuse", "useful-by-product", "product-modification",
    ];
}
