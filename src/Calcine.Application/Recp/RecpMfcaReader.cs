using System.Text;
using System.Text.Json;
using Calcine.Application.Co2.Document;
using Calcine.Domain.Recp;
using Calcine.Domain.Results;

namespace Calcine.Application.Recp;

/// <summary>Reads a <c>recp-mfca/1</c> document (shared/spec/recp-format.md B). Structure and values are
/// checked here; cycles and centres without mass are found by <see cref="MfcaCalculator"/>, which
/// <see cref="ReadAndCalculate"/> runs so a caller gets one all-or-nothing answer.</summary>
public static class RecpMfcaReader
{
    public const string Format = "recp-mfca/1";
    public const int MaxCentres = 100;
    private const int MaxItems = 1000;

    public static Result<MfcaModel> Read(string json) => Read(Encoding.UTF8.GetBytes(json));

    public static Result<MfcaModel> Read(ReadOnlySpan<byte> utf8) => RecpDocument.Read(utf8, Format, ReadRoot);

    public static Result<MfcaResult> ReadAndCalculate(ReadOnlySpan<byte> utf8)
    {
        var model = Read(utf8);
        return model.Success ? MfcaCalculator.Calculate(model.Value) : Result<MfcaResult>.Fail(model.Errors);
    }

    private static MfcaModel? ReadRoot(RecpJsonObject r)
    {
        var before = r.Errors.Count;
        var currency = RecpDocument.Currency(r);
        var period = r.String("period", false);
        var tolerance = r.Number("massBalanceTolerance", false, v => v is > 0 and < 1, "must be above 0 and below 1");
        var items = r.Array("centres", true, 1, MaxCentres);
        if (items is null)
        {
            return null;
        }

        var ids = CentreIds(items, r.Errors);
        var centres = items.Select((c, i) => ReadCentre(c.Item, c.Path, i, ids, r.Errors)).ToList();
        return r.Errors.Count > before || currency is null || centres.Any(c => c is null)
            ? null
            : new MfcaModel(RecpDocument.EnterpriseId(r)!, currency, period, tolerance ?? MfcaModel.DefaultTolerance, [.. centres.Select(c => c!)]);
    }

    /// <summary>Centre ids to indices, read first so a product may name a centre further down the list.</summary>
    private static Dictionary<string, int> CentreIds(List<(JsonElement Item, string Path)> items, List<ValidationError> errors)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].Item.ValueKind == JsonValueKind.Object && items[i].Item.TryGetProperty("id", out var id)
                && id.ValueKind == JsonValueKind.String && RecpJsonObject.IdentifierPattern().IsMatch(id.GetString()!)
                && !ids.TryAdd(id.GetString()!, i))
            {
                errors.Add(new($"{items[i].Path}.id", $"duplicate id {JsonObjectReader.Quote(id.GetString()!)}"));
            }
        }

        return ids;
    }

    private static MfcaCentre? ReadCentre(JsonElement item, string path, int index, Dictionary<string, int> ids, List<ValidationError> errors)
    {
        if (RecpJsonObject.Open(item, path, errors) is not { } c)
        {
            return null;
        }

        var before = errors.Count;
        var id = c.Identifier("id", true);
        var name = c.String("name", false);
        var inputs = List(c, "inputs", o =>
        {
            var n = o.String("name", true);
            var kg = o.Number("kg", true, v => v >= 0, "must not be negative");
            var cost = o.Number("cost", true, v => v >= 0, "must not be negative");
            return n is not null && kg is not null && cost is not null ? new MfcaInput(n, kg.Value, cost.Value) : null;
        });
        var energy = c.Number("energyCost", false, v => v >= 0, "must not be negative");
        var system = c.Number("systemCost", false, v => v >= 0, "must not be negative");
        var products = List(c, "products", o => ReadProduct(o, index, ids));
        var losses = List(c, "losses", o =>
        {
            var n = o.String("name", true);
            var kg = o.Number("kg", true, v => v >= 0, "must not be negative");
            var wm = o.Number("wasteManagementCost", false, v => v >= 0, "must not be negative");
            return n is not null && kg is not null ? new MfcaLoss(n, kg.Value, wm ?? 0) : null;
        });
        c.RejectUnknown();
        return errors.Count > before || id is null ? null : new MfcaCentre(id, name, inputs, energy ?? 0, system ?? 0, products, losses);
    }

    private static MfcaProduct? ReadProduct(RecpJsonObject o, int from, Dictionary<string, int> ids)
    {
        var name = o.String("name", false);
        var kg = o.Number("kg", true, v => v >= 0, "must not be negative");
        int? to = null;
        if (o.TryGet("to", out var t) && t.ValueKind != JsonValueKind.Null)
        {
            if (RecpJsonObject.StringAt(t, o.Child("to"), 64, o.Errors) is not { } target)
            {
                return null;
            }

            if (!ids.TryGetValue(target, out var index))
            {
                o.Error("to", $"unknown centre {JsonObjectReader.Quote(target)}");
                return null;
            }

            if (index == from)
            {
                o.Error("to", $"sends product to its own centre {JsonObjectReader.Quote(target)}: a cycle");
                return null;
            }

            to = index;
        }

        return kg is null ? null : new MfcaProduct(name, to, kg.Value);
    }

    private static List<T> List<T>(RecpJsonObject c, string name, Func<RecpJsonObject, T?> read)
        where T : class
    {
        var result = new List<T>();
        foreach (var (item, path) in c.Array(name, false, 0, MaxItems) ?? [])
        {
            if (RecpJsonObject.Open(item, path, c.Errors) is { } o)
            {
                var value = read(o);
                o.RejectUnknown();
                if (value is not null)
                {
                    result.Add(value);
                }
            }
        }

        return result;
    }
}
