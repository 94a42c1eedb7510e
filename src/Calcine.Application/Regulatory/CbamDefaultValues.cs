namespace Calcine.Application.Regulatory;

/// <summary>A CBAM default value for one good: specific direct and indirect embedded emissions, t CO2e/t.</summary>
public sealed class CbamDefaultValue
{
    public decimal Direct { get; set; }
    public decimal Indirect { get; set; }
}

/// <summary>Configuration section "Cbam:DefaultValues". The built-in values are the transitional-period
/// world averages as one open-source module transcribes them (reference co2-accounting.md §5.4, F-3p):
/// UNVERIFIED against the Commission's table. They are shown beside the actual figures for comparison
/// and never replace a missing figure; replace them (and set Verified) once checked.</summary>
public sealed class CbamDefaultValues
{
    public const string Section = "Cbam:DefaultValues";

    public string Source { get; set; } =
        "DG TAXUD default values for the CBAM transitional period (22 Dec 2023), world averages as transcribed by a third-party module (reference §5.4); not checked against the official table";

    public bool Verified { get; set; }

    /// <summary>By CN code ("2523 10 00").</summary>
    public Dictionary<string, CbamDefaultValue> Goods { get; set; } = new(StringComparer.Ordinal)
    {
        ["2523 10 00"] = new() { Direct = 0.830m, Indirect = 0.040m },
        ["2523 21 00"] = new() { Direct = 1.160m, Indirect = 0.100m },
        ["2523 29 00"] = new() { Direct = 0.810m, Indirect = 0.060m },
        ["2523 30 00"] = new() { Direct = 1.750m, Indirect = 0.150m },
        ["2523 90 00"] = new() { Direct = 0.590m, Indirect = 0.040m },
    };
}
