using System.Text.Json;
using Calcine.Domain.Roadmaps.Association;

namespace Calcine.Application.Roadmaps.Association;

/// <summary>The JSON projection of the association's road map (<c>association-roadmap/1</c>): every
/// figure an object <c>{value, withheld}</c>, exactly one of them null; numbers unrounded. No member is
/// named and no member's figure appears (the company shares are the members' own and are left out).</summary>
public static class AssociationRoadmapJson
{
    public const string Format = "association-roadmap/1";

    public static byte[] Write(AssociationRoadmapView view)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            Write(w, view);
        }

        return buffer.ToArray();
    }

    private static void Write(Utf8JsonWriter w, AssociationRoadmapView view)
    {
        var r = view.Run.Roadmap;
        w.WriteStartObject();
        w.WriteString("format", Format);
        w.WriteStartObject("association");
        w.WriteNumber("id", view.AssociationId);
        w.WriteString("name", view.AssociationName);
        w.WriteEndObject();
        w.WriteString("mode", AssociationRoadmapNames.Mode(r.Mode));
        w.WriteNumber("memberCompanies", r.Companies);
        w.WriteNumber("memberPlants", r.Plants);
        w.WriteBoolean("feasible", view.Run.Feasible);
        if (view.Run.Search is { } s)
        {
            w.WriteStartObject("search");
            w.WriteString("method", s.Method);
            w.WriteBoolean("provenOptimal", s.ProvenOptimal);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("search");
        }

        Policy(w, view.Policy);
        w.WriteStartArray("trajectory");
        foreach (var t in r.Trajectory)
        {
            w.WriteStartObject();
            w.WriteNumber("year", t.Year);
            Figure(w, "bau_tCO2", t.Bau_tCO2);
            Figure(w, "plan_tCO2", t.Plan_tCO2);
            Number(w, "target_tCO2", t.Target_tCO2);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("wedges");
        foreach (var y in r.Wedges)
        {
            w.WriteStartObject();
            w.WriteNumber("year", y.Year);
            w.WriteStartArray("categories");
            foreach (var c in y.Cells)
            {
                w.WriteStartObject();
                w.WriteString("category", AssociationRoadmapNames.Category(c.Category));
                w.WriteBoolean("inLibrary", c.InLibrary);
                Figure(w, "abatement_tCO2", c.Abatement_tCO2);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            Figure(w, "pooled_tCO2", y.Pooled);
            Figure(w, "total_tCO2", y.Total);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        var last = r.Wedges[^1];
        w.WriteStartObject("wedgeShares");
        w.WriteNumber("year", last.Year);
        w.WriteStartArray("categories");
        foreach (var (category, gcca) in r.GccaSplit2050)
        {
            w.WriteStartObject();
            w.WriteString("category", AssociationRoadmapNames.Category(category));
            Number(w, "association", AssociationRoadmapNames.Share(last, category));
            w.WriteNumber("gccaGlobal2050", gcca);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteStartArray("investment");
        foreach (var p in r.Investment)
        {
            w.WriteStartObject();
            w.WriteNumber("from", p.From);
            w.WriteNumber("to", p.To);
            Figure(w, "capex_USD", p.Capex_USD);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("maccs");
        foreach (var m in r.Maccs)
        {
            w.WriteStartObject();
            w.WriteNumber("year", m.Year);
            Number(w, "carbonPrice_USD_per_tCO2", m.CarbonPrice_USD_per_tCO2);
            w.WriteStartArray("bars");
            foreach (var b in m.Bars)
            {
                w.WriteStartObject();
                w.WriteString("leverId", b.LeverId);
                w.WriteString("category", AssociationRoadmapNames.Category(b.Category));
                Figure(w, "abatement_tCO2", b.Abatement_tCO2);
                Figure(w, "mac_USD_per_tCO2", b.Mac_USD_per_tCO2);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("assumptions");
        foreach (var a in r.Assumptions)
        {
            w.WriteStartObject();
            w.WriteString("key", a.Key);
            if (a.Value is null)
            {
                w.WriteNull("value");
                w.WriteString("withheld", "differs-between-members");
            }
            else
            {
                w.WriteString("value", a.Value);
                w.WriteNull("withheld");
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Policy(Utf8JsonWriter w, Domain.Benchmarking.BenchmarkPolicy p)
    {
        w.WriteStartObject("policy");
        w.WriteNumber("minimumContributors", p.MinimumContributors);
        w.WriteNumber("minimumCompanies", p.MinimumCompanies);
        w.WriteNumber("dominancePercent", p.DominancePercent);
        w.WriteNumber("closeness", p.Closeness);
        w.WriteEndObject();
    }

    private static void Figure(Utf8JsonWriter w, string name, PublishedFigure f)
    {
        w.WriteStartObject(name);
        Number(w, "value", f.Value);
        if (f.Reason is { } reason)
        {
            w.WriteString("withheld", AssociationRoadmapNames.Reason(reason));
        }
        else
        {
            w.WriteNull("withheld");
        }

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
