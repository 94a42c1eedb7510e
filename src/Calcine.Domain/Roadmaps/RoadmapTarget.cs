namespace Calcine.Domain.Roadmaps;

/// <summary>The target a plan must meet; a check is met when value ≤ limit·(1 + 1e-9).</summary>
public abstract record RoadmapTarget
{
    public const double Tolerance = 1e-9;

    public static bool Met(double value, double limit) => value <= limit * (1 + Tolerance);
}

/// <summary>Σ over plants of CO2 in each listed year (no interpolation between them).</summary>
public sealed record AnnualCapTarget(IReadOnlyDictionary<int, double> Cap_tCO2) : RoadmapTarget;

/// <summary>Per listed company and year: Σ CO2 / Σ cement over the company's plants.</summary>
public sealed record IntensityTarget(IReadOnlyList<CompanyIntensityLimit> Companies) : RoadmapTarget;

public sealed record CompanyIntensityLimit(string Company, IReadOnlyDictionary<int, double> Limit_tCO2_per_tCement);

/// <summary>Σ over all years and plants of CO2, checked once at the end year.</summary>
public sealed record CumulativeBudgetTarget(double Budget_tCO2) : RoadmapTarget;
