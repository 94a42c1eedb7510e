using Calcine.Domain.Roadmaps;
using Calcine.Domain.Roadmaps.Library;

namespace Calcine.Application.Roadmaps.Scenarios;

/// <summary>A ready path (year → value) with its unit, source and confidence.</summary>
public sealed record PathPreset(string Id, string Name, string Unit, IReadOnlyDictionary<int, double> Values, string Source, Confidence Confidence)
{
    public YearPath Path => new(Values);
}

/// <summary>A ready target: how its limits follow from the plants' base-year figures.</summary>
public sealed record TargetPreset(string Id, string Name, string Kind, string Rule, string Source, Confidence Confidence);

/// <summary>The presets a scenario can start from (shared/docs/reference/roadmap.md §1.3, §5, §6, §7).
/// Money in real USD; euro values are converted at <see cref="UsdPerEur"/>.</summary>
public static class RoadmapPresets
{
    /// <summary>The conversion used for euro-denominated presets [A].</summary>
    public const double UsdPerEur = 1.08;

    /// <summary>SBTi 1.5 °C cement pathway as the reference's TPI-labelled table gives it [R]
    /// (t CO2 per t cementitious, scope 1; used here as the CO2 per t cement of the road map).</summary>
    public static readonly IReadOnlyDictionary<int, double> SbtiSector = new Dictionary<int, double>
    { [2020] = 0.60, [2025] = 0.55, [2030] = 0.47, [2035] = 0.37, [2040] = 0.27, [2050] = 0.06 };

    public static readonly IReadOnlyList<PathPreset> CarbonPrices =
    [
        new("none", "No carbon price", "USD/t CO2", new Dictionary<int, double> { [2025] = 0 }, "no carbon pricing", Confidence.Assumption),
        new("eu-ets", "EU ETS (central), the CBAM certificate price", "USD/t CO2",
            new Dictionary<int, double> { [2026] = 80 * UsdPerEur, [2030] = 130 * UsdPerEur, [2050] = 200 * UsdPerEur },
            "reference/roadmap.md §6.1 suggested central path €80 (2026) → €130 (2030) → €200 (2050) [A], at 1.08 USD/EUR", Confidence.Assumption),
        new("china-ets", "China national ETS", "USD/t CO2",
            new Dictionary<int, double> { [2024] = 13.3, [2030] = 24.2 },
            "ICAP: 2024 average CNY 95.96 ≈ USD 13.3 [V]; ≈ CNY 175 by 2030 [A] (reference/roadmap.md §6.2)", Confidence.Assumption),
        new("mpp-net-zero", "MPP net-zero run", "USD/t CO2", new Dictionary<int, double> { [2025] = 40, [2050] = 100 },
            "MPP cement config, nz run: 40 → 100 USD/t linear 2025–2050 (reference/roadmap.md §3.1) [V]", Confidence.Verified),
    ];

    /// <summary>Grid factor paths; "inventory" is built from the plant-year's own factor (see <see cref="GridFromInventory"/>).</summary>
    public static readonly IReadOnlyList<PathPreset> GridFactors =
    [
        new("azerbaijan", "Azerbaijan grid, 30 % renewables by 2030", "t CO2/MWh", new Dictionary<int, double> { [2024] = 0.45, [2030] = 0.35 },
            "reference/roadmap.md §7.5 recommended default 0.45 (2024) → ≈ 0.35 (2030) [A]", Confidence.Assumption),
        new("zero-2050", "Grid decarbonised by 2050 (from 0.45 in 2025)", "t CO2/MWh", new Dictionary<int, double> { [2025] = 0.45, [2050] = 0 },
            "illustrative linear decarbonisation [A]", Confidence.Assumption),
    ];

    public static readonly IReadOnlyList<PathPreset> ElectricityPrices =
    [
        new("flat-60", "60 USD/MWh flat", "USD/MWh", new Dictionary<int, double> { [2025] = 60 },
            "MPP North-America price ≈ 0.06 USD/kWh (reference/roadmap.md §2.3) [V]", Confidence.Verified),
        new("rising-60-80", "60 → 80 USD/MWh by 2050", "USD/MWh", new Dictionary<int, double> { [2025] = 60, [2050] = 80 },
            "MPP price + 20 % by 2050 sensitivity shape (reference/roadmap.md §3.1) [A]", Confidence.Assumption),
    ];

    public static readonly IReadOnlyList<TargetPreset> Targets =
    [
        new("gcca", "GCCA 2030/2050 milestones", "intensity", "per company: 0.8 × base-year CO2 per t cement in 2030, 0 in 2050",
            "GCCA Concrete Future: −20 % CO2 per t cement by 2030 vs 2020, net zero by 2050 [V] (reference/roadmap.md §1.3); base year used for 2020 [A]", Confidence.Verified),
        new("sbti", "SBTi-style intensity path (SDA)", "intensity", "per company: SDA convergence from its base-year intensity to the sector path 0.60 (2020) … 0.06 (2050), at 2030, 2035, 2040, 2045, 2050",
            "SBTi Cement Guidance v1.0, TPI-labelled values [R]; SDA formula (reference/roadmap.md §5) [R]", Confidence.Recalled),
        new("national-cap", "National sector cap (NDC-style)", "annualCap", "Σ base-year CO2 × 0.65 in 2030 and × 0.60 from 2035",
            "Azerbaijan NDC: −35 % by 2030, −40 % by 2035 (NDC 3.0) [V], applied to the base year instead of 1990 [A] (reference/roadmap.md §7.4)", Confidence.Assumption),
    ];

    /// <summary>A flat path at the plant-year's grid factor (what the inventory used).</summary>
    public static PathPreset GridFromInventory(int year, double gridEf) =>
        new("inventory", "The plant-year's grid factor, flat", "t CO2/MWh", new Dictionary<int, double> { [year] = gridEf },
            $"grid factor of the plant-year {year} in the inventory", Confidence.Verified);

    public static PathPreset? Find(IReadOnlyList<PathPreset> presets, string? id) => presets.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.Ordinal));
}
