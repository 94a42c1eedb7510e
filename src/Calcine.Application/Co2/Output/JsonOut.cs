using System.Text.Json;
using Calcine.Application.Json;
using Calcine.Domain.Results;

namespace Calcine.Application.Co2.Output;

/// <summary>Small helpers shared by the result writers.</summary>
public static class JsonOut
{
    /// <summary>A number that may be unknown: null, never zero (see <see cref="JsonFields"/>).</summary>
    public static void Number(Utf8JsonWriter w, string name, decimal? value) => w.WriteNumberOrNull(name, value);

    /// <summary>Errors as an array of <c>{path, message}</c>: what is missing or not determined, naming the field to fill.</summary>
    public static void Errors(Utf8JsonWriter w, string name, IEnumerable<ValidationError> errors)
    {
        w.WriteStartArray(name);
        foreach (var e in errors)
        {
            w.WriteStartObject();
            w.WriteString("path", e.Path);
            w.WriteString("message", e.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    public static string Invariant(decimal value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static void Trace(Utf8JsonWriter w, CalculationTrace? trace)
    {
        if (trace is null)
        {
            return;
        }

        w.WriteStartArray("trace");
        foreach (var s in trace.Steps)
        {
            w.WriteStartObject();
            w.WriteString("id", s.Id);
            w.WriteString("description", s.Description);
            w.WriteString("formula", s.Formula);
            w.WriteNumber("value", s.Value);
            w.WriteString("unit", s.Unit);
            w.WriteStartArray("inputs");
            foreach (var i in s.Inputs)
            {
                w.WriteStartObject();
                w.WriteString("name", i.Name);
                w.WriteNumber("value", i.Value);
                w.WriteString("unit", i.Unit);
                w.WriteString("source", i.Source);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    public static void Warnings(Utf8JsonWriter w, IReadOnlyList<PlausibilityWarning> warnings)
    {
        w.WriteStartArray("warnings");
        foreach (var x in warnings)
        {
            w.WriteStartObject();
            w.WriteString("id", x.Id);
            w.WriteString("path", x.Path);
            w.WriteNumber("value", x.Value);
            w.WriteString("expectedRange", x.ExpectedRange);
            w.WriteString("why", x.Why);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
