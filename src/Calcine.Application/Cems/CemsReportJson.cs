using System.Text.Encodings.Web;
using System.Text.Json;
using Calcine.Application.Json;
using Calcine.Domain.Cems;
using Calcine.Domain.Cems.China;
using Calcine.Domain.Cems.Eu;
using Calcine.Domain.Cems.Limits;

namespace Calcine.Application.Cems;

/// <summary>Writes the <c>cems evaluate</c> JSON of spec/cems-contracts.md, numbers unrounded. Keys
/// beyond the contract: <c>hoursAboveUle</c> per month, <c>exceedanceEvents</c>, <c>limits</c> (the
/// values applied with their versions, sources and confidence), <c>input</c> (what was read) and,
/// on request, <c>hours</c> / <c>halfHours</c> (every period's value and status).</summary>
public static class CemsReportJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(Stream output, CemsReport report)
    {
        using var w = new Utf8JsonWriter(output, Options);
        if (report.Ule is { } ule)
        {
            WriteUle(w, ule, report.Input, report.IncludePeriods);
        }
        else
        {
            WriteEu(w, report.Eu!, report.Input, report.IncludePeriods);
        }

        w.Flush();
    }

    private static void WriteUle(Utf8JsonWriter w, UleEvaluation e, MinuteCsv input, bool includePeriods)
    {
        w.WriteStartObject();
        w.WriteString("ruleSet", e.Rules.Ule.Id);
        w.WriteString("standard", e.Standard.Id);
        w.WriteStartArray("months");
        foreach (var month in e.Months)
        {
            w.WriteStartObject();
            w.WriteString("month", month.Key);
            w.WriteStartObject("pollutants");
            foreach (var p in month.Pollutants)
            {
                w.WriteStartObject(p.Pollutant.Key());
                w.WriteNumber("validHours", p.ValidHours);
                w.WriteNumber("invalidHours", p.InvalidHours);
                w.WriteNumber("shutdownHours", p.ShutdownHours);
                w.WriteNumber("hoursWithinUle", p.HoursWithinUle);
                w.WriteNumber("hoursAboveUle", p.HoursAboveUle);
                w.WriteNumberOrNull("uleRatio", p.UleRatio);
                w.WriteBooleanOrNull("ulePass", p.UlePass);
                w.WriteNumberOrNull("captureRate", p.CaptureRate);
                w.WriteNumberOrNull("maxHourly", p.MaxHourly);
                w.WriteStartArray("standardExceedances");
                foreach (var x in p.StandardExceedances)
                {
                    w.WriteStartObject();
                    w.WriteString("hour", CemsTime.Format(x.Hour));
                    w.WriteNumber("value", x.Value);
                    w.WriteNumber("limit", x.Limit);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("exceedanceEvents");
        foreach (var x in e.Events.OrderBy(x => x.Start).ThenBy(x => x.Pollutant).ThenBy(x => x.Against))
        {
            w.WriteStartObject();
            w.WriteString("pollutant", x.Pollutant.Key());
            w.WriteString("against", x.Against == LimitKind.Target ? "ule" : "standard");
            w.WriteNumber("limit", x.Limit);
            w.WriteString("start", CemsTime.Format(x.Start));
            w.WriteString("end", CemsTime.Format(x.End));
            w.WriteNumber("hours", x.Periods);
            w.WriteString("peakHour", CemsTime.Format(x.PeakPeriod));
            w.WriteNumber("peak", x.Peak);
            w.WriteNumber("peakExceedanceMultiple", x.PeakExceedanceMultiple);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartObject("limits");
        w.WriteNumberOrNull("referenceO2Pct", e.Rules.Ule.ReferenceO2Percent);
        w.WriteNumber("requiredUleRatio", e.Rules.RequiredRatio);
        w.WriteNumber("minimumValidMinutesPerHour", e.Rules.Aggregation.MinimumValidMinutes);
        LimitSetJson(w, "ule", e.Rules.Ule, e.Hours, e.Pollutants);
        LimitSetJson(w, "standard", e.Standard, e.Hours, e.Pollutants);
        w.WriteEndObject();

        Input(w, input, e.Hours, "hours");
        if (includePeriods)
        {
            Periods(w, "hours", e.Hours, e.Pollutants);
        }

        w.WriteEndObject();
    }

    private static void WriteEu(Utf8JsonWriter w, EuIedEvaluation e, MinuteCsv input, bool includePeriods)
    {
        w.WriteStartObject();
        w.WriteString("ruleSet", e.Rules.DailyLimits.Id);
        w.WriteStartArray("days");
        foreach (var day in e.Days)
        {
            w.WriteStartObject();
            w.WriteString("date", day.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            w.WriteStartObject("pollutants");
            foreach (var p in day.Pollutants)
            {
                w.WriteStartObject(p.Pollutant.Key());
                w.WriteString("status", p.Status switch { DayStatus.Valid => "valid", DayStatus.Discarded => "discarded", _ => "not-operating" });
                w.WriteNumber("validHalfHours", p.ValidHalfHours);
                w.WriteNumber("discardedHalfHours", p.DiscardedHalfHours);
                w.WriteNumber("shutdownHalfHours", p.ShutdownHalfHours);
                w.WriteNumberOrNull("measuredAverage", p.MeasuredAverage);
                w.WriteNumberOrNull("dailyAverage", p.ValidatedAverage);
                w.WriteNumberOrNull("limit", p.Limit);
                w.WriteNumber("confidenceInterval", p.ConfidenceInterval);
                w.WriteBoolean("exceeds", p.Exceeds);
                w.WriteEndObject();
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("years");
        foreach (var year in e.Years)
        {
            w.WriteStartObject();
            w.WriteNumber("year", year.Year);
            w.WriteStartObject("pollutants");
            foreach (var p in year.Pollutants)
            {
                w.WriteStartObject(p.Pollutant.Key());
                w.WriteNumber("validDays", p.ValidDays);
                w.WriteNumber("discardedDays", p.DiscardedDays);
                w.WriteNumber("notOperatingDays", p.NotOperatingDays);
                w.WriteNumber("exceedingDays", p.ExceedingDays);
                w.WriteNumber("maxDiscardedDays", p.MaxDiscardedDays);
                w.WriteBoolean("discardRuleMet", p.DiscardRuleMet);
                w.WriteBoolean("compliant", p.Compliant);
                w.WriteEndObject();
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartObject("limits");
        w.WriteNumberOrNull("referenceO2Pct", e.Rules.DailyLimits.ReferenceO2Percent);
        w.WriteNumber("minimumValidMinutesPerHalfHour", e.Rules.HalfHour.MinimumValidMinutes);
        w.WriteNumber("maxDiscardedHalfHoursPerDay", e.Rules.MaxDiscardedHalfHoursPerDay);
        w.WriteNumber("maxDiscardedDaysPerYear", e.Rules.MaxDiscardedDaysPerYear);
        w.WriteStartObject("confidenceIntervalFractions");
        foreach (var p in e.Pollutants)
        {
            w.WriteNumber(p.Key(), e.Rules.ConfidenceIntervalFractions.GetValueOrDefault(p));
        }

        w.WriteEndObject();
        LimitSetJson(w, "daily", e.Rules.DailyLimits, e.HalfHours, e.Pollutants);
        w.WriteEndObject();

        Input(w, input, e.HalfHours, "halfHours");
        if (includePeriods)
        {
            Periods(w, "halfHours", e.HalfHours, e.Pollutants);
        }

        w.WriteEndObject();
    }

    private static void LimitSetJson(Utf8JsonWriter w, string name, LimitSet set, PeriodSeries periods, IReadOnlyList<Pollutant> pollutants)
    {
        w.WriteStartObject(name);
        w.WriteString("id", set.Id);
        w.WriteString("title", set.Title);
        w.WriteNumberOrNull("referenceO2Pct", set.ReferenceO2Percent);
        w.WriteString("averaging", set.Averaging.ToString().ToLowerInvariant());
        var first = CemsTime.LocalDate(periods.Starts[0]);
        var last = CemsTime.LocalDate(periods.Starts[^1]);
        w.WriteBoolean("appliedBeforeItsEffectiveDate", set.IsRetrospective(first));
        w.WriteStartArray("versions");
        for (var k = 0; k < set.Versions.Count; k++)
        {
            // A version governs [its start, the next one's start); the first also governs earlier dates.
            var v = set.Versions[k];
            var from = k == 0 ? DateOnly.MinValue : v.EffectiveFrom;
            var until = k + 1 < set.Versions.Count ? set.Versions[k + 1].EffectiveFrom : DateOnly.MaxValue;
            w.WriteStartObject();
            w.WriteString("effectiveFrom", v.EffectiveFrom.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            w.WriteBoolean("usedForThisData", from <= last && until > first);
            w.WriteString("source", v.Source);
            w.WriteStartObject("limits");
            foreach (var p in pollutants)
            {
                if (v.For(p) is { } limit)
                {
                    w.WriteStartObject(p.Key());
                    w.WriteNumber("value", limit.Value);
                    w.WriteString("confidence", limit.Confidence.Tag());
                    if (limit.Note.Length > 0)
                    {
                        w.WriteString("note", limit.Note);
                    }

                    w.WriteEndObject();
                }
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Input(Utf8JsonWriter w, MinuteCsv input, PeriodSeries periods, string periodName)
    {
        var series = input.Series;
        w.WriteStartObject("input");
        w.WriteNumber("minuteRecords", series.Count);
        w.WriteString("firstMinute", CemsTime.Format(series.Timestamps[0]));
        w.WriteString("lastMinute", CemsTime.Format(series.Timestamps[^1]));
        w.WriteNumber(periodName, periods.Count);
        w.WriteNumber(periodName + "WithoutRecords", periods.CountEmptyPeriods());
        w.WriteStartObject("minuteFlags");
        var counts = series.CountFlags();
        for (var f = DataFlag.N; f <= DataFlag.Other; f++)
        {
            w.WriteNumber(f.Code(), counts[(int)f]);
        }

        w.WriteEndObject();
        w.WriteStartObject("otherFlagCodes");
        foreach (var (code, count) in input.OtherFlagCodes.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            w.WriteNumber(code, count);
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>Every period: local start, status, record and minute counts, and the corrected
    /// average per pollutant (null unless valid).</summary>
    private static void Periods(Utf8JsonWriter w, string name, PeriodSeries periods, IReadOnlyList<Pollutant> pollutants)
    {
        var channels = pollutants.Select(periods.ChannelOf).ToArray();
        w.WriteStartArray(name);
        for (var i = 0; i < periods.Count; i++)
        {
            w.WriteStartObject();
            w.WriteString("start", CemsTime.Format(periods.Starts[i]));
            w.WriteString("status", periods.Statuses[i].ToString().ToLowerInvariant());
            w.WriteNumber("records", periods.RecordCounts[i]);
            w.WriteNumber("validMinutes", periods.ValidMinutes[i]);
            w.WriteNumber("shutdownMinutes", periods.ShutdownMinutes[i]);
            for (var p = 0; p < channels.Length; p++)
            {
                var v = periods.Values(channels[p])[i];
                w.WriteNumberOrNull(pollutants[p].Key(), double.IsNaN(v) ? null : v);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
