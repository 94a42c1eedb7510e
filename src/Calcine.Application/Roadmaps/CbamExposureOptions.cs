using Calcine.Application.Roadmaps.Scenarios;
using Calcine.Domain.Roadmaps;

namespace Calcine.Application.Roadmaps;

/// <summary>The CBAM settings of every run's analysis (configuration section <c>Roadmaps:Cbam</c>).
/// Defaults from shared/docs/reference/roadmap.md §6.1: the CBAM factor (share of the benchmark
/// still free) 97.5 % in 2026 [V] and 95, 90, 77.5, 51.5, 39, 26.5, 14, 0 % to 2034 [R]; the grey
/// clinker benchmark 0.693 t CO2/t clinker (EU ETS 2021–2025) [R]; the EU ETS central path as the
/// certificate price [A]; the carbon price paid at origin (the scenario's) deducted.</summary>
public sealed class CbamExposureOptions
{
    public const string Section = "Roadmaps:Cbam";

    public Dictionary<int, double> CbamFactor { get; set; } = new()
    {
        [2026] = 0.975,
        [2027] = 0.95,
        [2028] = 0.90,
        [2029] = 0.775,
        [2030] = 0.515,
        [2031] = 0.39,
        [2032] = 0.265,
        [2033] = 0.14,
        [2034] = 0.0,
    };

    public double ClinkerBenchmark_tCO2_per_tClinker { get; set; } = 0.693;

    /// <summary>Year → USD per t CO2; empty means the EU ETS preset path.</summary>
    public Dictionary<int, double> CertificatePrice_USD_per_tCO2 { get; set; } = [];

    public bool DeductOriginCarbonPrice { get; set; } = true;

    public CbamExposureSettings ToSettings() => new(
        CbamFactor,
        ClinkerBenchmark_tCO2_per_tClinker,
        CertificatePrice_USD_per_tCO2.Count > 0 ? new YearPath(CertificatePrice_USD_per_tCO2) : RoadmapPresets.Find(RoadmapPresets.CarbonPrices, "eu-ets")!.Path,
        DeductOriginCarbonPrice);
}
