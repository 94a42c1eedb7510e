using System.Text.Encodings.Web;
using System.Text.Json;
using Calcine.Application.Json;
using Calcine.Domain.Cems;
using Calcine.Domain.Cems.Quality;

namespace Calcine.Application.Cems.Quality;

/// <summary>Writes the <c>cems quality</c> JSON of docs/formats/cems-quality.md, numbers unrounded,
/// null where a rate has no denominator.</summary>
public static class CemsQualityJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(Stream output, CemsQualityResult result)
    {
        using var w = new Utf8JsonWriter(output, Options);
        var r = result.Report;
        w.WriteStartObject();
        WriteInput(w, result);
        WriteSettings(w, result.Config);

        w.WriteStartArray("days");
        foreach (var d in r.Days)
        {
            w.WriteStartObject();
            w.WriteString("date", d.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            w.WriteNumber("hours", d.Hours);
            w.WriteNumber("validHours", d.ValidHours);
            w.WriteNumber("invalidHours", d.InvalidHours);
            w.WriteNumber("shutdownHours", d.ShutdownHours);
            w.WriteNumber("normalHours", d.NormalHours);
            w.WriteString("flag", d.Flag.Code());
            w.WriteBoolean("valid", d.Valid);
            w.WriteNumber("expectedRecords", d.ExpectedRecords);
            w.WriteNumber("receivedRecords", d.ReceivedRecords);
            w.WriteNumber("validRecords", d.ValidRecords);
            w.WriteNumberOrNull("transmissionRate", d.TransmissionRate);
            w.WriteNumberOrNull("validRate", d.ValidRate);
            w.WriteNumberOrNull("transmissionValidRate", d.TransmissionValidRate);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("quarters");
        foreach (var q in r.Quarters)
        {
            w.WriteStartObject();
            w.WriteString("quarter", q.Key);
            w.WriteNumber("hours", q.Hours);
            w.WriteNumber("shutdownHours", q.ShutdownHours);
            w.WriteNumber("invalidHours", q.InvalidHours);
            w.WriteNumber("validHours", q.ValidHours);
            w.WriteNumberOrNull("captureRate", q.CaptureRate);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        WriteAnomalies(w, r.Findings);
        WriteDas(w, result);
        if (result.IncludeHours)
        {
            WriteHours(w, r);
        }

        w.WriteEndObject();
        w.Flush();
    }

    private static void WriteInput(Utf8JsonWriter w, CemsQualityResult result)
    {
        var series = result.Input.Series;
        w.WriteStartObject("input");
        w.WriteNumber("minuteRecords", series.Count);
        w.WriteString("first", CemsTime.Format(series.Timestamps[0]));
        w.WriteString("last", CemsTime.Format(series.Timestamps[^1]));
        w.WriteNumber("hours", result.Report.Hours.Count);
        w.WriteNumber("dasValues", result.DasValues);
        w.WriteEndObject();
    }

    private static void WriteSettings(Utf8JsonWriter w, QualityConfig config)
    {
        var a = config.Options.Anomalies;
        w.WriteStartObject("settings");
        w.WriteNumberOrNull("referenceO2Percent", config.ReferenceO2Percent);
        w.WriteStartObject("das");
        w.WriteNumber("relativeTolerance", config.Options.DasTolerance.Relative);
        w.WriteNumber("absoluteToleranceMgM3", config.Options.DasTolerance.Absolute);
        w.WriteEndObject();
        w.WriteStartObject("anomalies");
        w.WriteNumberOrNull("stuckMinutes", a.StuckMinutes);
        w.WriteNumber("stuckTolerance", a.StuckTolerance);
        w.WriteNumberOrNull("zeroAtOrBelow", a.ZeroAtOrBelow);
        w.WriteNumber("zeroMinutes", a.ZeroMinutes);
        w.WriteNumberOrNull("negativeBelow", a.NegativeBelow);
        w.WriteNumberOrNull("jumpRelative", a.JumpRelative);
        w.WriteNumberOrNull("gapMinutes", a.GapMinutes);
        w.WriteNumberOrNull("o2NearAirAtOrAbove", a.O2NearAirAtOrAbove);
        w.WriteNumberOrNull("stoppedO2Below", a.StoppedO2Below);
        w.WriteStartObject("channels");
        foreach (var (_, pollutant) in MinuteCsvReader.ConcentrationColumns)
        {
            Channel(w, pollutant.Key(), a.For(pollutant));
        }

        Channel(w, AnomalyDetector.O2Channel, a.O2);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();

        static void Channel(Utf8JsonWriter w, string key, ChannelThresholds t)
        {
            w.WriteStartObject(key);
            w.WriteNumberOrNull("rangeUpper", t.RangeUpper);
            w.WriteNumber("jumpMinimumChange", t.JumpMinimumChange);
            w.WriteEndObject();
        }
    }

    private static void WriteAnomalies(Utf8JsonWriter w, IReadOnlyList<AnomalyFinding> findings)
    {
        w.WriteStartObject("anomalies");
        w.WriteStartObject("counts");
        foreach (var kind in Enum.GetValues<AnomalyKind>())
        {
            w.WriteNumber(kind.Key(), findings.Count(f => f.Kind == kind));
        }

        w.WriteEndObject();
        w.WriteStartArray("findings");
        foreach (var f in findings)
        {
            w.WriteStartObject();
            w.WriteString("channel", f.Channel);
            w.WriteString("kind", f.Kind.Key());
            w.WriteString("start", CemsTime.Format(f.Start));
            w.WriteString("end", CemsTime.Format(f.End));
            w.WriteNumberOrNull("value", f.Value);
            w.WriteNumber("records", f.Records);
            w.WriteString("rule", f.Rule);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteDas(Utf8JsonWriter w, CemsQualityResult result)
    {
        var comparisons = result.Report.DasComparisons;
        w.WriteStartObject("das");
        w.WriteNumber("values", comparisons.Count);
        foreach (var verdict in Enum.GetValues<DasVerdict>())
        {
            w.WriteNumber(Key(verdict), comparisons.Count(c => c.Verdict == verdict));
        }

        // Agreements are only counted; every value that needs a look is listed.
        w.WriteStartArray("findings");
        foreach (var c in comparisons.Where(c => c.Verdict is DasVerdict.Disagrees or DasVerdict.NotComparable))
        {
            w.WriteStartObject();
            w.WriteString("hour", CemsTime.Format(c.Das.Hour));
            w.WriteString("pollutant", c.Das.Pollutant.Key());
            w.WriteString("verdict", Key(c.Verdict));
            w.WriteNumber("dasZsAvg", c.Das.ZsAvg);
            w.WriteNumberOrNull("minuteMethod", Finite(c.Computed?.MeanOfCorrectedMinutes));
            w.WriteNumberOrNull("hourlyMethod", Finite(c.Computed?.CorrectedHourlyMean));
            w.WriteNumberOrNull("relativeDifferenceMinuteMethod", c.RelativeDifferenceMinuteMethod);
            w.WriteNumberOrNull("relativeDifferenceHourlyMethod", c.RelativeDifferenceHourlyMethod);
            if (c.Reason is not null)
            {
                w.WriteString("reason", c.Reason);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteHours(Utf8JsonWriter w, QualityReport r)
    {
        var hours = r.Hours;
        var channels = hours.Channels.Count;
        w.WriteStartArray("hours");
        for (var p = 0; p < hours.Count; p++)
        {
            w.WriteStartObject();
            w.WriteString("hour", CemsTime.Format(hours.Starts[p]));
            w.WriteString("status", hours.Statuses[p].ToString().ToLowerInvariant());
            w.WriteString("flag", hours.Flags[p].Code());
            w.WriteNumber("records", hours.RecordCounts[p]);
            w.WriteNumber("normalMinutes", hours.NormalMinutes[p]);
            w.WriteNumber("validMinutes", hours.ValidMinutes[p]);
            for (var c = 0; c < channels; c++)
            {
                var h = r.ConvertedHours[(p * channels) + c];
                w.WriteStartObject(h.Pollutant.Key());
                w.WriteNumberOrNull("minuteMethod", Finite(h.MeanOfCorrectedMinutes));
                w.WriteNumberOrNull("hourlyMethod", Finite(h.CorrectedHourlyMean));
                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static string Key(DasVerdict v) => v switch
    {
        DasVerdict.MatchesMinuteMethod => "matchesMinuteMethod",
        DasVerdict.MatchesHourlyMethod => "matchesHourlyMethod",
        DasVerdict.MatchesBoth => "matchesBoth",
        DasVerdict.Disagrees => "disagrees",
        DasVerdict.NotComparable => "notComparable",
        _ => throw new ArgumentOutOfRangeException(nameof(v), v, null),
    };

    private static double? Finite(double? v) => v is { } d && double.IsFinite(d) ? d : null;

}
