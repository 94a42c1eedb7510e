using System.CommandLine;
using Calcine.Application.Co2.Factors;
using Calcine.Domain.Factors;

namespace Calcine.Cli.Commands;

/// <summary><c>co2 factors [--search TEXT] [--kind K] [--country CC] [--year YYYY] [--confidence C]
/// [--id ID] [--json] [--library VERSION]</c>: list and search the emission-factor library.
/// Exit 0 with the matches on stdout; exit 1 with a message on stderr when nothing matches or the id
/// is unknown, so a script can tell "found" from "not found" the way it does with grep.</summary>
public static class Co2FactorsCommand
{
    public static Command Build(CliConsole console)
    {
        var search = new Option<string?>("--search") { Description = "words that must all occur in the id, name, source or notes (case-insensitive)" };
        var kind = new Option<string?>("--kind") { Description = "only this kind of factor" };
        kind.AcceptOnlyFromAmong([.. FactorKinds.All]);
        var country = new Option<string?>("--country") { Description = "ISO 3166 alpha-2 country code, or EU for EU-27" };
        country.Validators.Add(r =>
        {
            var value = r.GetValueOrDefault<string?>();
            if (value is not null && (value.Length != 2 || !value.All(char.IsAsciiLetter)))
            {
                r.AddError($"--country: '{value}' is not a two-letter country code (ISO 3166 alpha-2, or EU)");
            }
        });
        var year = new Option<int?>("--year") { Description = "only factors valid in this reporting year" };
        var confidence = new Option<FactorConfidence?>("--confidence") { Description = "only factors of this confidence: Found | ThirdParty | Recalled | Derived" };
        var id = new Option<string?>("--id") { Description = "show one factor in full" };
        var json = new Option<bool>("--json") { Description = "print the full entries as JSON, in the format of the library file" };
        var library = new Option<string>("--library") { Description = "library version to read (default: the newest shipped)", DefaultValueFactory = _ => FactorLibraryLoader.Versions[^1] };
        library.AcceptOnlyFromAmong([.. FactorLibraryLoader.Versions]);

        var command = new Command("factors", "List and search the emission-factor library (defaults; a plant-year document always overrides them)")
        {
            search, kind, country, year, confidence, id, json, library,
        };
        command.Validators.Add(r =>
        {
            // Ask whether an option was given, not for its value: reading the value of an option that
            // failed to parse throws, and that option's own error is already being reported.
            var filtered = new Option[] { search, kind, country, year, confidence }.Any(o => r.GetResult(o) is not null);
            if (r.GetResult(id) is not null && filtered)
            {
                r.AddError("--id shows one factor; it cannot be combined with --search, --kind, --country, --year or --confidence");
            }
        });
        command.SetAction(parse =>
        {
            var lib = FactorLibraryLoader.Load(parse.GetValue(library)!);
            if (parse.GetValue(id) is { } wanted)
            {
                return ShowOne(console, lib, wanted, parse.GetValue(json));
            }

            var query = new FactorQuery
            {
                Text = parse.GetValue(search),
                Kind = parse.GetValue(kind),
                Country = parse.GetValue(country)?.ToUpperInvariant(),
                Year = parse.GetValue(year),
                Confidence = parse.GetValue(confidence),
            };
            var found = lib.Search(query);
            if (found.Count == 0)
            {
                return console.Fail([$"no factor in library {lib.Version} matches {Describe(query)}"]);
            }

            if (parse.GetValue(json))
            {
                FactorJsonWriter.WriteLibrary(console.StandardOutput, lib.Version, found);
                console.StandardOutput.Flush();
            }
            else
            {
                console.WriteText(FactorTable.Render(found, lib.Version));
            }

            return 0;
        });
        return command;
    }

    private static int ShowOne(CliConsole console, FactorLibrary lib, string wanted, bool json)
    {
        if (lib.Find(wanted) is not { } factor)
        {
            var similar = FactorTable.SimilarIds(lib, wanted);
            var hint = similar.Count > 0 ? $"; similar ids: {string.Join(", ", similar)}" : "; try --search";
            return console.Fail([$"factor {wanted} is not in library {lib.Version}{hint}"]);
        }

        if (json)
        {
            FactorJsonWriter.WriteOne(console.StandardOutput, factor);
            console.StandardOutput.Flush();
        }
        else
        {
            console.WriteText(FactorTable.RenderOne(factor, lib.Version));
        }

        return 0;
    }

    private static string Describe(FactorQuery q)
    {
        var parts = new List<string>();
        if (q.Text is not null)
        {
            parts.Add($"--search \"{q.Text}\"");
        }

        if (q.Kind is not null)
        {
            parts.Add($"--kind {q.Kind}");
        }

        if (q.Country is not null)
        {
            parts.Add($"--country {q.Country}");
        }

        if (q.Year is not null)
        {
            parts.Add($"--year {q.Year}");
        }

        if (q.Confidence is not null)
        {
            parts.Add($"--confidence {q.Confidence}");
        }

        return parts.Count > 0 ? string.Join(" ", parts) : "(no filter)";
    }
}
