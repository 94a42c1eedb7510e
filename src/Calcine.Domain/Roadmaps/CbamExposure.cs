namespace Calcine.Domain.Roadmaps;

/// <summary>The CBAM settings of the analysis: the CBAM factor by year (the share of the EU benchmark
/// still free; a year before the first key has no CBAM, a later one takes the last key at or before
/// it), the grey clinker benchmark, the certificate (EUA) price path and whether the carbon price
/// already paid at origin (the scenario's carbon price) is deducted.</summary>
public sealed record CbamExposureSettings(
    IReadOnlyDictionary<int, double> CbamFactor,
    double ClinkerBenchmark_tCO2_per_tClinker,
    YearPath CertificatePrice_USD_per_tCO2,
    bool DeductOriginCarbonPrice)
{
    /// <summary>Null before CBAM applies; otherwise the factor of the last key at or before the year.</summary>
    public double? FactorAt(int year)
    {
        double? factor = null;
        foreach (var (y, f) in CbamFactor.OrderBy(kv => kv.Key))
        {
            if (y <= year)
            {
                factor = f;
            }
        }

        return factor;
    }
}

/// <summary>CBAM exposure of one tonne of cement exported to the EU in one year, for a plant (or the
/// total when <see cref="PlantId"/> is null), under the plan and under BAU.</summary>
public sealed record CbamExposureYear(
    int Year,
    string? PlantId,
    double? CbamFactor,
    double CertificatePrice_USD_per_tCO2,
    CbamExposurePoint Bau,
    CbamExposurePoint? Plan);

/// <summary>embedded = CO2 / cement (scope 1 + 2: CBAM counts indirect emissions for cement); free =
/// factor × clinker benchmark × clinker factor; certificates = max(0, embedded − free); liability =
/// max(0, certificates × certificate price − origin carbon price × embedded) per t cement.</summary>
public sealed record CbamExposurePoint(
    double Embedded_tCO2_per_tCement,
    double FreeAllocation_tCO2_per_tCement,
    double Certificates_tCO2_per_tCement,
    double Liability_USD_per_tCement);

public static class CbamExposureCalculator
{
    /// <summary>Per year of the horizon, every plant then the total; the plan side is null when no plan meets the target.</summary>
    public static IReadOnlyList<CbamExposureYear> Compute(RoadmapScenario scenario, PlanEvaluation bau, PlanEvaluation? plan, CbamExposureSettings settings)
    {
        var result = new List<CbamExposureYear>();
        for (var i = 0; i < bau.Years.Count; i++)
        {
            var year = bau.Years[i].Year;
            var factor = settings.FactorAt(year);
            var price = settings.CertificatePrice_USD_per_tCO2.At(year);
            var origin = settings.DeductOriginCarbonPrice ? scenario.CarbonPrice.At(year) : 0;
            for (var p = 0; p <= scenario.Plants.Count; p++)
            {
                var total = p == scenario.Plants.Count;
                var bauRow = total ? bau.Years[i].Total : bau.Years[i].Plants[p];
                var planRow = plan is null ? null : total ? plan.Years[i].Total : plan.Years[i].Plants[p];
                result.Add(new CbamExposureYear(year, total ? null : scenario.Plants[p].Id, factor, price,
                    Point(bauRow, factor, price, origin, settings),
                    planRow is null ? null : Point(planRow, factor, price, origin, settings)));
            }
        }

        return result;
    }

    public static CbamExposurePoint Point(RoadmapRow row, double? factor, double price, double originPrice, CbamExposureSettings settings)
    {
        var embedded = row.Co2_tCO2 / row.Cement_t;
        if (factor is not { } f)
        {
            return new CbamExposurePoint(embedded, 0, 0, 0);
        }

        var free = f * settings.ClinkerBenchmark_tCO2_per_tClinker * (row.Clinker_t / row.Cement_t);
        var certificates = Math.Max(0, embedded - free);
        var liability = Math.Max(0, (certificates * price) - (originPrice * embedded));
        return new CbamExposurePoint(embedded, free, certificates, liability);
    }
}
