using System.Text.Json;
using Calcine.Application.Json;
using Calcine.Domain.Roadmaps;

namespace Calcine.Application.Roadmaps;

/// <summary>Writes <c>roadmap-result/1</c> with the contract's field names and order, every number an
/// unrounded double (shortest round-trip form) and every year a JSON integer.</summary>
public static class RoadmapResultWriter
{
    public const string Format = "roadmap-result/1";

    private static readonly JsonWriterOptions Options = new() { Indented = true };

    public static void Write(Stream output, RoadmapResult result)
    {
        using var w = new Utf8JsonWriter(output, Options);
        w.WriteStartObject();
        w.WriteString("format", Format);
        w.WriteString("scenario", result.Scenario.Id);
        w.WriteStartObject("bau");
        WriteYears(w, result.Scenario, result.Bau.Years, pathway: false);
        w.WriteNumber("discountedCost_USD", result.Bau.TotalDiscountedCost_USD);
        w.WriteEndObject();
        w.WritePropertyName("macc");
        WriteMacc(w, result.Macc);
        WritePathway(w, result.Scenario, result.Pathway, result.Search);
        RoadmapAnalysisWriter.Write(w, result.Analysis);
        w.WriteEndObject();
    }

    /// <summary>The "macc" object alone, as <c>roadmap macc</c> prints it.</summary>
    public static void WriteMacc(Stream output, MaccResult macc)
    {
        using var w = new Utf8JsonWriter(output, Options);
        WriteMacc(w, macc);
    }

