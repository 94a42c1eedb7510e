namespace Calcine.Domain.Recp;

/// <summary>A <c>recp-baseline/1</c> study: monthly energy with 1–3 relevant variables over a
/// baseline period, then a reporting period (recp-format.md C, ISO 50006, IPMVP Option C).</summary>
public sealed record EnergyBaselineStudy(
    string EnterpriseId,
    IReadOnlyList<string> Variables,
    string? EnpiVariable,
    IReadOnlyList<EnergyMonth> Baseline,
    IReadOnlyList<EnergyMonth> Reporting)
{
    public const int MaxVariables = 3;
}

/// <summary>One month: its label (YYYY-MM), metered energy and the named values it holds.</summary>
public sealed record EnergyMonth(string Month, double Energy_kWh, IReadOnlyDictionary<string, double> Values);

public sealed record RegressionModel(
    IReadOnlyList<string> Variables,
    int N,
    int P,
    int Dof,
    double Intercept,
    IReadOnlyList<double> Slopes,
    double InterceptStandardError,
    IReadOnlyList<double> SlopeStandardErrors,
    double? InterceptT,
    IReadOnlyList<double?> SlopeT,
    double MeanEnergy_kWh,
    double Sse,
    double Sst,
    double R2,
    double AdjustedR2,
    double Rmse_kWh,
    double CvRmse)
{
    public double Predict(IReadOnlyList<double> x)
    {
        var y = Intercept;
        for (var j = 0; j < Slopes.Count; j++)
        {
            y += Slopes[j] * x[j];
        }

        return y;
    }
}

public sealed record BaselineMonthFit(string Month, double Actual_kWh, double Fitted_kWh, double Residual_kWh);

public sealed record ReportingMonth(string Month, double Actual_kWh, double AdjustedBaseline_kWh, double Savings_kWh, double Cusum_kWh, bool Extrapolated);

public sealed record SavingsTotals(double Actual_kWh, double AdjustedBaseline_kWh, double Savings_kWh, double? SavingsFraction);

public sealed record EnergyPerformanceIndicator(string Variable, double Baseline_kWh_per_unit, double Reporting_kWh_per_unit, double AdjustedBaseline_kWh_per_unit, double Change);

/// <summary>A model-quality warning; <paramref name="Path"/> is <c>$.baseline</c> or <c>$.variables[j]</c>.</summary>
public sealed record BaselineWarning(string Code, string Path, double Value);

public sealed record EnergyBaselineResult(
    RegressionModel Model,
    IReadOnlyList<BaselineMonthFit> Baseline,
    IReadOnlyList<ReportingMonth> Reporting,
    SavingsTotals Totals,
    EnergyPerformanceIndicator? Enpi,
    IReadOnlyList<BaselineWarning> Warnings);
