namespace Calcine.Domain.Roadmaps;

/// <summary>A roadmap study (<c>roadmap-scenario/1</c>): horizon, price and grid paths, plants, the
/// lever library, the years in which levers may be adopted and the target.</summary>
public sealed record RoadmapScenario(
    string Id,
    string? Name,
    RoadmapHorizon Horizon,
    double DiscountRate,
    double? DemandGrowthPerYear,
    YearPath ElectricityPrice,
    YearPath CarbonPrice,
    YearPath GridEf,
    IReadOnlyList<RoadmapPlant> Plants,
    IReadOnlyList<Lever> Levers,
    IReadOnlyList<int> DecisionYears,
    int MaccYear,
    RoadmapTarget Target);

/// <summary>Baseline in <see cref="BaseYear"/>, costs discounted to it, results for StartYear..EndYear.</summary>
public sealed record RoadmapHorizon(int BaseYear, int StartYear, int EndYear)
{
    public int YearCount => EndYear - StartYear + 1;

    public IEnumerable<int> Years => Enumerable.Range(StartYear, YearCount);
}

/// <summary>One fuel of a mix: share of the thermal energy, total CO2 factor (t/GJ), the biogenic
/// fraction of that CO2 and the price (USD/GJ, negative for a gate fee).</summary>
public sealed record RoadmapFuel(string Name, double Share, double Ef_tCO2_per_GJ, double BiogenicFraction, double Price_USD_per_GJ);

public sealed record PlantBaseline(
    double Clinker_t,
    double Cement_t,
    double ThermalEnergy_GJ_per_tClinker,
    double ProcessCo2_tCO2_per_tClinker,
    double Electricity_MWh_per_tCement,
    IReadOnlyList<RoadmapFuel> Fuels);

/// <summary>A plant; <see cref="LeverIds"/> null means every lever of the library is available.</summary>
public sealed record RoadmapPlant(
    string Id,
    string Company,
    string? Name,
    double KilnCapacity_t,
    PlantBaseline Baseline,
    YearPath? CementPath,
    IReadOnlyList<string>? LeverIds);
