using System.Globalization;
using System.Text;
using Calcine.Domain.Factors;

namespace Calcine.Cli.Commands;

/// <summary>Text rendering of factors for people: an aligned table for lists, one field per line for a
/// single entry. Scripts use <c>--json</c>; this layout may change.</summary>
public static class FactorTable
{
    /// <summary>Sources are long citations; the table shows their start, <c>--id</c> shows them whole.</summary>
    public const int SourceWidth = 60;

    private static readonly string[] Headers = ["ID", "VALUE", "UNIT", "COUNTRY", "VALID", "CONFIDENCE", "SOURCE"];

    public static string Render(IReadOnlyList<EmissionFactor> factors, string libraryVersion)
    {
        var rows = factors.Select(f => new[]
        {
            f.Id, Value(f), f.Unit, f.Country ?? "-", Validity(f), f.Confidence.ToString(), Shorten(f.Source, SourceWidth),
        }).ToList();
        var widths = Enumerable.Range(0, Headers.Length).Select(c => rows.Select(r => r[c].Length).Append(Headers[c].Length).Max()).ToArray();

        var sb = new StringBuilder();
        AppendRow(sb, Headers, widths);
        foreach (var row in rows)
        {
            AppendRow(sb, row, widths);
        }

        var unverified = factors.Count(f => !f.IsVerified);
        sb.Append(CultureInfo.InvariantCulture, $"{factors.Count} factor(s) from library {libraryVersion}");
        sb.Append(unverified > 0
            ? $"; {unverified} unverified (ThirdParty or Recalled): check them before use or override them in the plant-year document.\n"
            : ".\n");
        sb.Append("Full entry: calcine co2 factors --id ID\n");
        return sb.ToString();
    }

    public static string RenderOne(EmissionFactor f, string libraryVersion)
    {
        var lines = new (string Key, string Value)[]
        {
            ("id", f.Id),
            ("kind", f.Kind),
            ("name", f.Name),
            ("value", $"{Value(f)} {f.Unit}"),
            ("country", f.Country ?? "- (not country-specific)"),
            ("valid", Validity(f)),
            ("confidence", f.IsVerified ? f.Confidence.ToString() : $"{f.Confidence} (unverified: check before use)"),
            ("source", f.Source),
            ("version", $"{f.Version} (library {libraryVersion})"),
            ("notes", f.Notes ?? "-"),
        };
        var width = lines.Max(l => l.Key.Length);
        var sb = new StringBuilder();
        foreach (var (key, value) in lines)
        {
            sb.Append(key.PadRight(width)).Append("  ").Append(value).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>Ids sharing the longest leading run of '-'-separated words with <paramref name="wanted"/>,
    /// so a mistyped year or suffix points at its neighbours.</summary>
    public static IReadOnlyList<string> SimilarIds(FactorLibrary library, string wanted, int max = 5)
    {
        var words = wanted.ToLowerInvariant().Split('-', StringSplitOptions.RemoveEmptyEntries);
        for (var n = words.Length; n > 0; n--)
        {
            var prefix = string.Join('-', words.Take(n));
            var hits = library.Factors.Select(f => f.Id)
                .Where(i => i == prefix || i.StartsWith(prefix + "-", StringComparison.Ordinal))
                .Take(max)
                .ToList();
            if (hits.Count > 0)
            {
                return hits;
            }
        }

        return [];
    }

    public static string Validity(EmissionFactor f) => (f.ValidFromYear, f.ValidToYear) switch
    {
        (null, null) => "any year",
        ({ } from, null) => $"{from}-",
        (null, { } to) => $"-{to}",
        ({ } from, { } to) when from == to => $"{from}",
        ({ } from, { } to) => $"{from}-{to}",
    };

    private static string Value(EmissionFactor f) => f.Value.ToString(CultureInfo.InvariantCulture);

    private static string Shorten(string text, int width) => text.Length <= width ? text : string.Concat(text.AsSpan(0, width - 3), "...");

    private static void AppendRow(StringBuilder sb, string[] cells, int[] widths)
    {
        for (var c = 0; c < cells.Length; c++)
        {
            // Numbers align right so decimal places line up for reading down a column.
            var cell = c == 1 ? cells[c].PadLeft(widths[c]) : cells[c].PadRight(widths[c]);
            sb.Append(c == cells.Length - 1 ? cell.TrimEnd() : cell + "  ");
        }

        sb.Append('\n');
    }
}
