using System.Text;
using Calcine.Application.Co2.Document;
using Calcine.Domain.Recp;
using Calcine.Domain.Results;

namespace Calcine.Application.Recp;

/// <summary>Reads a <c>recp-options/1</c> document (shared/spec/recp-format.md A). Every broken rule is
/// reported with its JSON path; a document with any error yields no study.</summary>
public static partial class RecpOptionsReader
{
    public const string Format = "recp-options/1";
    public const int MaxOptions = 50;
    private const int MaxPrices = 1000;

    public static Result<RecpOptionsStudy> Read(string json) => Read(Encoding.UTF8.GetBytes(json));

    public static Result<RecpOptionsStudy> Read(ReadOnlySpan<byte> utf8) => RecpDocument.Read(utf8, Format, ReadRoot);

    private static RecpOptionsStudy? ReadRoot(RecpJsonObject r)
    {
        var errorsBefore = r.Errors.Count;
        var currency = RecpDocument.Currency(r);
        var rate = r.Number("discountRate", true, v => v is >= 0 and < 1, "must be at least 0 and below 1");
        var budget = r.Number("capexBudget", false, v => v >= 0, "must not be negative");
        var weights = ReadWeights(r);
        var prices = ReadPrices(r);
        var options = ReadOptions(r, prices);
        if (r.Errors.Count > errorsBefore || currency is null || rate is null || prices is null || options is null)
        {
            return null;
        }

        var study = new RecpOptionsStudy(RecpDocument.EnterpriseId(r)!, currency, rate.Value, budget, weights ?? ScoreWeights.Default, prices, options);
        if (budget is { } b)
        {
            var appraised = options.Select(o => OptionsAppraiser.AppraiseOne(study, o)).ToList();
            var candidates = PortfolioSelector.Candidates(appraised, b).Count;
            if (candidates > PortfolioSelector.MaxCandidates)
            {
                r.Error("capexBudget", $"{candidates} portfolio candidates (NPV > 0, 0 < CAPEX ≤ budget); at most {PortfolioSelector.MaxCandidates} are allowed");
                return null;
            }
        }

        return study;
    }

    private static ScoreWeights? ReadWeights(RecpJsonObject r)
    {
        var w = r.Object("weights", false);
        if (w is null)
        {
            return null;
        }

        var npv = w.Number("npv", true, v => v >= 0, "must not be negative");
        var payback = w.Number("payback", true, v => v >= 0, "must not be negative");
        var co2 = w.Number("co2", true, v => v >= 0, "must not be negative");
        w.RejectUnknown();
        if (npv is null || payback is null || co2 is null)
        {
            return null;
        }

        if (!(npv + payback + co2 > 0))
        {
            r.Error("weights", "the three weights must sum to more than 0");
            return null;
        }

        return new ScoreWeights(npv.Value, payback.Value, co2.Value);
    }

    private static RecpPrices? ReadPrices(RecpJsonObject r)
    {
        var p = r.Object("prices", true);
        if (p is null)
        {
            return null;
        }

        ElectricityPrice? electricity = null;
        if (p.Object("electricity", false) is { } e)
        {
            var price = e.Number("price_per_MWh", true, v => v >= 0, "must not be negative");
            var ef = e.Number("gridEf_tCO2_per_MWh", true, v => v >= 0, "must not be negative");
            e.RejectUnknown();
            electricity = price is not null && ef is not null ? new ElectricityPrice(price.Value, ef.Value) : null;
        }

        double? water = null;
        if (p.Object("water", false) is { } w)
        {
            water = w.Number("price_per_m3", true, v => v >= 0, "must not be negative");
            w.RejectUnknown();
        }

        var fuels = PriceList(p, "fuels", o =>
        {
            var price = o.Number("price_per_GJ", true, v => v >= 0, "must not be negative");
            var ef = o.Number("ef_kgCO2_per_GJ", true, v => v >= 0, "must not be negative");
            return price is not null && ef is not null ? (price.Value, ef.Value) : null;
        });
        var materials = PriceList(p, "materials", o => o.Number("price_per_t", true, v => v >= 0, "must not be negative") is { } v ? (v, 0.0) : null);
        var wastes = PriceList(p, "wastes", o => o.Number("cost_per_t", true, v => v >= 0, "must not be negative") is { } v ? (v, 0.0) : null);
        p.RejectUnknown();
        return new RecpPrices(
            electricity,
            [.. fuels.Select(f => new FuelPrice(f.Name, f.Values.A, f.Values.B))],
            water,
            [.. materials.Select(f => new PricePerTonne(f.Name, f.Values.A))],
            [.. wastes.Select(f => new PricePerTonne(f.Name, f.Values.A))]);
    }

    /// <summary>A named price list; names unique (the later duplicate is the error).</summary>
    private static List<(string Name, (double A, double B) Values)> PriceList(RecpJsonObject p, string list, Func<RecpJsonObject, (double, double)?> values)
    {
        var result = new List<(string, (double, double))>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (item, path) in p.Array(list, false, 0, MaxPrices) ?? [])
        {
            if (RecpJsonObject.Open(item, path, p.Errors) is not { } o)
            {
                continue;
            }

            var name = o.String("name", true);
            var v = values(o);
            o.RejectUnknown();
            if (name is not null && !names.Add(name))
            {
                o.Error("name", $"duplicate name {JsonObjectReader.Quote(name)} in prices.{list}");
                continue;
            }

            if (name is not null && v is not null)
            {
                result.Add((name, v.Value));
            }
        }

        return result;
    }
}
