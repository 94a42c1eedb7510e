using System.Text;
using Calcine.Application.Co2.Document;
using Calcine.Domain.Recp;
using Calcine.Domain.Results;

namespace Calcine.Application.Recp;

/// <summary>Reads a <c>recp-baseline/1</c> document (shared/spec/recp-format.md C). Structure and values
/// are checked here; the model's numeric rules (enough months, constant series, collinearity, EnPI
/// sums) by <see cref="EnergyBaselineCalculator"/>, which <see cref="ReadAndCalculate"/> runs.</summary>
public static class RecpBaselineReader
{
    public const string Format = "recp-baseline/1";
    private const int MaxMonths = 1200;

    public static Result<EnergyBaselineStudy> Read(string json) => Read(Encoding.UTF8.GetBytes(json));

    public static Result<EnergyBaselineStudy> Read(ReadOnlySpan<byte> utf8) => RecpDocument.Read(utf8, Format, ReadRoot);

    public static Result<EnergyBaselineResult> ReadAndCalculate(ReadOnlySpan<byte> utf8)
    {
        var study = Read(utf8);
        return study.Success ? EnergyBaselineCalculator.Calculate(study.Value) : Result<EnergyBaselineResult>.Fail(study.Errors);
    }

    private static EnergyBaselineStudy? ReadRoot(RecpJsonObject r)
    {
        var before = r.Errors.Count;
        var variables = ReadVariables(r);
        var enpi = r.Pattern("enpiVariable", false, RecpJsonObject.VariablePattern(), "[A-Za-z][A-Za-z0-9_]{0,63}");
        var needed = variables is null ? null : (enpi is null || variables.Contains(enpi) ? variables : [.. variables, enpi]);
        var last = new LastMonth();
        var baseline = Months(r, "baseline", 0, needed, last);
        if (baseline is not null && variables is not null && baseline.Count < variables.Count + 2)
        {
            r.Error("baseline", $"has {baseline.Count} months; a model with {variables.Count} variable(s) needs at least {variables.Count + 2} months");
        }

        var reporting = Months(r, "reporting", 1, needed, last);
        return r.Errors.Count > before || variables is null || baseline is null || reporting is null
            ? null
            : new EnergyBaselineStudy(RecpDocument.EnterpriseId(r)!, variables, enpi, baseline, reporting);
    }

    private static List<string>? ReadVariables(RecpJsonObject r)
    {
        var items = r.Array("variables", true, 1, EnergyBaselineStudy.MaxVariables);
        if (items is null)
        {
            return null;
        }

        var names = new List<string>();
        foreach (var (item, path) in items)
        {
            var name = RecpJsonObject.StringAt(item, path, 64, r.Errors);
            if (name is null)
            {
                continue;
            }

            if (!RecpJsonObject.VariablePattern().IsMatch(name) || name == "intercept")
            {
                r.Errors.Add(new(path, $"{JsonObjectReader.Quote(name)} must match [A-Za-z][A-Za-z0-9_]{{0,63}} and not be \"intercept\""));
            }
            else if (names.Contains(name))
            {
                r.Errors.Add(new(path, $"duplicate variable {JsonObjectReader.Quote(name)}"));
            }
            else
            {
                names.Add(name);
            }
        }

        return names.Count == items.Count ? names : null;
    }

    /// <summary>The month key (year × 12 + month) last read, so order is checked across both periods.</summary>
    private sealed class LastMonth
    {
        public int? Key { get; set; }
    }

    private static List<EnergyMonth>? Months(RecpJsonObject r, string list, int minItems, List<string>? needed, LastMonth last)
    {
        var items = r.Array(list, true, minItems, MaxMonths);
        if (items is null)
        {
            return null;
        }

        var months = new List<EnergyMonth>();
        foreach (var (item, path) in items)
        {
            if (RecpJsonObject.Open(item, path, r.Errors) is not { } o)
            {
                continue;
            }

            var month = o.Pattern("month", true, RecpJsonObject.MonthPattern(), "YYYY-MM");
            if (month is not null)
            {
                var key = (int.Parse(month[..4], System.Globalization.CultureInfo.InvariantCulture) * 12) + int.Parse(month[5..], System.Globalization.CultureInfo.InvariantCulture);
                if (last.Key is { } previous && key <= previous)
                {
                    o.Error("month", $"{month} does not follow the month before: months must be strictly increasing through baseline then reporting");
                }

                last.Key = key;
            }

            var energy = o.Number("energy_kWh", true, v => v >= 0, "must not be negative");
            var values = Values(o, needed);
            o.RejectUnknown();
            if (month is not null && energy is not null && values is not null)
            {
                months.Add(new EnergyMonth(month, energy.Value, values));
            }
        }

        return months.Count == items.Count ? months : null;
    }

    private static Dictionary<string, double>? Values(RecpJsonObject month, List<string>? needed)
    {
        var o = month.Object("values", true);
        if (o is null)
        {
            return null;
        }

        var before = o.Errors.Count;
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        if (month.TryGet("values", out var element))
        {
            foreach (var p in element.EnumerateObject())
            {
                o.TryGet(p.Name, out _);
                if (RecpJsonObject.NumberAt(p.Value, o.Child(p.Name), _ => true, "", o.Errors) is { } v)
                {
                    values[p.Name] = v;
                }
            }
        }

        foreach (var name in needed ?? [])
        {
            if (!o.Has(name))
            {
                o.Error(name, $"is required: {name} is a model or EnPI variable");
            }
        }

        return o.Errors.Count > before ? null : values;
    }
}
