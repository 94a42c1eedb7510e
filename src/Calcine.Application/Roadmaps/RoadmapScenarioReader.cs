using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Calcine.Application.Co2.Document;
using Calcine.Domain.Results;
using Calcine.Domain.Roadmaps;

namespace Calcine.Application.Roadmaps;

/// <summary>Reads a <c>roadmap-scenario/1</c> document (shared/spec/roadmap-format.md). Every broken
/// rule is reported with its JSON path; a document with any error yields no scenario.</summary>
public static partial class RoadmapScenarioReader
{
    public const string Format = "roadmap-scenario/1";
    public const int MaxDocumentBytes = 4 * 1024 * 1024;
    public const int MinYear = 1900;
    public const int MaxYear = 2300;

    /// <summary>Lever sets are bit masks of 64 bits.</summary>
    public const int MaxLevers = 64;
    public const int MaxPlants = 1000;
    private const int MaxItems = 1000;

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 32, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = false };

    public static Result<RoadmapScenario> Read(string json) => Read(Encoding.UTF8.GetBytes(json));

    public static Result<RoadmapScenario> Read(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxDocumentBytes)
        {
            return Result<RoadmapScenario>.Fail("$", $"document is {utf8.Length} bytes; a roadmap scenario may have at most {MaxDocumentBytes} bytes");
        }

        var body = utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? utf8[3..] : utf8;
        if (body.IsEmpty)
        {
            return Result<RoadmapScenario>.Fail("$", "document is empty");
        }

        if (!Utf8.IsValid(body))
        {
            return Result<RoadmapScenario>.Fail("$", "not valid UTF-8; save the document as UTF-8");
        }

        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(body.ToArray(), Options);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $"line {line + 1}, byte {ex.BytePositionInLine + 1}" : "unknown position";
            return Result<RoadmapScenario>.Fail("$", $"not valid JSON at {where}");
        }

        using (doc)
        {
            var errors = new List<ValidationError>();
            JsonTextCheck.Check(doc.RootElement, "$", errors);
            var scenario = errors.Count == 0 ? ReadRoot(doc.RootElement, errors) : null;
            return errors.Count == 0 && scenario is not null
                ? Result<RoadmapScenario>.Ok(scenario)
                : Result<RoadmapScenario>.Fail([.. errors.Take(100)]);
        }
    }

    private static RoadmapScenario? ReadRoot(JsonElement root, List<ValidationError> errors)
    {
        var r = RoadmapJsonObject.Open(root, "$", errors);
        if (r is null)
        {
            return null;
        }

        var format = r.String("format", true);
        if (format is not null && format != Format)
        {
            r.Error("format", $"must be \"{Format}\", got {JsonObjectReader.Quote(format)}");
            return null;
        }

        if (format is null)
        {
            return null;
        }

        var id = r.String("id", true);
        var name = r.String("name", false, 1000);
        var horizon = ReadHorizon(r);
        var rate = r.Number("discountRate", true, v => v is >= 0 and < 1, "must be at least 0 and below 1");
        var growth = r.Number("demandGrowthPerYear", false, v => v > -1, "must be greater than -1");
        var electricity = ReadPath(r, "electricityPrice_USD_per_MWh", v => v >= 0, "must not be negative");
        var carbon = ReadPath(r, "carbonPrice_USD_per_tCO2", v => v >= 0, "must not be negative");
        var grid = ReadPath(r, "gridEf_tCO2_per_MWh", v => v >= 0, "must not be negative");
        var levers = ReadLevers(r);
        var plants = ReadPlants(r, levers);
        if (plants is not null && growth is null && !r.Has("demandGrowthPerYear") && plants.Any(p => p.CementPath is null))
        {
            r.Error("demandGrowthPerYear", "is required unless every plant has cementPath_t");
        }

        var decisionYears = ReadDecisionYears(r, horizon);
        var maccYear = r.Integer("maccYear", true, MinYear, MaxYear);
        if (maccYear is { } my && horizon is not null && (my < horizon.StartYear || my > horizon.EndYear))
        {
            r.Error("maccYear", $"{my} is outside the horizon {horizon.StartYear}..{horizon.EndYear}");
        }

        var target = ReadTarget(r, horizon, plants);
        if (errors.Count > 0)
        {
            return null;
        }

        return new RoadmapScenario(id!, name, horizon!, rate!.Value, growth, electricity!, carbon!, grid!, plants!, levers!, decisionYears!, maccYear!.Value, target!);
    }

    private static RoadmapHorizon? ReadHorizon(RoadmapJsonObject r)
    {
        var h = r.Object("horizon", true);
        if (h is null)
        {
            return null;
        }

        var b = h.Integer("baseYear", true, MinYear, MaxYear);
        var s = h.Integer("startYear", true, MinYear, MaxYear);
        var e = h.Integer("endYear", true, MinYear, MaxYear);
        if (b is null || s is null || e is null)
        {
            return null;
        }

        if (b > s)
        {
            h.Error("startYear", $"{s} is before baseYear {b}");
            return null;
        }

        if (s > e)
        {
            h.Error("endYear", $"{e} is before startYear {s}");
            return null;
        }

        return new RoadmapHorizon(b.Value, s.Value, e.Value);
    }

    private static YearPath? ReadPath(RoadmapJsonObject r, string name, Func<double, bool> rule, string ruleText) =>
        r.YearMap(name, true, rule, ruleText) is { } map ? new YearPath(map) : null;

    private static List<int>? ReadDecisionYears(RoadmapJsonObject r, RoadmapHorizon? horizon)
    {
        var items = r.Array("decisionYears", true, 1, MaxItems);
        if (items is null)
        {
            return null;
        }

        var years = new List<int>();
        foreach (var (item, path) in items)
        {
            if (RoadmapJsonObject.IntegerAt(item, path, MinYear, MaxYear, r.Errors) is not { } y)
            {
                return null;
            }

            if (horizon is not null && (y < horizon.StartYear || y > horizon.EndYear))
            {
                r.Errors.Add(new(path, $"{y} is outside the horizon {horizon.StartYear}..{horizon.EndYear}"));
                return null;
            }

            if (years.Count > 0 && y <= years[^1])
            {
                r.Errors.Add(new(path, $"{y} does not follow {years[^1]}: decision years must be strictly ascending"));
                return null;
            }

            years.Add(y);
        }

        return years;
    }
}
