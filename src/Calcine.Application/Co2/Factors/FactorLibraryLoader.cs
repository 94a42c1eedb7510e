using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.RegularExpressions;
using Calcine.Domain.Factors;

namespace Calcine.Application.Co2.Factors;

/// <summary>Loads the factor libraries shipped as embedded JSON (<c>Co2/Factors/library-VERSION.json</c>).
/// Every version ever shipped stays embedded, so a past result can be recomputed with the factors it
/// used. The data is part of the program, not user input: an invalid entry is a programming error and
/// throws <see cref="InvalidDataException"/> naming the file, the entry and the field.</summary>
public static partial class FactorLibraryLoader
{
    public const string Format = "calcine-factor-library/1";
    private const string ResourcePrefix = "Calcine.Factors.library-";
    private const string ResourceSuffix = ".json";

    private static readonly string[] RootFields = ["format", "version", "description", "factors"];
    private static readonly string[] RequiredFactorFields = ["id", "kind", "name", "value", "unit", "source", "version", "validFromYear", "validToYear", "confidence"];
    private static readonly string[] OptionalFactorFields = ["country", "notes"];

    private static readonly ConcurrentDictionary<string, FactorLibrary> Loaded = new(StringComparer.Ordinal);
    private static readonly Lazy<IReadOnlyList<string>> Shipped = new(FindShippedVersions);

    /// <summary>The newest library shipped, parsed once and cached.</summary>
    public static FactorLibrary Default => Load(Shipped.Value[^1]);

    /// <summary>The versions shipped with this build, oldest first.</summary>
    public static IReadOnlyList<string> Versions => Shipped.Value;

