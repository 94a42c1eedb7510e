using System.Text.Json;
using Calcine.Domain.Recp;

namespace Calcine.Application.Recp;

/// <summary>Writes the energy baseline result with the contract's keys and order (recp-format.md C, Output).</summary>
public static class RecpBaselineResultWriter
{
    public static void Write(Stream output, EnergyBaselineResult result)
    {
        using var w = new Utf8JsonWriter(output, RecpJsonWriting.Options);
        w.WriteStartObject();
        WriteModel(w, result.Model);
        w.WriteStartArray("baseline");
        foreach (var m in result.Baseline)
        {
            w.WriteStartObject();
            w.WriteString("month", m.Month);
            w.WriteNumber("actual_kWh", m.Actual_kWh);
            w.WriteNumber("fitted_kWh", m.Fitted_kWh);
            w.WriteNumber("residual_kWh", m.Residual_kWh);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("reporting");
        foreach (var m in result.Reporting)
        {
            w.WriteStartObject();
            w.WriteString("month", m.Month);
            w.WriteNumber("actual_kWh", m.Actual_kWh);
            w.WriteNumber("adjustedBaseline_kWh", m.AdjustedBaseline_kWh);
            w.WriteNumber("savings_kWh", m.Savings_kWh);
            w.WriteNumber("cusum_kWh", m.Cusum_kWh);
            w.WriteBoolean("extrapolated", m.Extrapolated);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartObject("totals");
        w.WriteNumber("actual_kWh", result.Totals.Actual_kWh);
        w.WriteNumber("adjustedBaseline_kWh", result.Totals.AdjustedBaseline_kWh);
        w.WriteNumber("savings_kWh", result.Totals.Savings_kWh);
        w.NumberOrNull("savingsFraction", result.Totals.SavingsFraction);
        w.WriteEndObject();
        WriteEnpi(w, result.Enpi);
        w.WriteStartArray("warnings");
        foreach (var warning in result.Warnings)
        {
            w.WriteStartObject();
            w.WriteString("code", warning.Code);
            w.WriteString("path", warning.Path);
            w.WriteNumber("value", warning.Value);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteModel(Utf8JsonWriter w, RegressionModel m)
    {
        w.WriteStartObject("model");
        w.WriteStartArray("variables");
        foreach (var v in m.Variables)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
        w.WriteNumber("n", m.N);
        w.WriteNumber("p", m.P);
        w.WriteNumber("dof", m.Dof);
        Keyed(w, "coefficients", m.Variables, m.Intercept, [.. m.Slopes.Select(s => (double?)s)]);
        Keyed(w, "standardErrors", m.Variables, m.InterceptStandardError, [.. m.SlopeStandardErrors.Select(s => (double?)s)]);
        Keyed(w, "tStats", m.Variables, m.InterceptT, m.SlopeT);
        w.WriteNumber("meanEnergy_kWh", m.MeanEnergy_kWh);
        w.WriteNumber("sse", m.Sse);
        w.WriteNumber("sst", m.Sst);
        w.WriteNumber("r2", m.R2);
        w.WriteNumber("adjustedR2", m.AdjustedR2);
        w.WriteNumber("rmse_kWh", m.Rmse_kWh);
        w.WriteNumber("cvRmse", m.CvRmse);
        w.WriteEndObject();
    }

    private static void Keyed(Utf8JsonWriter w, string name, IReadOnlyList<string> variables, double? intercept, IReadOnlyList<double?> slopes)
    {
        w.WriteStartObject(name);
        w.NumberOrNull("intercept", intercept);
        for (var j = 0; j < variables.Count; j++)
        {
            w.NumberOrNull(variables[j], slopes[j]);
        }

        w.WriteEndObject();
    }

    private static void WriteEnpi(Utf8JsonWriter w, EnergyPerformanceIndicator? e)
    {
        if (e is null)
        {
            w.WriteNull("enpi");
            return;
        }

        w.WriteStartObject("enpi");
        w.WriteString("variable", e.Variable);
        w.WriteNumber("baseline_kWh_per_unit", e.Baseline_kWh_per_unit);
        w.WriteNumber("reporting_kWh_per_unit", e.Reporting_kWh_per_unit);
        w.WriteNumber("adjustedBaseline_kWh_per_unit", e.AdjustedBaseline_kWh_per_unit);
        w.WriteNumber("change", e.Change);
        w.WriteEndObject();
    }
}
