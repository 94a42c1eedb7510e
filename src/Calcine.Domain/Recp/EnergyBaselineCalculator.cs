using Calcine.Domain.Results;

namespace Calcine.Domain.Recp;

/// <summary>The regression energy baseline: ordinary least squares with an intercept solved on centred
/// data, its statistics and warnings, then adjusted baseline, savings, CUSUM and EnPI over the
/// reporting months (recp-format.md C).</summary>
public static class EnergyBaselineCalculator
{
    public const double SingularDeterminant = 1e-10;

    public static Result<EnergyBaselineResult> Calculate(EnergyBaselineStudy study)
    {
        var fit = Fit(study.Variables, study.Baseline);
        if (!fit.Success)
        {
            return Result<EnergyBaselineResult>.Fail(fit.Errors);
        }

        var model = fit.Value;
        var enpi = Enpi(study, model);
        if (enpi is { Success: false })
        {
            return Result<EnergyBaselineResult>.Fail(enpi.Errors);
        }

        var baseline = study.Baseline.Select(m =>
        {
            var fitted = model.Predict(Row(m, study.Variables));
            return new BaselineMonthFit(m.Month, m.Energy_kWh, fitted, m.Energy_kWh - fitted);
        }).ToList();
        var reporting = Reporting(study, model);
        var actual = reporting.Sum(r => r.Actual_kWh);
        var adjusted = reporting.Sum(r => r.AdjustedBaseline_kWh);
        var savings = adjusted - actual;
        var totals = new SavingsTotals(actual, adjusted, savings, adjusted > 0 ? savings / adjusted : null);
        return Result<EnergyBaselineResult>.Ok(new EnergyBaselineResult(model, baseline, reporting, totals, enpi?.Value, Warnings(model)));
    }

    /// <summary>The least-squares fit of energy on the variables over the baseline months.</summary>
    public static Result<RegressionModel> Fit(IReadOnlyList<string> variables, IReadOnlyList<EnergyMonth> months)
    {
        var p = variables.Count;
        var n = months.Count;
        if (n < p + 2)
        {
            return Result<RegressionModel>.Fail("$.baseline", $"has {n} months; a model with {p} variable(s) needs at least {p + 2} months");
        }

        var x = months.Select(m => Row(m, variables)).ToArray();
        var y = months.Select(m => m.Energy_kWh).ToArray();
        var yMean = y.Sum() / n;
        var xMean = new double[p];
        for (var j = 0; j < p; j++)
        {
            xMean[j] = x.Sum(r => r[j]) / n;
        }

        var s = new double[p, p];
        var sy = new double[p];
        var sst = 0.0;
        for (var i = 0; i < n; i++)
        {
            var dy = y[i] - yMean;
            sst += dy * dy;
            for (var j = 0; j < p; j++)
            {
                var dj = x[i][j] - xMean[j];
                sy[j] += dj * dy;
                for (var k = 0; k < p; k++)
                {
                    s[j, k] += dj * (x[i][k] - xMean[k]);
                }
            }
        }

        if (sst == 0)
        {
            return Result<RegressionModel>.Fail("$.baseline", "energy is constant over the baseline: there is nothing to explain");
        }

        var constant = Enumerable.Range(0, p).Where(j => s[j, j] == 0).Select(j => new ValidationError($"$.variables[{j}]", $"{variables[j]} is constant over the baseline")).ToList();
        if (constant.Count > 0)
        {
            return Result<RegressionModel>.Fail(constant);
        }

        var corr = new double[p, p];
        for (var j = 0; j < p; j++)
        {
            for (var k = 0; k < p; k++)
            {
                corr[j, k] = s[j, k] / Math.Sqrt(s[j, j] * s[k, k]);
            }
        }

        var inverse = p == 1 ? new[,] { { 1 / s[0, 0] } } : LeastSquares.Determinant(corr) < SingularDeterminant ? null : LeastSquares.Inverse(s);
        if (inverse is null)
        {
            return Result<RegressionModel>.Fail("$.variables", "the variables are collinear: the design matrix is singular (det of their correlation matrix below 1e-10)");
        }

        return Result<RegressionModel>.Ok(Statistics(variables, x, y, xMean, yMean, sst, inverse, sy));
    }