    /// <summary>One shipped version, parsed once and cached.</summary>
    public static FactorLibrary Load(string version)
    {
        if (!Versions.Contains(version, StringComparer.Ordinal))
        {
            throw new KeyNotFoundException($"factor library {version} is not shipped; shipped versions: {string.Join(", ", Versions)}");
        }

        return Loaded.GetOrAdd(version, v =>
        {
            var name = ResourcePrefix + v + ResourceSuffix;
            using var stream = typeof(FactorLibraryLoader).Assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"embedded resource {name} is missing");
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var library = Parse(buffer.ToArray(), name);
            return library.Version == v
                ? library
                : throw new InvalidDataException($"{name}: field 'version' is {library.Version}, but the file name says {v}");
        });
    }

    /// <summary>Parses a library document strictly: unknown or duplicate fields, missing fields, wrong
    /// types, unknown kinds or confidences, and duplicate ids all throw.</summary>
    public static FactorLibrary Parse(ReadOnlySpan<byte> utf8Json, string origin)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json.ToArray());
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{origin}: not valid JSON: {ex.Message}", ex);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidDataException($"{origin}: the document must be a JSON object");
            }

            var fields = Fields(root, origin, RootFields, ["format", "version", "factors"]);
            var format = RequiredString(fields, "format", origin);
            if (format != Format)
            {
                throw new InvalidDataException($"{origin}: field 'format' is '{format}'; expected '{Format}'");
            }

            var version = RequiredString(fields, "version", origin);
            var libraryVersion = ParseVersion(version, "version", origin);
            if (fields["factors"].ValueKind != JsonValueKind.Array)
            {
                throw new InvalidDataException($"{origin}: field 'factors' must be an array");
            }

            var factors = new List<EmissionFactor>();
            var ids = new HashSet<string>(StringComparer.Ordinal);
            var index = 0;
            foreach (var element in fields["factors"].EnumerateArray())
            {
                var factor = ReadFactor(element, $"{origin}: factors[{index}]", libraryVersion);
                if (!ids.Add(factor.Id))
                {
                    throw new InvalidDataException($"{origin}: factors[{index}] ({factor.Id}): field 'id': the id appears twice");
                }

                factors.Add(factor);
                index++;
            }

            return new FactorLibrary(version, factors);
        }
    }

    private static EmissionFactor ReadFactor(JsonElement element, string where, Version libraryVersion)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"{where}: each factor must be a JSON object");
        }

        // Name the entry by its id in every message, as soon as the id can be read.
        if (element.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String)
        {
            where = $"{where} ({idElement.GetString()})";
        }

        var fields = Fields(element, where, [.. RequiredFactorFields, .. OptionalFactorFields], RequiredFactorFields);
        var id = RequiredString(fields, "id", where);
        if (!IdPattern().IsMatch(id))
        {
            throw new InvalidDataException($"{where}: field 'id': '{id}' is not kebab-case (lower-case letters and digits separated by '-')");
        }

        var kind = RequiredString(fields, "kind", where);
        if (!FactorKinds.IsKnown(kind))
        {
            throw new InvalidDataException($"{where}: field 'kind': '{kind}' is not one of {string.Join(", ", FactorKinds.All)}");
        }

        var value = fields["value"];
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out var number))
        {
            throw new InvalidDataException($"{where}: field 'value' must be a JSON number");
        }

        if (number < 0)
        {
            throw new InvalidDataException($"{where}: field 'value' is negative; library values are magnitudes");
        }

        var entryVersion = RequiredString(fields, "version", where);
        if (ParseVersion(entryVersion, "version", where) > libraryVersion)
        {
            throw new InvalidDataException($"{where}: field 'version': {entryVersion} is newer than the library itself");
        }

        var from = OptionalYear(fields, "validFromYear", where);
        var to = OptionalYear(fields, "validToYear", where);
        if (from > to)
        {
            throw new InvalidDataException($"{where}: field 'validToYear': {to} is before validFromYear {from}");
        }

        var confidenceText = RequiredString(fields, "confidence", where);
        if (!Enum.GetNames<FactorConfidence>().Contains(confidenceText, StringComparer.Ordinal))
        {
            throw new InvalidDataException($"{where}: field 'confidence': '{confidenceText}' is not one of {string.Join(", ", Enum.GetNames<FactorConfidence>())}");
        }

        var confidence = Enum.Parse<FactorConfidence>(confidenceText);
        var country = OptionalString(fields, "country", where);
        if (country is not null && !CountryPattern().IsMatch(country))
        {
            throw new InvalidDataException($"{where}: field 'country': '{country}' is not an ISO 3166 alpha-2 code (or EU)");
        }

        var notes = OptionalString(fields, "notes", where);
        if (confidence != FactorConfidence.Found && notes is null)
        {
            throw new InvalidDataException($"{where}: field 'notes' is required when confidence is {confidence}: say what to verify or how the value was derived");
        }

        return new EmissionFactor(
            id, kind, RequiredString(fields, "name", where), number, RequiredString(fields, "unit", where),
            RequiredString(fields, "source", where), entryVersion, from, to, confidence, country, notes);
    }

    private static Dictionary<string, JsonElement> Fields(JsonElement obj, string where, string[] allowed, string[] required)
    {
        var fields = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var p in obj.EnumerateObject())
        {
            if (!allowed.Contains(p.Name, StringComparer.Ordinal))
            {
                throw new InvalidDataException($"{where}: field '{p.Name}' is not part of {Format}");
            }

            if (!fields.TryAdd(p.Name, p.Value))
            {
                throw new InvalidDataException($"{where}: field '{p.Name}' appears twice");
            }
        }

        foreach (var name in required)
        {
            if (!fields.ContainsKey(name))
            {
                throw new InvalidDataException($"{where}: field '{name}' is missing");
            }
        }

        return fields;
    }

    private static string RequiredString(Dictionary<string, JsonElement> fields, string name, string where) =>
        OptionalString(fields, name, where) ?? throw new InvalidDataException($"{where}: field '{name}' must be a non-empty string");

    private static string? OptionalString(Dictionary<string, JsonElement> fields, string name, string where)
    {
        if (!fields.TryGetValue(name, out var e) || e.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var text = e.ValueKind == JsonValueKind.String ? e.GetString()! : throw new InvalidDataException($"{where}: field '{name}' must be a string");
        return text.Length > 0 && text.Trim().Length == text.Length
            ? text
            : throw new InvalidDataException($"{where}: field '{name}' must be non-empty, without leading or trailing spaces");
    }

    private static int? OptionalYear(Dictionary<string, JsonElement> fields, string name, string where)
    {
        var e = fields[name];
        if (e.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out var year) && year is >= 1900 and <= 2100
            ? year
            : throw new InvalidDataException($"{where}: field '{name}' must be null or a year between 1900 and 2100");
    }

    private static Version ParseVersion(string text, string field, string where) =>
        VersionPattern().IsMatch(text)
            ? Version.Parse(text)
            : throw new InvalidDataException($"{where}: field '{field}': '{text}' is not a library version (YYYY.N)");

    private static IReadOnlyList<string> FindShippedVersions()
    {
        var versions = typeof(FactorLibraryLoader).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(ResourceSuffix, StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..^ResourceSuffix.Length])
            .ToList();
        foreach (var v in versions)
        {
            ParseVersion(v, "file name", ResourcePrefix + v + ResourceSuffix);
        }

        return versions.Count > 0
            ? [.. versions.OrderBy(Version.Parse)]
            : throw new InvalidOperationException($"no factor library is embedded in {typeof(FactorLibraryLoader).Assembly.GetName().Name}");
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex CountryPattern();

    [GeneratedRegex(@"^[0-9]{4}\.[0-9]+$")]
    private static partial Regex VersionPattern();
}
