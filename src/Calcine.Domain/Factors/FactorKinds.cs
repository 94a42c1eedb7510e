namespace Calcine.Domain.Factors;

/// <summary>The kinds of value the factor library holds. A closed list, so a typo in the shipped
/// data is caught when it is loaded instead of making a factor unfindable by kind.</summary>
public static class FactorKinds
{
    /// <summary>Net calorific value of a fuel, GJ/t.</summary>
    public const string FuelNcv = "fuel-ncv";

    /// <summary>CO2 emission factor of a fuel on an NCV basis, kg CO2/GJ.</summary>
    public const string FuelCo2 = "fuel-co2";

    /// <summary>CO2 per tonne of clinker (calcination defaults, bought clinker).</summary>
    public const string Clinker = "clinker";

    /// <summary>Default clinker share of cement.</summary>
    public const string ClinkerFraction = "clinker-fraction";

    /// <summary>Cement kiln dust: calcination rate defaults, correction factors, dust emission factors.</summary>
    public const string Ckd = "ckd";

    /// <summary>Raw-material defaults (organic carbon, raw meal to clinker ratio).</summary>
    public const string RawMaterial = "raw-material";

    /// <summary>Electricity grid emission factor, t CO2 (or CO2e) per MWh.</summary>
    public const string Grid = "grid";

    /// <summary>Free-allocation benchmarks (EU ETS, CBAM adjustment).</summary>
    public const string Benchmark = "benchmark";

    /// <summary>EU Taxonomy substantial-contribution thresholds.</summary>
    public const string TaxonomyThreshold = "taxonomy-threshold";

    /// <summary>CBAM default embedded emissions of a good.</summary>
    public const string CbamDefault = "cbam-default";

    /// <summary>CBAM mark-up on default values in the definitive period.</summary>
    public const string CbamMarkup = "cbam-markup";

    /// <summary>CBAM factor: share of the ETS benchmark still allocated free in a year.</summary>
    public const string CbamFactor = "cbam-factor";

    /// <summary>GCCA "Getting the Numbers Right" aggregates, for comparison only.</summary>
    public const string GnrBenchmark = "gnr-benchmark";

    public static IReadOnlyList<string> All { get; } =
    [
        FuelNcv, FuelCo2, Clinker, ClinkerFraction, Ckd, RawMaterial, Grid,
        Benchmark, TaxonomyThreshold, CbamDefault, CbamMarkup, CbamFactor, GnrBenchmark,
    ];

    public static bool IsKnown(string kind) => All.Contains(kind, StringComparer.Ordinal);
}
