using System.Text.Json;
using Calcine.Domain.Recp;

namespace Calcine.Application.Recp;

/// <summary>Helpers the RECP result writers share: unrounded doubles, nullable members always present.</summary>
internal static class RecpJsonWriting
{
    public static readonly JsonWriterOptions Options = new() { Indented = true };

    public static void NumberOrNull(this Utf8JsonWriter w, string name, double? value)
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

    public static void StringOrNull(this Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    /// <summary>A cost block: optionally its kg first, then material, energy, system, (waste management), total.</summary>
    public static void Cost(this Utf8JsonWriter w, string name, CostBlock c, double? kg = null, bool wasteManagement = true)
    {
        w.WriteStartObject(name);
        w.CostMembers(c, kg, wasteManagement);
        w.WriteEndObject();
    }

    public static void CostMembers(this Utf8JsonWriter w, CostBlock c, double? kg, bool wasteManagement)
    {
        if (kg is { } k)
        {
            w.WriteNumber("kg", k);
        }

        w.WriteNumber("material", c.Material);
        w.WriteNumber("energy", c.Energy);
        w.WriteNumber("system", c.System);
        if (wasteManagement)
        {
            w.WriteNumber("wasteManagement", c.WasteManagement);
        }

        w.WriteNumber("total", c.Total);
    }
}
