using System.Text.Json;
using Calcine.Application.Json;
using Calcine.Domain.Cems;
using Calcine.Domain.Cems.Quality;
using Calcine.Domain.Results;

namespace Calcine.Application.Cems.Quality;

/// <summary>The settings of one <c>cems quality</c> run: the reference O2 the minute CSV is corrected
/// to and the quality options.</summary>
public sealed record QualityConfig(double? ReferenceO2Percent, QualityOptions Options)
{
    /// <summary>Kiln tail: 10 % O2 (GB 4915-2013, ULE).</summary>
    public static QualityConfig Default { get; } = new(10, new QualityOptions());
}

/// <summary>Reads the config JSON of docs/formats/cems-quality.md strictly: every key is optional, an
/// unknown key, a wrong type or a value out of range is an error naming its JSON path.</summary>
public static class QualityConfigReader
{
    public const int MaxBytes = 64 * 1024;

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 8, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = false };

    public static Result<QualityConfig> Read(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxBytes)
        {
            return Fail("$", $"the config is {utf8.Length} bytes; at most {MaxBytes}");
        }

        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(utf8.ToArray(), Options);
        }
        catch (JsonException ex)
        {
            return Fail($"line {(ex.LineNumber ?? 0) + 1}", $"not valid JSON: {FirstSentence(ex.Message)}");
        }

        using (doc)
        {
            try
            {
                return Result<QualityConfig>.Ok(ReadRoot(doc.RootElement));
            }
            catch (JsonPathException ex)
            {
                return Fail(ex.Path, ex.Message);
            }
        }
    }

    private static QualityConfig ReadRoot(JsonElement root)
    {
        var o = new StrictJsonObject(root, "$", ["referenceO2Percent", "das", "anomalies"]);
        var reference = o.Has("referenceO2Percent") ? o.NullableNumber("referenceO2Percent", 0, 20.999) : QualityConfig.Default.ReferenceO2Percent;
        var tolerance = DasTolerance.Default;
        if (o.Child("das") is { } das)
        {
            var d = new StrictJsonObject(das, "$.das", ["relativeTolerance", "absoluteToleranceMgM3"]);
            tolerance = new DasTolerance(d.Number("relativeTolerance", 0, 1, tolerance.Relative), d.Number("absoluteToleranceMgM3", 0, 1e6, tolerance.Absolute));
        }

        var anomalies = AnomalyThresholds.Default;
        if (o.Child("anomalies") is { } a)
        {
            anomalies = ReadAnomalies(new StrictJsonObject(a, "$.anomalies",
                ["stuckMinutes", "stuckTolerance", "zeroAtOrBelow", "zeroMinutes", "negativeBelow", "jumpRelative", "gapMinutes", "o2NearAirAtOrAbove", "stoppedO2Below", "channels"]));
        }

        return new QualityConfig(reference, new QualityOptions { Anomalies = anomalies, DasTolerance = tolerance });
    }

    private static AnomalyThresholds ReadAnomalies(StrictJsonObject a)
    {
        var d = AnomalyThresholds.Default;
        var t = new AnomalyThresholds
        {
            StuckMinutes = a.Has("stuckMinutes") ? a.NullableInteger("stuckMinutes", 2, 525_600) : d.StuckMinutes,
            StuckTolerance = a.Number("stuckTolerance", 0, 1e6, d.StuckTolerance),
            ZeroAtOrBelow = a.Has("zeroAtOrBelow") ? a.NullableNumber("zeroAtOrBelow", 0, 1e6) : d.ZeroAtOrBelow,
            ZeroMinutes = a.Has("zeroMinutes") ? a.NullableInteger("zeroMinutes", 1, 525_600) ?? throw new JsonPathException("$.anomalies.zeroMinutes", "must be a whole number, not null") : d.ZeroMinutes,
            NegativeBelow = a.Has("negativeBelow") ? a.NullableNumber("negativeBelow", -1e6, 0) : d.NegativeBelow,
            JumpRelative = a.Has("jumpRelative") ? a.NullableNumber("jumpRelative", 0, 1e6) : d.JumpRelative,
            GapMinutes = a.Has("gapMinutes") ? a.NullableInteger("gapMinutes", 1, 525_600) : d.GapMinutes,
            O2NearAirAtOrAbove = a.Has("o2NearAirAtOrAbove") ? a.NullableNumber("o2NearAirAtOrAbove", 0, 100) : d.O2NearAirAtOrAbove,
            StoppedO2Below = a.Has("stoppedO2Below") ? a.NullableNumber("stoppedO2Below", 0, 100) : d.StoppedO2Below,
        };
        if (a.Child("channels") is not { } channels)
        {
            return t;
        }

        var keys = MinuteCsvReader.ConcentrationColumns.Select(c => c.Pollutant.Key()).Append(AnomalyDetector.O2Channel).ToArray();
        var c = new StrictJsonObject(channels, "$.anomalies.channels", keys);
        var perPollutant = new Dictionary<Pollutant, ChannelThresholds>();
        var o2 = t.O2;
        foreach (var key in keys)
        {
            if (c.Child(key) is not { } element)
            {
                continue;
            }

            var isO2 = key == AnomalyDetector.O2Channel;
            var fallback = isO2 ? ChannelThresholds.O2 : ChannelThresholds.Concentration;
            var ch = new StrictJsonObject(element, $"$.anomalies.channels.{key}", ["rangeUpper", "jumpMinimumChange"]);
            var thresholds = new ChannelThresholds(ch.Has("rangeUpper") ? ch.NullableNumber("rangeUpper", 0, 1e7) : fallback.RangeUpper,
                ch.Number("jumpMinimumChange", 0, 1e7, fallback.JumpMinimumChange));
            if (isO2)
            {
                o2 = thresholds;
            }
            else
            {
                perPollutant[MinuteCsvReader.ConcentrationColumns.Single(x => x.Pollutant.Key() == key).Pollutant] = thresholds;
            }
        }

        return t with { O2 = o2, Pollutants = perPollutant };
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    private static Result<QualityConfig> Fail(string path, string message) => Result<QualityConfig>.Fail(path, message);
}
