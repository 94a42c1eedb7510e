using System.Globalization;

namespace Calcine.Domain.Cems.Quality;

/// <summary>What the detectors found, and which records a finding covers (such records do not count
/// as valid in the valid rate).</summary>
public sealed record AnomalyScan(IReadOnlyList<AnomalyFinding> Findings, bool[] AnomalousRecords);

/// <summary>The anomaly alarms of reference §6.2 over a minute series. Value detectors look only at
/// minutes flagged N or T — the data offered as valid measurements — because stopped (F),
/// calibration (C), maintenance (M) and fault minutes legitimately read zero, hold a value or jump.</summary>
public static class AnomalyDetector
{
    public const string O2Channel = "o2";
    public const string RecordChannel = "record";

    public static AnomalyScan Scan(MinuteSeries minutes, AnomalyThresholds thresholds)
    {
        var findings = new List<AnomalyFinding>();
        var anomalous = new bool[minutes.Count];
        var flags = minutes.Flags;
        for (var c = 0; c < minutes.Channels.Count; c++)
        {
            var pollutant = minutes.Channels[c].Pollutant;
            ScanChannel(minutes, minutes.Values(c), pollutant.Key(), thresholds.For(pollutant), thresholds, findings, anomalous);
        }

        ScanChannel(minutes, minutes.O2DryPercent, O2Channel, thresholds.O2, thresholds, findings, anomalous);

        var o2 = minutes.O2DryPercent;
        ReadOnlySpanGetter times = () => minutes.Timestamps;
        var overRange = new RunCollector(RecordChannel, AnomalyKind.OverRange, 1, "flag T: a channel was over its measurement range", Keep, findings, anomalous, times);
        RunCollector? nearAir = thresholds.O2NearAirAtOrAbove is { } air
            ? new RunCollector(O2Channel, AnomalyKind.O2NearAirWhileRunning, 1, $"O2 >= {Show(air)} % in a minute flagged N or T (air, not flue gas)", Math.Max, findings, anomalous, times)
            : null;
        RunCollector? stoppedRunning = thresholds.StoppedO2Below is { } below
            ? new RunCollector(RecordChannel, AnomalyKind.StoppedFlagWhileRunning, 1, $"flag F with O2 < {Show(below)} % (flue gas of a running source, not air)", Math.Min, findings, anomalous, times)
            : null;
        for (var i = 0; i < minutes.Count; i++)
        {
            var measured = flags[i].IsValid();
            overRange.Offer(i, flags[i] == DataFlag.T, double.NaN);
            nearAir?.Offer(i, measured && o2[i] >= thresholds.O2NearAirAtOrAbove!.Value, o2[i]);
            stoppedRunning?.Offer(i, flags[i] == DataFlag.F && o2[i] < thresholds.StoppedO2Below!.Value, o2[i]);
        }

        overRange.Close();
        nearAir?.Close();
        stoppedRunning?.Close();

        if (thresholds.GapMinutes is { } gapMinutes)
        {
            FindGaps(minutes, gapMinutes, findings);
        }

        findings.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : string.CompareOrdinal(a.Channel, b.Channel) is var byChannel && byChannel != 0 ? byChannel : a.Kind.CompareTo(b.Kind));
        return new AnomalyScan(findings, anomalous);
    }

    private static void ScanChannel(MinuteSeries minutes, ReadOnlySpan<double> values, string channel, ChannelThresholds limits, AnomalyThresholds t,
        List<AnomalyFinding> findings, bool[] anomalous)
    {
        var flags = minutes.Flags;
        var times = minutes.Timestamps;
        ReadOnlySpanGetter getTimes = () => minutes.Timestamps;
        RunCollector? zero = t.ZeroAtOrBelow is { } z
            ? new RunCollector(channel, AnomalyKind.Zero, Math.Max(1, t.ZeroMinutes), $"|value| <= {Show(z)} in at least {Math.Max(1, t.ZeroMinutes)} consecutive N/T minutes", Math.Max, findings, anomalous, getTimes)
            : null;
        RunCollector? negative = t.NegativeBelow is { } n
            ? new RunCollector(channel, AnomalyKind.Negative, 1, $"value < {Show(n)} in an N/T minute", Math.Min, findings, anomalous, getTimes)
            : null;
        RunCollector? overRange = limits.RangeUpper is { } upper
            ? new RunCollector(channel, AnomalyKind.OverRange, 1, $"value > range upper limit {Show(upper)} in an N/T minute", Math.Max, findings, anomalous, getTimes)
            : null;

        var stuckStart = -1;
        var stuckValue = 0.0;
        for (var i = 0; i < values.Length; i++)
        {
            var measured = flags[i].IsValid();
            var v = values[i];
            zero?.Offer(i, measured && Math.Abs(v) <= t.ZeroAtOrBelow!.Value, v);
            negative?.Offer(i, measured && v < t.NegativeBelow!.Value, v);
            overRange?.Offer(i, measured && v > limits.RangeUpper!.Value, v);

            if (t.JumpRelative is { } relative && measured && i > 0 && flags[i - 1].IsValid() && IsNextMinute(times[i - 1], times[i]))
            {
                var change = v - values[i - 1];
                if (Math.Abs(change) >= limits.JumpMinimumChange && Math.Abs(change) >= relative * Math.Abs(values[i - 1]))
                {
                    findings.Add(new AnomalyFinding(channel, times[i - 1], times[i], AnomalyKind.Jump, change, 2,
                        $"change between consecutive N/T minutes of at least {Show(limits.JumpMinimumChange)} and at least {Show(relative * 100)} % of the previous value"));
                    anomalous[i] = true;
                }
            }

            if (t.StuckMinutes is { } stuckMinutes)
            {
                var continues = measured && stuckStart >= 0 && Math.Abs(v - values[stuckStart]) <= t.StuckTolerance;
                if (!continues)
                {
                    CloseStuck(stuckStart, i - 1);
                    stuckStart = measured ? i : -1;
                    stuckValue = v;
                }
            }
        }

        CloseStuck(stuckStart, values.Length - 1);
        zero?.Close();
        negative?.Close();
        overRange?.Close();

        void CloseStuck(int start, int last)
        {
            var records = last - start + 1;
            if (start < 0 || records < t.StuckMinutes!.Value)
            {
                return;
            }

            var at = minutes.Timestamps;
            findings.Add(new AnomalyFinding(channel, at[start], at[last], AnomalyKind.Stuck, stuckValue, records,
                $"the same value (within {Show(t.StuckTolerance)}) in at least {t.StuckMinutes.Value} consecutive N/T minutes"));
            Array.Fill(anomalous, true, start, records);
        }
    }

    /// <summary>Runs of missing minutes between two records, unless both neighbours are stopped (F):
    /// a stopped source may stop sending too.</summary>
    private static void FindGaps(MinuteSeries minutes, int gapMinutes, List<AnomalyFinding> findings)
    {
        var times = minutes.Timestamps;
        var flags = minutes.Flags;
        var threshold = Math.Max(1, gapMinutes);
        for (var i = 1; i < times.Length; i++)
        {
            var missing = (times[i].UtcTicks / TimeSpan.TicksPerMinute) - (times[i - 1].UtcTicks / TimeSpan.TicksPerMinute) - 1;
            if (missing < threshold || (flags[i - 1] == DataFlag.F && flags[i] == DataFlag.F))
            {
                continue;
            }

            var previousMinute = CemsTime.PeriodStart(times[i - 1], TimeSpan.TicksPerMinute);
            findings.Add(new AnomalyFinding(RecordChannel, previousMinute.AddMinutes(1), previousMinute.AddMinutes(missing), AnomalyKind.Gap, null,
                (int)Math.Min(int.MaxValue, missing), $"at least {threshold} consecutive minutes without a record, outside stops"));
        }
    }

    private static bool IsNextMinute(DateTimeOffset previous, DateTimeOffset current) =>
        (current.UtcTicks / TimeSpan.TicksPerMinute) - (previous.UtcTicks / TimeSpan.TicksPerMinute) == 1;

    private static double Keep(double a, double b) => a;

    private static string Show(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
