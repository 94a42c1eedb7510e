using System.Text.Json;
using Calcine.Application.Json;

namespace Calcine.Application.InventoryReports;

/// <summary>The report as JSON, schema in docs/formats/inventory-report.md (calcine-inventory-report/1):
/// invariant, unrounded numbers, null for a figure the engine leaves undefined.</summary>
public static class InventoryReportJson
{
    public const string Format = "calcine-inventory-report/1";

    public static byte[] Write(IReadOnlyList<PlantInventoryReport> plants, CompanyInventoryReport? company, int year)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("format", Format);
            w.WriteString("level", company is null ? "plant" : "company");
            w.WriteNumber("year", year);
            if (company is not null)
            {
                w.WriteStartObject("company");
                w.WriteNumber("id", company.CompanyId);
                w.WriteString("name", company.CompanyName);
                w.WriteEndObject();
            }

            w.WriteStartArray("plants");
            foreach (var p in plants)
            {
                Plant(w, p);
            }

            w.WriteEndArray();
            if (company is not null)
            {
                Figures(w, "totals", company.Totals);
            }

            w.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void Plant(Utf8JsonWriter w, PlantInventoryReport p)
    {
        w.WriteStartObject();
        w.WriteNumber("id", p.PlantId);
        w.WriteString("code", p.PlantCode);
        w.WriteString("name", p.PlantName);
        w.WriteNumber("companyId", p.CompanyId);
        w.WriteString("company", p.CompanyName);
        if (p.Method is { } m)
        {
            w.WriteStartObject("method");
            w.WriteString("protocol", m.Protocol);
            w.WriteString("version", m.Version);
            w.WriteString("basis", m.Basis);
            w.WriteString("calcinationMethod", m.CalcinationMethod);
            w.WriteString("source", m.Source);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("method");
        }

        Figures(w, "figures", p.Figures);
        w.WriteStartArray("factors");
        foreach (var f in p.Factors)
        {
            w.WriteStartObject();
            w.WriteString("name", f.Name);
            w.WriteNumber("value", f.Value);
            w.WriteString("unit", f.Unit);
            w.WriteString("source", f.Source);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        var c = p.Completeness;
        w.WriteStartObject("completeness");
        w.WriteString("source", c.Source);
        w.WriteNumber("monthsEntered", c.MonthsEntered);
        w.WriteBoolean("computed", c.Computed);
        w.WriteStartArray("problems");
        foreach (var problem in c.Problems)
        {
            w.WriteStringValue(problem);
        }

        w.WriteEndArray();
        w.WriteNumber("plausibilityWarnings", c.PlausibilityWarnings);
        w.WriteEndObject();
        var v = p.Verification;
        w.WriteStartObject("verification");
        w.WriteString("status", v.Status);
        w.WriteNumber("openFindings", v.OpenFindings);
        w.WriteNumberOrNull("signedVersion", v.SignedVersion);
        w.WriteString("verifier", v.Verifier);
        if (v.SignedUtc is { } signed)
        {
            w.WriteString("signedUtc", signed.UtcDateTime);
        }
        else
        {
            w.WriteNull("signedUtc");
        }

        w.WriteString("documentSha256", v.DocumentSha256);
        w.WriteString("inventorySha256", v.InventorySha256);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Figures(Utf8JsonWriter w, string name, IReadOnlyList<ReportFigure> figures)
    {
        w.WriteStartArray(name);
        foreach (var f in figures)
        {
            w.WriteStartObject();
            w.WriteString("id", f.Id);
            w.WriteString("name", f.Name);
            w.WriteString("unit", f.Unit);
            w.WriteNumberOrNull("value", f.Value);
            w.WriteNumberOrNull("numerator", f.Ratio?.Numerator);
            w.WriteNumberOrNull("denominator", f.Ratio?.Denominator);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
