using System.Globalization;
using System.Text;
using System.Text.Json;
using Calcine.Domain.Results;

namespace Calcine.Application.Co2.Document;

/// <summary>Reads one JSON object strictly: every value is checked for type and range, every error
/// names its JSON path, and a property nobody asked for is an error (a typo must not turn into a
/// silent default).</summary>
internal sealed class JsonObjectReader
{
    private readonly Dictionary<string, JsonElement> properties = new(StringComparer.Ordinal);
    private readonly HashSet<string> read = new(StringComparer.Ordinal);
    private readonly List<ValidationError> errors;

    private JsonObjectReader(string path, List<ValidationError> errors)
    {
        Path = path;
        this.errors = errors;
    }

    public string Path { get; }

    public static JsonObjectReader? Open(JsonElement element, string path, List<ValidationError> errors)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new(path, $"must be an object, got {Describe(element)}"));
            return null;
        }

        var reader = new JsonObjectReader(path, errors);
        foreach (var p in element.EnumerateObject())
        {
            if (!reader.properties.TryAdd(p.Name, p.Value))
            {
                errors.Add(new(reader.Child(p.Name), "appears more than once"));
            }
        }

        return reader;
    }

    public string Child(string name) => PathOf(Path, name);

    /// <summary>A child's JSON path: <c>$.plant.id</c> for ordinary names, <c>$.plant['kiln process']</c>
    /// (escaped) for any other, so a path is always one line and always reads back unambiguously.</summary>
    public static string PathOf(string parent, string name) =>
        IsPlainName(name) ? $"{parent}.{name}" : $"{parent}['{Escape(name, '\'')}']";

    public bool Has(string name) => properties.ContainsKey(name);

    /// <summary>True when the property is present with a value other than null.</summary>
    public bool HasValue(string name) => properties.TryGetValue(name, out var e) && e.ValueKind != JsonValueKind.Null;

    public void Error(string name, string message) => errors.Add(new(Child(name), message));

    public decimal? Number(string name, bool required, decimal min, decimal max)
    {
        if (!TryTake(name, required, out var e))
        {
            return null;
        }

        if (e.ValueKind != JsonValueKind.Number)
        {
            Error(name, $"must be a number, got {Describe(e)}");
            return null;
        }

        if (!e.TryGetDecimal(out var value))
        {
            Error(name, $"number {Truncate(e.GetRawText())} is out of range ({Format(min)} to {Format(max)})");
            return null;
        }

        if (value < min || value > max)
        {
            Error(name, $"{Format(value)} is out of range ({Format(min)} to {Format(max)})");
            return null;
        }

        return value;
    }

    public decimal? Fraction(string name, bool required) => Number(name, required, 0m, 1m);

    public int? Integer(string name, bool required, int min, int max)
    {
        var n = Number(name, required, min, max);
        if (n is { } v && v != decimal.Truncate(v))
        {
            Error(name, $"must be a whole number, got {Format(v)}");
            return null;
        }

        return n is null ? null : (int)n.Value;
    }

    public string? String(string name, bool required, int maxLength = 200)
    {
        if (!TryTake(name, required, out var e))
        {
            return null;
        }

        if (e.ValueKind != JsonValueKind.String)
        {
            Error(name, $"must be a string, got {Describe(e)}");
            return null;
        }

        var s = e.GetString()!;
        if (s.Length > maxLength)
        {
            Error(name, $"is {s.Length} characters long; at most {maxLength} are allowed");
            return null;
        }

        if (s.Any(char.IsControl))
        {
            Error(name, "contains control characters");
            return null;
        }

        return s;
    }

    public bool? Bool(string name)
    {
        if (!TryTake(name, false, out var e))
        {
            return null;
        }

        if (e.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            Error(name, $"must be true or false, got {Describe(e)}");
            return null;
        }

        return e.GetBoolean();
    }

    public T? Enum<T>(string name, bool required, IReadOnlyDictionary<string, T> values)
        where T : struct
    {
        var s = String(name, required, 64);
        if (s is null)
        {
            return null;
        }

        if (values.TryGetValue(s, out var v))
        {
            return v;
        }

        Error(name, $"unknown value {Quote(s)}; expected one of {string.Join(", ", values.Keys.Select(k => $"\"{k}\""))}");
        return null;
    }

    public JsonObjectReader? Object(string name, bool required) =>
        TryTake(name, required, out var e) ? Open(e, Child(name), errors) : null;

    /// <summary>The items of an array with their paths; null when absent or not an array.</summary>
    public List<(JsonElement Item, string Path)>? Array(string name, bool required, int maxItems)
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
        if (count > maxItems)
        {
            Error(name, $"has {count} items; at most {maxItems} are allowed");
            return null;
        }

        var items = new List<(JsonElement, string)>(count);
        var i = 0;
        foreach (var item in e.EnumerateArray())
        {
            items.Add((item, $"{Child(name)}[{i++}]"));
        }

        return items;
    }

    /// <summary>Reports every property that no one read: unknown fields are errors, not ignored.</summary>
    public void RejectUnknown()
    {
        foreach (var name in properties.Keys)
        {
            if (!read.Contains(name))
            {
                Error(name, "unknown field");
            }
        }
    }

    private bool TryTake(string name, bool required, out JsonElement element)
    {
        read.Add(name);
        if (properties.TryGetValue(name, out element) && element.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        if (required)
        {
            Error(name, properties.ContainsKey(name) ? "is required and must not be null" : "is required");
        }

        return false;
    }

    private static string Describe(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => $"string {Quote(e.GetString()!)}",
        JsonValueKind.Number => $"number {Truncate(e.GetRawText())}",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Array => "array",
        JsonValueKind.Object => "object",
        _ => "null",
    };

    /// <summary>At most 40 characters of <paramref name="s"/>, never cutting a surrogate pair in two.</summary>
    private static string Truncate(string s) =>
        s.Length <= 40 ? s : s[..(char.IsHighSurrogate(s[39]) ? 39 : 40)] + "…";

    /// <summary>A value from the document as it may appear in a message: quoted, shortened, and with
    /// control characters escaped, so echoing input can never break or forge an error line.</summary>
    internal static string Quote(string s) => $"\"{Escape(Truncate(s), '"')}\"";

    /// <summary>Text from elsewhere (a parser's message) with its control characters escaped.</summary>
    internal static string OneLine(string s) => Escape(s, null);

    private static bool IsPlainName(string name) =>
        name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    private static string Escape(string s, char? quote)
    {
        var b = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (quote is not null && (c == '\\' || c == quote))
            {
                b.Append('\\').Append(c);
            }
            else if (char.IsControl(c) || c is '\u2028' or '\u2029')
            {
                // Line and paragraph separators end a line in some terminals and editors too.
                b.Append(c switch { '\n' => @"\n", '\r' => @"\r", '\t' => @"\t", _ => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture) });
            }
            else
            {
                b.Append(c);
            }
        }

        return b.ToString();
    }

    internal static string Format(decimal d) => d.ToString(CultureInfo.InvariantCulture);
}
