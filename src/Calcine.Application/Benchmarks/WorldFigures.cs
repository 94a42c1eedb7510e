using System.Text.Json;
using System.Text.Json.Serialization;
using Calcine.Domain.Benchmarking;

namespace Calcine.Application.Benchmarks;

/// <summary>One published (or derived) world value, in the unit its source gives; <see cref="High"/>
/// when the source gives a range.</summary>
public sealed record WorldValue(int Year, decimal Value, decimal? High, string Confidence, string Source, string? Note);

/// <summary>The world series of one KPI. <see cref="ToKpiUnit"/> turns the source's unit into the KPI's (0.01 for per cent).</summary>
public sealed record WorldSeries(string Kpi, string Unit, decimal ToKpiUnit, IReadOnlyList<WorldValue> Values);

/// <summary>The "GCCA in NumbeRs" world aggregates shown beside the association's distributions,
/// read from a data file (config/gcca-in-numbers.json, or Benchmarks:WorldFiguresFile) so a newer
/// GNR release is an edit of the file, not of the code.</summary>
public sealed record WorldFigures(
    string Format,
    string Title,
    string Reference,
    IReadOnlyDictionary<string, string> Confidence,
    IReadOnlyDictionary<string, string> Sources,
    IReadOnlyDictionary<string, string> Coverage,
    IReadOnlyList<WorldSeries> Figures)
{
    public const string FormatId = "world-figures/1";

    /// <summary>Only what the reference marks as found in the cited source counts as verified.</summary>
    public const string Found = "F";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        NumberHandling = JsonNumberHandling.Strict,
    };

    public WorldSeries? For(BenchmarkKpi kpi) => Figures.FirstOrDefault(f => f.Kpi == BenchmarkKpis.Info(kpi).Id);

    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "config", "gcca-in-numbers.json");

    /// <summary>Reads and checks the file; a file that does not hold together stops the host at
    /// start rather than showing a wrong world figure.</summary>
    public static WorldFigures Load(string path) => Parse(File.ReadAllBytes(path), path);

    public static WorldFigures Parse(ReadOnlySpan<byte> json, string name)
    {
        var figures = JsonSerializer.Deserialize<WorldFigures>(json, Options)
            ?? throw new InvalidDataException($"{name}: empty");
        var problems = new List<string>();
        if (figures.Format != FormatId)
        {
            problems.Add($"format must be {FormatId}");
        }

        foreach (var series in figures.Figures)
        {
            if (BenchmarkKpis.Find(series.Kpi) is null)
            {
                problems.Add($"unknown kpi {series.Kpi}");
            }

            if (series.ToKpiUnit <= 0)
            {
                problems.Add($"{series.Kpi}: toKpiUnit must be positive");
            }

            foreach (var v in series.Values)
            {
                if (!figures.Confidence.ContainsKey(v.Confidence))
                {
                    problems.Add($"{series.Kpi} {v.Year}: confidence {v.Confidence} is not one of {string.Join(", ", figures.Confidence.Keys)}");
                }

                if (!figures.Sources.ContainsKey(v.Source))
                {
                    problems.Add($"{series.Kpi} {v.Year}: source {v.Source} is not listed under sources");
                }
            }
        }

        return problems.Count == 0 ? figures : throw new InvalidDataException($"{name}: {string.Join("; ", problems)}");
    }
}
