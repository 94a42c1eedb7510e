using System.Text.Json;
using Calcine.Domain.Factors;

namespace Calcine.Application.Co2.Factors;

/// <summary>Writes factors in the shape of the library file, so what the CLI prints can be read back
/// by <see cref="FactorLibraryLoader.Parse"/> and compared field by field with the shipped data.</summary>
public static class FactorJsonWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A library document holding <paramref name="factors"/> (all of the library or a selection of it).</summary>
    public static void WriteLibrary(Stream output, string version, IEnumerable<EmissionFactor> factors)
    {
        using var w = new Utf8JsonWriter(output, Options);
        w.WriteStartObject();
        w.WriteString("format", FactorLibraryLoader.Format);
        w.WriteString("version", version);
        w.WriteStartArray("factors");
        foreach (var f in factors)
        {
            Write(w, f);
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
        output.Write("\n"u8);
    }

    public static void WriteOne(Stream output, EmissionFactor factor)
    {
        using var w = new Utf8JsonWriter(output, Options);
        Write(w, factor);
        w.Flush();
        output.Write("\n"u8);
    }

    public static void Write(Utf8JsonWriter w, EmissionFactor f)
    {
        w.WriteStartObject();
        w.WriteString("id", f.Id);
        w.WriteString("kind", f.Kind);
        w.WriteString("name", f.Name);
        w.WriteNumber("value", f.Value);
        w.WriteString("unit", f.Unit);
        w.WriteString("source", f.Source);
        w.WriteString("version", f.Version);
        Year(w, "validFromYear", f.ValidFromYear);
        Year(w, "validToYear", f.ValidToYear);
        w.WriteString("confidence", f.Confidence.ToString());
        if (f.Country is not null)
        {
            w.WriteString("country", f.Country);
        }

        if (f.Notes is not null)
        {
            w.WriteString("notes", f.Notes);
        }

        w.WriteEndObject();
    }

    private static void Year(Utf8JsonWriter w, string name, int? year)
    {
        if (year is { } y)
        {
            w.WriteNumber(name, y);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
