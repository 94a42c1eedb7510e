using System.Text.Json;
using Calcine.Domain.Roadmaps;

namespace Calcine.Application.Roadmaps;

/// <summary>Writes the result's "analysis" object (beyond the contract, so kept out of its sections):
/// breakEven, investment, costPerTonneCement and impliedCarbonPrices; the last three are null when
/// the target cannot be met.</summary>
internal static class RoadmapAnalysisWriter
{
    public static void Write(Utf8JsonWriter w, RoadmapAnalysis a)
    {
        w.WriteStartObject("analysis");
        w.WriteStartArray("breakEven");
        foreach (var b in a.BreakEven)
        {
            w.WriteStartObject();
            w.WriteString("plantId", b.PlantId);
            w.WriteString("leverId", b.LeverId);
            Number(w, "year", b.Year);
            Number(w, "mac_USD_per_tCO2", b.Mac_USD_per_tCO2);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        List(w, "investment", a.Investment, i =>
        {
            w.WriteString("company", i.Company);
            w.WriteNumber("year", i.Year);
            w.WriteNumber("adoption_USD", i.Adoption_USD);
            w.WriteNumber("renewal_USD", i.Renewal_USD);
            w.WriteNumber("total_USD", i.Total_USD);
        });
        List(w, "costPerTonneCement", a.CementCost, c =>
        {
            w.WriteNumber("year", c.Year);
            w.WriteNumber("plan_USD_per_tCement", c.Plan_USD_per_tCement);
            w.WriteNumber("bau_USD_per_tCement", c.Bau_USD_per_tCement);
            w.WriteNumber("difference_USD_per_tCement", c.Difference_USD_per_tCement);
        });
        List(w, "impliedCarbonPrices", a.ImpliedCarbonPrices, p =>
        {
            w.WriteNumber("year", p.Year);
            if (p.Company is null)
            {
                w.WriteNull("company");
            }
            else
            {
                w.WriteString("company", p.Company);
            }

            w.WriteNumber("limit_tCO2", p.Limit_tCO2);
            w.WriteNumber("slack_tCO2", p.Slack_tCO2);
            w.WriteBoolean("binding", p.Binding);
            Number(w, "deltaDiscountedCost_USD", p.DeltaDiscountedCost_USD);
            Number(w, "price_USD_per_tCO2", p.Price_USD_per_tCO2);
        });
        List(w, "cbamExposure", a.CbamExposure, c =>
        {
            w.WriteNumber("year", c.Year);
            if (c.PlantId is null)
            {
                w.WriteNull("plantId");
            }
            else
            {
                w.WriteString("plantId", c.PlantId);
            }

            Number(w, "cbamFactor", c.CbamFactor);
            w.WriteNumber("certificatePrice_USD_per_tCO2", c.CertificatePrice_USD_per_tCO2);
            Point(w, "bau", c.Bau);
            Point(w, "plan", c.Plan);
        });
        w.WriteEndObject();
    }

    private static void List<T>(Utf8JsonWriter w, string name, IReadOnlyList<T>? items, Action<T> fields)
    {
        if (items is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartArray(name);
        foreach (var item in items)
        {
            w.WriteStartObject();
            fields(item);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Point(Utf8JsonWriter w, string name, CbamExposurePoint? p)
    {
        if (p is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        w.WriteNumber("embedded_tCO2_per_tCement", p.Embedded_tCO2_per_tCement);
        w.WriteNumber("freeAllocation_tCO2_per_tCement", p.FreeAllocation_tCO2_per_tCement);
        w.WriteNumber("certificates_tCO2_per_tCement", p.Certificates_tCO2_per_tCement);
        w.WriteNumber("liability_USD_per_tCement", p.Liability_USD_per_tCement);
        w.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