    private static RegressionModel Statistics(IReadOnlyList<string> variables, double[][] x, double[] y, double[] xMean, double yMean, double sst, double[,] inverse, double[] sy)
    {
        var p = variables.Count;
        var n = y.Length;
        var b = new double[p];
        for (var j = 0; j < p; j++)
        {
            for (var k = 0; k < p; k++)
            {
                b[j] += inverse[j, k] * sy[k];
            }
        }

        var b0 = yMean;
        for (var j = 0; j < p; j++)
        {
            b0 -= b[j] * xMean[j];
        }

        var sse = 0.0;
        for (var i = 0; i < n; i++)
        {
            var fitted = b0;
            for (var j = 0; j < p; j++)
            {
                fitted += b[j] * x[i][j];
            }

            sse += (y[i] - fitted) * (y[i] - fitted);
        }

        var dof = n - p - 1;
        var r2 = 1 - (sse / sst);
        var rmse = Math.Sqrt(sse / dof);
        var se = new double[p];
        var quad = 0.0;
        for (var j = 0; j < p; j++)
        {
            se[j] = rmse * Math.Sqrt(inverse[j, j]);
            for (var k = 0; k < p; k++)
            {
                quad += xMean[j] * inverse[j, k] * xMean[k];
            }
        }

        var se0 = rmse * Math.Sqrt((1.0 / n) + quad);
        return new RegressionModel(
            variables, n, p, dof, b0, b, se0, se,
            T(b0, se0), [.. Enumerable.Range(0, p).Select(j => T(b[j], se[j]))],
            yMean, sse, sst, r2, 1 - ((1 - r2) * (n - 1) / dof), rmse, rmse / yMean);
    }

    private static double? T(double coefficient, double se) => se == 0 ? null : coefficient / se;

    private static List<BaselineWarning> Warnings(RegressionModel m)
    {
        var warnings = new List<BaselineWarning>();
        if (m.R2 < 0.75)
        {
            warnings.Add(new("r2-below-0.75", "$.baseline", m.R2));
        }

        if (m.CvRmse > 0.20)
        {
            warnings.Add(new("cvrmse-above-0.20", "$.baseline", m.CvRmse));
        }

        for (var j = 0; j < m.P; j++)
        {
            if (m.SlopeT[j] is { } t && Math.Abs(t) < 2)
            {
                warnings.Add(new("t-stat-below-2", $"$.variables[{j}]", t));
            }
        }

        return warnings;
    }

    private static List<ReportingMonth> Reporting(EnergyBaselineStudy study, RegressionModel model)
    {
        var p = study.Variables.Count;
        var min = new double[p];
        var max = new double[p];
        for (var j = 0; j < p; j++)
        {
            min[j] = study.Baseline.Min(m => m.Values[study.Variables[j]]);
            max[j] = study.Baseline.Max(m => m.Values[study.Variables[j]]);
        }

        var cusum = 0.0;
        var months = new List<ReportingMonth>(study.Reporting.Count);
        foreach (var m in study.Reporting)
        {
            var x = Row(m, study.Variables);
            var adjusted = model.Predict(x);
            cusum += m.Energy_kWh - adjusted;
            var outside = Enumerable.Range(0, p).Any(j => x[j] < min[j] || x[j] > max[j]);
            months.Add(new ReportingMonth(m.Month, m.Energy_kWh, adjusted, adjusted - m.Energy_kWh, cusum, outside));
        }

        return months;
    }

    /// <summary>Energy per unit of the EnPI variable as ratios of sums; null without an EnPI variable.</summary>
    private static Result<EnergyPerformanceIndicator>? Enpi(EnergyBaselineStudy study, RegressionModel model)
    {
        if (study.EnpiVariable is not { } v)
        {
            return null;
        }

        var baseUnits = study.Baseline.Sum(m => m.Values[v]);
        var reportUnits = study.Reporting.Sum(m => m.Values[v]);
        if (baseUnits <= 0 || reportUnits <= 0)
        {
            var period = baseUnits <= 0 ? "baseline" : "reporting";
            return Result<EnergyPerformanceIndicator>.Fail("$.enpiVariable", $"{v} sums to {(baseUnits <= 0 ? baseUnits : reportUnits)} over the {period} period; EnPI needs a positive sum");
        }

        var baseline = study.Baseline.Sum(m => m.Energy_kWh) / baseUnits;
        var reporting = study.Reporting.Sum(m => m.Energy_kWh) / reportUnits;
        var adjusted = study.Reporting.Sum(m => model.Predict(Row(m, study.Variables))) / reportUnits;
        return Result<EnergyPerformanceIndicator>.Ok(new(v, baseline, reporting, adjusted, (reporting / baseline) - 1));
    }

    private static double[] Row(EnergyMonth m, IReadOnlyList<string> variables) => [.. variables.Select(v => m.Values[v])];
}