    private static void WriteMacc(Utf8JsonWriter w, MaccResult macc)
    {
        w.WriteStartObject();
        w.WriteNumber("year", macc.Year);
        w.WriteStartArray("plants");
        foreach (var p in macc.Plants)
        {
            w.WriteStartObject();
            w.WriteString("plantId", p.PlantId);
            w.WriteNumber("bau_tCO2", p.Bau_tCO2);
            w.WriteNumber("final_tCO2", p.Final_tCO2);
            w.WriteStartArray("levers");
            foreach (var l in p.Levers)
            {
                w.WriteStartObject();
                w.WriteString("leverId", l.Lever.Id);
                w.WriteString("kind", Name(RoadmapScenarioReader.Kinds, l.Lever.Kind));
                w.WriteString("category", Name(RoadmapScenarioReader.Categories, l.Lever.Category));
                w.WriteString("status", l.Status switch
                {
                    MaccStatus.Applied => "applied",
                    MaccStatus.NotYetAvailable => "not-yet-available",
                    MaccStatus.ExcludedGroup => "excluded-group",
                    _ => "excluded-requires",
                });
                w.WriteNumberOrNull("abatement_tCO2", l.Abatement_tCO2);
                w.WriteNumberOrNull("captured_tCO2", l.Captured_tCO2);
                w.WriteNumberOrNull("capexAnnuity_USD", l.CapexAnnuity_USD);
                w.WriteNumberOrNull("opex_USD", l.Opex_USD);
                w.WriteNumberOrNull("energy_USD", l.Energy_USD);
                w.WriteNumberOrNull("annualisedCost_USD", l.AnnualisedCost_USD);
                w.WriteNumberOrNull("mac_USD_per_tCO2", l.Mac_USD_per_tCO2);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("curve");
            foreach (var c in p.Curve)
            {
                w.WriteStartObject();
                w.WriteString("leverId", c.LeverId);
                w.WriteNumber("mac_USD_per_tCO2", c.Mac_USD_per_tCO2);
                w.WriteNumber("abatement_tCO2", c.Abatement_tCO2);
                w.WriteNumber("cumulativeAbatement_tCO2", c.CumulativeAbatement_tCO2);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WritePathway(Utf8JsonWriter w, RoadmapScenario s, PathwayResult pathway, PathwaySearch search)
    {
        w.WriteStartObject("pathway");
        // Beyond the contract: how the plan was found, and whether it is proven optimal.
        w.WriteStartObject("search");
        w.WriteString("method", search.Method);
        w.WriteBoolean("provenOptimal", search.ProvenOptimal);
        w.WriteNumber("solverCalls", search.SolverCalls);
        w.WriteNumberOrNull("relativeGap", search.RelativeGap);
        w.WriteEndObject();
        w.WriteBoolean("feasible", pathway.Feasible);
        if (pathway.FirstViolatedYear is { } fvy)
        {
            w.WriteNumber("firstViolatedYear", fvy);
        }
        else
        {
            w.WriteNull("firstViolatedYear");
        }

        if (pathway.Optimum is not { } plan)
        {
            w.WriteNull("adoption");
            w.WriteNull("years");
            w.WriteNull("checks");
            w.WriteNull("totalDiscountedCost_USD");
            w.WriteEndObject();
            return;
        }

        w.WriteStartArray("adoption");
        for (var p = 0; p < s.Plants.Count; p++)
        {
            w.WriteStartObject();
            w.WriteString("plantId", s.Plants[p].Id);
            w.WriteStartObject("levers");
            for (var l = 0; l < s.Levers.Count; l++)
            {
                var year = plan.Plan.Year(p, l);
                if (year == 0)
                {
                    w.WriteNull(s.Levers[l].Id);
                }
                else
                {
                    w.WriteNumber(s.Levers[l].Id, year);
                }
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        WriteYears(w, s, plan.Years, pathway: true);
        w.WriteStartArray("checks");
        foreach (var c in plan.Checks)
        {
            w.WriteStartObject();
            w.WriteNumber("year", c.Year);
            if (c.Company is null)
            {
                w.WriteNull("company");
            }
            else
            {
                w.WriteString("company", c.Company);
            }

            w.WriteNumber("limit", c.Limit);
            w.WriteNumber("value", c.Value);
            w.WriteBoolean("met", c.Met);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteNumber("totalDiscountedCost_USD", plan.TotalDiscountedCost_USD);
        w.WriteEndObject();
    }

    private static void WriteYears(Utf8JsonWriter w, RoadmapScenario s, IReadOnlyList<RoadmapYear> years, bool pathway)
    {
        w.WriteStartArray("years");
        foreach (var y in years)
        {
            w.WriteStartObject();
            w.WriteNumber("year", y.Year);
            w.WriteNumber("discountFactor", y.DiscountFactor);
            w.WriteStartArray("plants");
            for (var p = 0; p < y.Plants.Count; p++)
            {
                w.WriteStartObject();
                w.WriteString("plantId", s.Plants[p].Id);
                WriteRow(w, y.Plants[p]);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartObject("total");
            WriteRow(w, y.Total);
            w.WriteNumber("cumulativeCo2_tCO2", y.CumulativeCo2_tCO2);
            w.WriteEndObject();
            if (pathway)
            {
                w.WriteNumber("investment_USD", y.Investment_USD);
                if (y.TargetMet is { } met)
                {
                    w.WriteBoolean("targetMet", met);
                }
                else
                {
                    w.WriteNull("targetMet");
                }
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteRow(Utf8JsonWriter w, RoadmapRow r)
    {
        w.WriteNumber("cement_t", r.Cement_t);
        w.WriteNumber("clinker_t", r.Clinker_t);
        w.WriteNumber("scope1_tCO2", r.Scope1_tCO2);
        w.WriteNumber("biogenic_tCO2", r.Biogenic_tCO2);
        w.WriteNumber("captured_tCO2", r.Captured_tCO2);
        w.WriteNumber("scope2_tCO2", r.Scope2_tCO2);
        w.WriteNumber("co2_tCO2", r.Co2_tCO2);
        w.WriteNumber("intensity_tCO2_per_tCement", r.Intensity_tCO2_per_tCement);
        w.WriteNumber("capexAnnuity_USD", r.CapexAnnuity_USD);
        w.WriteNumber("opex_USD", r.Opex_USD);
        w.WriteNumber("energy_USD", r.Energy_USD);
        w.WriteNumber("carbon_USD", r.Carbon_USD);
        w.WriteNumber("cost_USD", r.Cost_USD);
    }

    private static string Name<T>(IReadOnlyDictionary<string, T> names, T value) => names.First(kv => EqualityComparer<T>.Default.Equals(kv.Value, value)).Key;
}
