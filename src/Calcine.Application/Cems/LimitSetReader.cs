using System.Globalization;
using System.Text.Json;
using Calcine.Application.Json;
using Calcine.Domain.Cems;
using Calcine.Domain.Cems.Limits;
using Calcine.Domain.Results;

namespace Calcine.Application.Cems;

/// <summary>Reads a site's own limit set (a permit or a provincial standard) from the JSON of
/// docs/formats/cems-limits.md, strictly: every key required, unknown keys, wrong types, values
/// out of range and versions out of order are errors naming their JSON path.</summary>
public static class LimitSetReader
{
    public const int MaxBytes = 256 * 1024;
    private const int MaxVersions = 100;

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 8, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = false };

    public static IReadOnlyList<string> SourceKeys { get; } = ["kiln-tail", "kiln-head", "other-ventilated", "independent-heat-dryer"];

    public static Result<LimitSet> Read(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxBytes)
        {
            return Result<LimitSet>.Fail("$", $"the limits file is {utf8.Length} bytes; at most {MaxBytes}");
        }

        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        try
        {
            using var doc = JsonDocument.Parse(utf8.ToArray(), Options);
            return Result<LimitSet>.Ok(ReadRoot(doc.RootElement));
        }
        catch (JsonException ex)
        {
            return Result<LimitSet>.Fail($"line {(ex.LineNumber ?? 0) + 1}", $"not valid JSON: {ex.Message.Split(". ")[0]}");
        }
        catch (JsonPathException ex)
        {
            return Result<LimitSet>.Fail(ex.Path, ex.Message);
        }
    }

    private static LimitSet ReadRoot(JsonElement root)
    {
        var o = new StrictJsonObject(root, "$", "id", "title", "source", "referenceO2Percent", "versions");
        var id = o.String("id", 64);
        var title = o.String("title", 200);
        var sourceKey = o.String("source", 32);
        var index = SourceKeys.ToList().IndexOf(sourceKey);
        if (index < 0)
        {
            throw new JsonPathException("$.source", $"'{StrictJsonObject.Printable(sourceKey)}' is not one of {string.Join(", ", SourceKeys)}");
        }

        var reference = o.NullableNumber("referenceO2Percent", 0, 20.9);
        var versions = new List<LimitVersion>();
        var i = 0;
        foreach (var v in o.Array("versions", MaxVersions))
        {
            var version = ReadVersion(v, $"$.versions[{i}]");
            if (versions.Count > 0 && version.EffectiveFrom <= versions[^1].EffectiveFrom)
            {
                throw new JsonPathException($"$.versions[{i}].effectiveFrom", $"{version.EffectiveFrom:yyyy-MM-dd} is not after the previous version's {versions[^1].EffectiveFrom:yyyy-MM-dd}");
            }

            versions.Add(version);
            i++;
        }

        return new LimitSet(id, title, (SourceType)index, reference, Averaging.Hour, versions);
    }

    private static LimitVersion ReadVersion(JsonElement element, string path)
    {
        var o = new StrictJsonObject(element, path, "effectiveFrom", "source", "confidence", "limits");
        var dateText = o.String("effectiveFrom", 10);
        if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from))
        {
            throw new JsonPathException($"{path}.effectiveFrom", $"'{StrictJsonObject.Printable(dateText)}' is not a date yyyy-MM-dd");
        }

        var source = o.String("source", 500);
        var confidenceText = o.String("confidence", 8);
        var confidence = Enum.GetValues<Confidence>().FirstOrDefault(c => c.Tag() == confidenceText, (Confidence)(-1));
        if (!Enum.IsDefined(confidence))
        {
            throw new JsonPathException($"{path}.confidence", $"'{StrictJsonObject.Printable(confidenceText)}' is not one of V-prim, V-sec, U");
        }

        var pollutants = Enum.GetValues<Pollutant>().Select(p => p.Key()).ToArray();
        var limits = o.Required("limits");
        var l = new StrictJsonObject(limits, $"{path}.limits", pollutants);
        var values = new List<EmissionLimit>();
        foreach (var p in Enum.GetValues<Pollutant>())
        {
            if (limits.TryGetProperty(p.Key(), out var value))
            {
                values.Add(new EmissionLimit(p, StrictJsonObject.Number(value, $"{l.Path}.{p.Key()}", 0.001, 1e6), confidence, source));
            }
        }

        if (values.Count == 0)
        {
            throw new JsonPathException($"{path}.limits", $"needs at least one of {string.Join(", ", pollutants)}");
        }

        return new LimitVersion(from, values, source);
    }
}
