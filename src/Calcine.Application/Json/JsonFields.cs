using System.Text.Json;

namespace Calcine.Application.Json;

/// <summary>The field shapes every result writer shares, written once: a value that may be unknown
/// is written as JSON null under its name, never left out and never written as zero.</summary>
public static class JsonFields
{
    public static void WriteNumberOrNull(this Utf8JsonWriter w, string name, decimal? value)
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

    public static void WriteNumberOrNull(this Utf8JsonWriter w, string name, double? value)
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

    public static void WriteNumberOrNull(this Utf8JsonWriter w, string name, int? value)
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

    public static void WriteBooleanOrNull(this Utf8JsonWriter w, string name, bool? value)
    {
        if (value is { } v)
        {
            w.WriteBoolean(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
