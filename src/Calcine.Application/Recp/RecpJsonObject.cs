using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Calcine.Application.Co2.Document;
using Calcine.Domain.Results;

namespace Calcine.Application.Recp;

/// <summary>Reads one object of a RECP document strictly: every member it does not read is "unknown"
/// (except <c>note</c> and <c>x-…</c>), null only where a field allows it, strings non-empty, and every
/// error names its JSON path (recp-format.md, common rules).</summary>
internal sealed partial class RecpJsonObject
{
    private readonly JsonElement element;
    private readonly HashSet<string> read = new(StringComparer.Ordinal);

    private RecpJsonObject(JsonElement element, string path, List<ValidationError> errors)
    {
        this.element = element;
        Path = path;
        Errors = errors;
    }

    public string Path { get; }

    public List<ValidationError> Errors { get; }

    public static RecpJsonObject? Open(JsonElement element, string path, List<ValidationError> errors)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new(path, $"must be an object, got {Describe(element)}"));
            return null;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in element.EnumerateObject().Where(p => !seen.Add(p.Name)))
        {
            errors.Add(new(JsonObjectReader.PathOf(path, p.Name), "duplicate member: it appears more than once"));
        }

        return new RecpJsonObject(element, path, errors);
    }

    public string Child(string name) => JsonObjectReader.PathOf(Path, name);

    public void Error(string name, string message) => Errors.Add(new(Child(name), message));

    /// <summary>Reports every member no accessor asked for.</summary>
    public void RejectUnknown()
    {
        foreach (var p in element.EnumerateObject())
        {
            if (!read.Contains(p.Name) && p.Name != "note" && !p.Name.StartsWith("x-", StringComparison.Ordinal))
            {
                Errors.Add(new(Child(p.Name), $"unknown member {JsonObjectReader.Quote(p.Name)}"));
            }
        }
    }

    /// <summary>Marks a member as known without reading it (a field the caller reads itself).</summary>
    public bool TryGet(string name, out JsonElement value)
    {
        read.Add(name);
        return element.TryGetProperty(name, out value);
    }

    public bool Has(string name) => element.TryGetProperty(name, out _);

    public double? Number(string name, bool required, Func<double, bool> rule, string ruleText) =>
        Take(name, required, out var e) ? NumberAt(e, Child(name), rule, ruleText, Errors) : null;

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
            errors.Add(new(path, $"{Format(v)} is out of range: {ruleText}"));
            return null;
        }

        return v;
    }

    /// <summary>An integer literal (digits only: 10, not 10.0 or 1e1) within the bounds.</summary>
    public int? IntegerLiteral(string name, bool required, int min, int max)
    {
        if (!Take(name, required, out var e))
        {
            return null;
        }

        if (e.ValueKind != JsonValueKind.Number)
        {
            Error(name, $"must be an integer, got {Describe(e)}");
            return null;
        }

        var raw = e.GetRawText();
        if (!raw.All(char.IsAsciiDigit) || !int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var v))
        {
            Error(name, $"must be an integer literal written with digits only, got {Short(raw)}");
            return null;
        }

        if (v < min || v > max)
        {
            Error(name, $"{v} is out of range ({min} to {max})");
            return null;
        }

        return v;
    }

    public string? String(string name, bool required, int maxLength = 1000) =>
        Take(name, required, out var e) ? StringAt(e, Child(name), maxLength, Errors) : null;

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

        return s;
    }

    /// <summary>An identifier matching <c>[A-Za-z0-9._-]{1,64}</c>.</summary>
    public string? Identifier(string name, bool required) => Pattern(name, required, IdentifierPattern(), "[A-Za-z0-9._-]{1,64}");

    public string? Pattern(string name, bool required, Regex pattern, string shown)
    {
        var s = String(name, required);
        if (s is not null && !pattern.IsMatch(s))
        {
            Error(name, $"{JsonObjectReader.Quote(s)} does not match the pattern {shown}");
            return null;
        }

        return s;
    }

    public RecpJsonObject? Object(string name, bool required) =>
        Take(name, required, out var e) ? Open(e, Child(name), Errors) : null;

    /// <summary>The items of an array with their paths; null when absent, not an array or outside the size.</summary>
    public List<(JsonElement Item, string Path)>? Array(string name, bool required, int minItems, int maxItems)
    {
        if (!Take(name, required, out var e))
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

    /// <summary>True with the value when present; a null value is an error here (allowed nulls are read with <see cref="TryGet"/>).</summary>
    private bool Take(string name, bool required, out JsonElement e)
    {
        read.Add(name);
        if (!element.TryGetProperty(name, out e))
        {
            if (required)
            {
                Error(name, "is required");
            }

            return false;
        }

        if (e.ValueKind == JsonValueKind.Null)
        {
            Error(name, required ? "is required and must not be null" : "must not be null: leave the member out instead");
            return false;
        }

        return true;
    }

    public static string Describe(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => $"string {JsonObjectReader.Quote(Short(e.GetString()!))}",
        JsonValueKind.Number => $"number {Short(e.GetRawText())}",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Array => "array",
        JsonValueKind.Object => "object",
        _ => "null",
    };

    private static string Short(string s) => s.Length <= 40 ? s : s[..40] + "…";

    public static string Format(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$", RegexOptions.CultureInvariant)]
    public static partial Regex IdentifierPattern();

    [GeneratedRegex("^[A-Z]{3}$", RegexOptions.CultureInvariant)]
    public static partial Regex CurrencyPattern();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,63}$", RegexOptions.CultureInvariant)]
    public static partial Regex VariablePattern();

    [GeneratedRegex("^[0-9]{4}-(0[1-9]|1[0-2])$", RegexOptions.CultureInvariant)]
    public static partial Regex MonthPattern();
}
