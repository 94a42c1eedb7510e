using System.Globalization;
using System.Text.Json;

namespace Calcine.Application.Json;

/// <summary>A JSON input error at a JSON path, turned into a <c>ValidationError</c> by the reader.</summary>
public sealed class JsonPathException(string path, string message) : Exception(message)
{
    public string Path { get; } = path;
}

/// <summary>One JSON object read strictly: only the allowed keys, each once; typed getters that name
/// the path of whatever is wrong. For small configuration files (limits, settings).</summary>
public sealed class StrictJsonObject
{
    private readonly JsonElement element;

    public StrictJsonObject(JsonElement element, string path, params string[] allowed)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new JsonPathException(path, $"must be an object, not {Kind(element)}");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in element.EnumerateObject())
        {
            if (System.Array.IndexOf(allowed, p.Name) < 0)
            {
                throw new JsonPathException($"{path}.{Printable(p.Name)}", $"unknown key; allowed here: {string.Join(", ", allowed)}");
            }

            if (!seen.Add(p.Name))
            {
                throw new JsonPathException($"{path}.{p.Name}", "the key appears twice");
            }
        }

        this.element = element;
        Path = path;
    }

    public string Path { get; }

    public bool Has(string key) => element.TryGetProperty(key, out _);

    public JsonElement? Child(string key) => element.TryGetProperty(key, out var v) ? v : null;

    public JsonElement Required(string key) =>
        element.TryGetProperty(key, out var v) ? v : throw new JsonPathException($"{Path}.{key}", "is required");

    public string String(string key, int maxLength)
    {
        var v = Required(key);
        if (v.ValueKind != JsonValueKind.String)
        {
            throw new JsonPathException($"{Path}.{key}", $"must be a string, not {Kind(v)}");
        }

        var s = v.GetString()!;
        if (s.Length == 0 || s.Length > maxLength || s.Any(char.IsControl))
        {
            throw new JsonPathException($"{Path}.{key}", $"must be 1 to {maxLength} printable characters");
        }

        return s;
    }

    /// <summary>A number in [min, max], or null when the key holds null.</summary>
    public double? NullableNumber(string key, double min, double max)
    {
        var v = Required(key);
        return v.ValueKind == JsonValueKind.Null ? null : Number(v, $"{Path}.{key}", min, max);
    }

    /// <summary>A number in [min, max]; <paramref name="fallback"/> when the key is absent; null is an error.</summary>
    public double Number(string key, double min, double max, double fallback) =>
        Has(key) ? NullableNumber(key, min, max) ?? throw new JsonPathException($"{Path}.{key}", "must be a number, not null") : fallback;

    /// <summary>A whole number in [min, max], or null when the key holds null.</summary>
    public int? NullableInteger(string key, int min, int max)
    {
        var v = Required(key);
        if (v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out var i))
        {
            throw new JsonPathException($"{Path}.{key}", $"must be a whole number, not {(v.ValueKind == JsonValueKind.Number ? Printable(v.GetRawText()) : Kind(v))}");
        }

        if (i < min || i > max)
        {
            throw new JsonPathException($"{Path}.{key}", $"{i} is outside [{min}, {max}]");
        }

        return i;
    }

    public static double Number(JsonElement v, string path, double min, double max)
    {
        if (v.ValueKind != JsonValueKind.Number || !v.TryGetDouble(out var d) || !double.IsFinite(d))
        {
            throw new JsonPathException(path, $"must be a number, not {(v.ValueKind == JsonValueKind.Number ? Printable(v.GetRawText()) : Kind(v))}");
        }

        if (d < min || d > max)
        {
            throw new JsonPathException(path, $"{d.ToString("R", CultureInfo.InvariantCulture)} is outside [{min.ToString(CultureInfo.InvariantCulture)}, {max.ToString(CultureInfo.InvariantCulture)}]");
        }

        return d;
    }

    public JsonElement.ArrayEnumerator Array(string key, int maxItems)
    {
        var v = Required(key);
        if (v.ValueKind != JsonValueKind.Array)
        {
            throw new JsonPathException($"{Path}.{key}", $"must be an array, not {Kind(v)}");
        }

        var n = v.GetArrayLength();
        if (n == 0 || n > maxItems)
        {
            throw new JsonPathException($"{Path}.{key}", $"must hold 1 to {maxItems} items, not {n}");
        }

        return v.EnumerateArray();
    }

    public static string Kind(JsonElement v) => v.ValueKind.ToString().ToLowerInvariant();

    public static string Printable(string s) => new([.. s.Take(40).Select(ch => char.IsControl(ch) ? '?' : ch)]);
}
