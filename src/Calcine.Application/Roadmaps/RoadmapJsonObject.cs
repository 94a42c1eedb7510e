using System.Globalization;
using System.Text.Json;
using Calcine.Application.Co2.Document;
using Calcine.Domain.Results;

namespace Calcine.Application.Roadmaps;

/// <summary>Reads one object of a roadmap document: each value checked for type and rule, each error
/// naming its JSON path. Unlike the plant-year reader, fields it does not know are ignored, as the
/// roadmap contract requires. Numbers are read as doubles, exactly as written.</summary>
internal sealed class RoadmapJsonObject
{
    private readonly JsonElement element;

    private RoadmapJsonObject(JsonElement element, string path, List<ValidationError> errors)
    {
        this.element = element;
        Path = path;
        Errors = errors;
    }

    public string Path { get; }

    public List<ValidationError> Errors { get; }

    public static RoadmapJsonObject? Open(JsonElement element, string path, List<ValidationError> errors)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new(path, $"must be an object, got {Describe(element)}"));
            return null;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in element.EnumerateObject())
        {
            if (!seen.Add(p.Name))
            {
                errors.Add(new(JsonObjectReader.PathOf(path, p.Name), "appears more than once"));
            }
        }

        return new RoadmapJsonObject(element, path, errors);
    }

    public string Child(string name) => JsonObjectReader.PathOf(Path, name);

    /// <summary>The object's property names, in document order.</summary>
    public IEnumerable<string> Names() => element.EnumerateObject().Select(p => p.Name).ToList();

    public void Error(string name, string message) => Errors.Add(new(Child(name), message));

    public bool Has(string name) => element.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null;

    public double? Number(string name, bool required, Func<double, bool> rule, string ruleText)
    {
        if (!TryTake(name, required, out var e))
        {
            return null;
        }

        return NumberAt(e, Child(name), rule, ruleText, Errors);
    }

    public static double? NumberAt(JsonElement e, string path, Func<double, bool> rule, string ruleText, List<ValidationError> errors)
    {
        if (e.ValueKind != JsonValueKind.Number)
        {
            errors.Add(new(path, $"must be a number, got {Describe(e)}"));
            return null;
        }

        if (!e.TryGetDouble(out var v) || !double.IsFinite(v))
        {
            errors.Add(new(path, $"number {Short(e.GetRawText())} is out of range"));
            return null;
        }

        if (!rule(v))
        {
            errors.Add(new(path, $"{Format(v)}: {ruleText}"));
            return null;
        }

        return v;
    }

    /// <summary>A whole number (a year, a life); 2030.0 is whole, 2030.5 is not.</summary>
    public int? Integer(string name, bool required, int min, int max)
    {
        if (!TryTake(name, required, out var e))
        {
            return null;
        }

        return IntegerAt(e, Child(name), min, max, Errors);
    }

    public static int? IntegerAt(JsonElement e, string path, int min, int max, List<ValidationError> errors)
    {
        var v = NumberAt(e, path, _ => true, "", errors);
        if (v is null)
        {
            return null;
        }

        if (v != Math.Floor(v.Value))
        {
            errors.Add(new(path, $"must be a whole number, got {Format(v.Value)}"));
            return null;
        }

        if (v < min || v > max)
        {
            errors.Add(new(path, $"{Format(v.Value)} is out of range ({min} to {max})"));
            return null;
        }

        return (int)v.Value;
    }

    public string? String(string name, bool required, int maxLength = 200)
    {
        if (!TryTake(name, required, out var e))
        {
            return null;
        }

        return StringAt(e, Child(name), maxLength, Errors);
    }

    public static string? StringAt(JsonElement e, string path, int maxLength, List<ValidationError> errors)
    {
        if (e.ValueKind != JsonValueKind.String)
        {
            errors.Add(new(path, $"must be a string, got {Describe(e)}"));
            return null;
        }

        var s = e.GetString()!;
        if (s.Length == 0 || s.Length > maxLength)
        {
            errors.Add(new(path, $"must hold 1 to {maxLength} characters"));
            return null;
        }

        if (s.Any(char.IsControl))
        {
            errors.Add(new(path, "contains control characters"));
            return null;
        }

        return s;
    }

    public RoadmapJsonObject? Object(string name, bool required) =>
        TryTake(name, required, out var e) ? Open(e, Child(name), Errors) : null;

    /// <summary>The items of an array with their paths; null when absent, not an array or outside the size.</summary>
    public List<(JsonElement Item, string Path)>? Array(string name, bool required, int minItems, int maxItems)
    {
        if (!TryTake(name, required, out var e))
        {
            return null;
        }

        if (e.ValueKind != JsonValueKind.Array)
        {
            Error(name, $"must be an array, got {Describe(e)}");
            return null;
        }

        var count = e.GetArrayLength();
        if (count < minItems || count > maxItems)
        {
            Error(name, count < minItems ? $"must hold at least {minItems} item(s)" : $"has {count} items; at most {maxItems} are allowed");
            return null;
        }

        var i = 0;
        return [.. e.EnumerateArray().Select(item => (item, $"{Child(name)}[{i++}]"))];
    }

    /// <summary>An object from years (keys written as decimal integers) to numbers, at least one key.</summary>
    public SortedDictionary<int, double>? YearMap(string name, bool required, Func<double, bool> rule, string ruleText)
    {
        var o = Object(name, required);
        if (o is null)
        {
            return null;
        }

        var map = new SortedDictionary<int, double>();
        var ok = true;
        foreach (var p in o.element.EnumerateObject())
        {
            var path = o.Child(p.Name);
            if (!IsYearKey(p.Name, out var year))
            {
                Errors.Add(new(path, "the key must be a year written as a decimal integer"));
                ok = false;
                continue;
            }

            var v = NumberAt(p.Value, path, rule, ruleText, Errors);
            if (v is null)
            {
                ok = false;
                continue;
            }

            map[year] = v.Value;
        }

        if (ok && map.Count == 0)
        {
            Error(name, "must hold at least one year");
            return null;
        }

        return ok ? map : null;
    }

    private static bool IsYearKey(string key, out int year)
    {
        year = 0;
        return key.Length is > 0 and <= 4 && key.All(char.IsAsciiDigit) && int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out year)
            && year is >= RoadmapScenarioReader.MinYear and <= RoadmapScenarioReader.MaxYear;
    }

    private bool TryTake(string name, bool required, out JsonElement e)
    {
        if (element.TryGetProperty(name, out e) && e.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        if (required)
        {
            Error(name, element.TryGetProperty(name, out _) ? "is required and must not be null" : "is required");
        }

        return false;
    }

    public static string Describe(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => $"string {JsonObjectReader.Quote(e.GetString()!)}",
        JsonValueKind.Number => $"number {Short(e.GetRawText())}",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Array => "array",
        JsonValueKind.Object => "object",
        _ => "null",
    };

    private static string Short(string s) => s.Length <= 40 ? s : s[..40] + "…";

    public static string Format(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
