using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Calcine.Application.Co2.Document;
using Calcine.Domain.Results;
using Calcine.Domain.Roadmaps.Library;

namespace Calcine.Application.Roadmaps;

public static partial class RoadmapScenarioReader
{
    public static readonly IReadOnlyDictionary<string, Confidence> Confidences = new Dictionary<string, Confidence>(StringComparer.Ordinal)
    {
        ["verified"] = Confidence.Verified,
        ["recalled"] = Confidence.Recalled,
        ["assumption"] = Confidence.Assumption,
    };

    /// <summary>Reads <c>{"levers": [...], "note": "…"}</c>: levers in the scenario format, each with
    /// optional <c>sources</c> (field name → {source, confidence}). The same rules and JSON paths as
    /// a scenario's <c>$.levers</c>; a lever's requires may name levers of <paramref name="known"/>.</summary>
    public static Result<(IReadOnlyList<LeverCard> Cards, string? Note)> ReadLeverCards(ReadOnlySpan<byte> utf8, IReadOnlyCollection<string> known)
    {
        if (utf8.IsEmpty || !Utf8.IsValid(utf8))
        {
            return Result<(IReadOnlyList<LeverCard>, string?)>.Fail("$", "not valid UTF-8 JSON");
        }

        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(utf8.ToArray(), Options);
        }
        catch (JsonException ex)
        {
            return Result<(IReadOnlyList<LeverCard>, string?)>.Fail("$", $"not valid JSON at line {(ex.LineNumber ?? 0) + 1}, byte {(ex.BytePositionInLine ?? 0) + 1}");
        }

        using (doc)
        {
            var errors = new List<ValidationError>();
            JsonTextCheck.Check(doc.RootElement, "$", errors);
            var r = errors.Count == 0 ? RoadmapJsonObject.Open(doc.RootElement, "$", errors) : null;
            if (r is null)
            {
                return Result<(IReadOnlyList<LeverCard>, string?)>.Fail([.. errors.Take(100)]);
            }

            var note = r.String("note", false, 2000);
            var items = r.Array("levers", true, 1, MaxLevers);
            var cards = new List<LeverCard>();
            foreach (var (item, path) in items ?? [])
            {
                if (ReadLever(item, path, errors) is not { } lever)
                {
                    continue;
                }

                if (cards.Any(c => c.Id == lever.Id))
                {
                    errors.Add(new($"{path}.id", $"duplicate lever id {JsonObjectReader.Quote(lever.Id)}"));
                }

                for (var j = 0; j < lever.Requires.Count; j++)
                {
                    if (!known.Contains(lever.Requires[j]) && !items!.Any(x => x.Item.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() == lever.Requires[j]))
                    {
                        errors.Add(new($"{path}.requires[{j}]", $"unknown lever {JsonObjectReader.Quote(lever.Requires[j])}"));
                    }
                }

                cards.Add(new LeverCard(lever, ReadSources(RoadmapJsonObject.Open(item, path, errors)!)));
            }

            return errors.Count == 0
                ? Result<(IReadOnlyList<LeverCard>, string?)>.Ok((cards, note))
                : Result<(IReadOnlyList<LeverCard>, string?)>.Fail([.. errors.Take(100)]);
        }
    }

    private static Dictionary<string, ValueSource> ReadSources(RoadmapJsonObject lever)
    {
        var result = new Dictionary<string, ValueSource>(StringComparer.Ordinal);
        var sources = lever.Object("sources", false);
        if (sources is null)
        {
            return result;
        }

        foreach (var name in sources.Names())
        {
            var s = sources.Object(name, true);
            if (s is null)
            {
                continue;
            }

            var text = s.String("source", true, 2000);
            var confidence = Enum(s, "confidence", Confidences);
            if (text is not null && confidence is { } c)
            {
                result[name] = new ValueSource(text, c);
            }
        }

        return result;
    }

    /// <summary>The cards as the library stores them (and the API lists them).</summary>
    public static byte[] WriteLeverCards(IReadOnlyList<LeverCard> cards)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteStartArray("levers");
            foreach (var card in cards)
            {
                RoadmapScenarioWriter.WriteLever(w, card.Lever, x =>
                {
                    x.WriteStartObject("sources");
                    foreach (var (field, source) in card.Sources)
                    {
                        x.WriteStartObject(field);
                        x.WriteString("source", source.Source);
                        x.WriteString("confidence", RoadmapScenarioWriter.Name(Confidences, source.Confidence));
                        x.WriteEndObject();
                    }

                    x.WriteEndObject();
                });
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return buffer.ToArray();
    }

    internal static string Utf8Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);
}
