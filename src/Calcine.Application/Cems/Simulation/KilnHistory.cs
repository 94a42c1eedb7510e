using System.Globalization;
using System.Text;

namespace Calcine.Application.Cems.Simulation;

/// <summary>What a planned stretch of a history is: an hourly exceedance of a ULE target by one
/// pollutant, a kiln stop (flag F), a calibration (flag C) or a gap (no packets at all).</summary>
public enum HistoryEpisodeKind { So2AboveTarget, NoxAboveTarget, PmAboveTarget, KilnStop, Calibration, Gap }

/// <summary>One planned stretch of a history, [StartLocal, EndLocal) on the stack's clock.</summary>
public sealed record HistoryEpisode(HistoryEpisodeKind Kind, DateTime StartLocal, DateTime EndLocal)
{
    public bool Covers(DateTime local) => local >= StartLocal && local < EndLocal;
}

/// <summary>Days of plausible kiln-tail minute packets (CN 2051) for one stack, deterministic for a
/// seed and a first minute. Levels at 10 % O2 as a modern line with SNCR and a bag filter reports
/// them under the 2024 ULE targets (PM 10, SO2 35, NOx 50, NH3 8 mg/m3): PM about 3, SO2 about 12,
/// NOx about 36, NH3 slip about 2. The raw mill stops every evening in the peak-tariff hours
/// (17:00–21:00), when the mill no longer scrubs SO2 and the gas leaves hotter. Planned episodes:
/// a daily 15-minute zero/span calibration (C), about one target exceedance every four days (SO2
/// after a raw-meal change, NOx when the SNCR trips, PM after a torn bag; two to four whole hours at
/// 1.3–1.7 times the target), one kiln stop of 14 hours when the history is at least five days
/// long, and one 23-minute gap in transmission when it is at least two days long. Values are the
/// measured dry concentrations the analyser reports (Avg), the corrected ones (ZsAvg) beside them.</summary>
public sealed class KilnHistory
{
    private const double Ule = 10; // reference O2 of the kiln-tail targets, %
    private static readonly TimeSpan Calibration = TimeSpan.FromMinutes(15);

    private readonly Random random;
    private readonly List<HistoryEpisode> episodes = [];
    private double noxDrift, so2Drift, pmDrift;

    /// <param name="seed">Same seed and first minute, same packets.</param>
    /// <param name="firstMinuteLocal">The first minute, on the stack's clock (whole minutes).</param>
    /// <param name="minutes">How many minutes the history spans.</param>
    public KilnHistory(int seed, DateTime firstMinuteLocal, int minutes)
    {
        random = new Random(seed);
        FirstMinuteLocal = new DateTime(firstMinuteLocal.Ticks - (firstMinuteLocal.Ticks % TimeSpan.TicksPerMinute), DateTimeKind.Unspecified);
        Minutes = minutes;
        Plan();
    }

    /// <summary>The history of one demo stack ending at <paramref name="endUtc"/> (exclusive): its
    /// generator is seeded with <paramref name="seed"/> plus the stack's id, so stacks differ.</summary>
    public static KilnHistory ForStack(int seed, int stackId, DateTime endUtc, int days, TimeSpan utcOffset) =>
        new(seed + stackId, endUtc - TimeSpan.FromDays(days) + utcOffset, days * 1440);

    public DateTime FirstMinuteLocal { get; }
    public int Minutes { get; }
    public DateTime EndLocal => FirstMinuteLocal.AddMinutes(Minutes);

    /// <summary>The planned stretches in time order; exceedances never overlap a stop, a gap or each other.</summary>
    public IReadOnlyList<HistoryEpisode> Episodes => episodes;

    /// <summary>Minutes without a packet (the gap).</summary>
    public int MissingMinutes => episodes.Where(e => e.Kind == HistoryEpisodeKind.Gap).Sum(e => (int)(e.EndLocal - e.StartLocal).TotalMinutes);

    /// <summary>The minute packets in time order: local minute and CP data area; a minute of the gap is skipped.
    /// Enumerate once: the values are drawn as the enumeration goes.</summary>
    public IEnumerable<(DateTime MinuteLocal, string Cp)> Packets()
    {
        var sb = new StringBuilder(640);
        for (var i = 0; i < Minutes; i++)
        {
            var t = FirstMinuteLocal.AddMinutes(i);
            var cp = MinuteCp(sb, t);
            if (cp is not null)
            {
                yield return (t, cp);
            }
        }
    }

    private void Plan()
    {
        var days = (int)Math.Ceiling(Minutes / 1440.0);
        var firstDay = FirstMinuteLocal.Date;
        for (var d = 0; d <= days; d++)
        {
            var calibration = firstDay.AddDays(d).AddHours(2);
            Add(new HistoryEpisode(HistoryEpisodeKind.Calibration, calibration, calibration + Calibration));
        }

        if (days >= 5)
        {
            var stop = firstDay.AddDays(Math.Max(1, (int)(days * 0.4))).AddHours(6);
            Add(new HistoryEpisode(HistoryEpisodeKind.KilnStop, stop, stop.AddHours(14)));
        }

        if (days >= 2)
        {
            var gap = FirstMinuteLocal.AddMinutes((int)(Minutes * 0.75));
            Add(new HistoryEpisode(HistoryEpisodeKind.Gap, gap, gap.AddMinutes(23)));
        }

        // One exceedance per window of four days, at a whole hour so its hourly means are wholly above;
        // a few draws each, so a window is rarely left without one.
        for (var window = 0; window * 4 < days; window++)
        {
            for (var attempt = 0; attempt < 6; attempt++)
            {
                var day = firstDay.AddDays((window * 4) + random.Next(0, Math.Min(4, days + 1 - (window * 4))));
                var roll = random.NextDouble();
                var kind = roll < 0.55 ? HistoryEpisodeKind.So2AboveTarget : roll < 0.85 ? HistoryEpisodeKind.NoxAboveTarget : HistoryEpisodeKind.PmAboveTarget;
                var start = day.AddHours(random.Next(4, 15));
                var candidate = new HistoryEpisode(kind, start, start.AddHours(random.Next(2, 5)));
                if (Clear(candidate))
                {
                    episodes.Add(candidate);
                    break;
                }
            }
        }

        episodes.Sort((a, b) => a.StartLocal.CompareTo(b.StartLocal));
    }

    private void Add(HistoryEpisode episode)
    {
        if (episode.StartLocal < EndLocal && FirstMinuteLocal < episode.EndLocal)
        {
            episodes.Add(episode);
        }
    }

    /// <summary>Whole hours inside the history, an hour clear of the calibrations, the stop, the gap and other exceedances.</summary>
    private bool Clear(HistoryEpisode candidate) =>
        candidate.StartLocal >= FirstMinuteLocal.Date.AddHours(FirstMinuteLocal.Hour + 1)
        && candidate.EndLocal <= EndLocal.Date.AddHours(EndLocal.Hour)
        && !episodes.Any(e => e.StartLocal < candidate.EndLocal.AddHours(1) && candidate.StartLocal.AddHours(-1) < e.EndLocal);

    /// <summary>The episode at a minute; a gap wins over a calibration it overlaps (no packet, no flag).</summary>
    private HistoryEpisode? At(DateTime local)
    {
        HistoryEpisode? found = null;
        foreach (var e in episodes)
        {
            if (e.Covers(local) && (found is null || e.Kind == HistoryEpisodeKind.Gap))
            {
                found = e;
            }
        }

        return found;
    }

    private string? MinuteCp(StringBuilder sb, DateTime t)
    {
        var episode = At(t);
        if (episode?.Kind == HistoryEpisodeKind.Gap)
        {
            return null;
        }

        var stopped = episode?.Kind == HistoryEpisodeKind.KilnStop;
        var flag = stopped ? 'F' : episode?.Kind == HistoryEpisodeKind.Calibration ? 'C' : 'N';
        var hour = t.Hour + (t.Minute / 60.0);
        var millOff = hour is >= 17 and < 21;
        // Slow drifts (AR(1) per minute), so hours differ from one another as they do on a real line.
        noxDrift = (0.995 * noxDrift) + Normal(0, 0.35);
        so2Drift = (0.995 * so2Drift) + Normal(0, 0.12);
        pmDrift = (0.995 * pmDrift) + Normal(0, 0.03);
        double o2, flow, temperature, pm, so2, nox, nh3;
        if (stopped)
        {
            o2 = Normal(20.6, 0.1);
            flow = 60000 / 3600.0 * (0.9 + (0.2 * random.NextDouble()));
            temperature = Normal(48, 2);
            (pm, so2, nox, nh3) = (Normal(0.8, 0.1), Normal(1.5, 0.3), Normal(3, 0.5), 0.1);
        }
        else
        {
            o2 = Math.Clamp(Normal(millOff ? 10.6 : 11.2, 0.3), 8, 14);
            // HJ 212 a00000 is in m³/s: 125 m³/s (450,000 m³ an hour) while the raw mill runs, 106 when it is off.
            flow = (millOff ? 380000 : 450000) / 3600.0 * (0.97 + (0.06 * random.NextDouble()));
            temperature = Normal(millOff ? 142 : 108, 2.5);
            // Corrected (10 % O2) levels: a small diurnal swing of the kiln and the mill's effect on SO2.
            var diurnal = Math.Sin((hour - 8) / 24 * 2 * Math.PI);
            var pmZs = Math.Max(0.5, 3 + pmDrift + (0.3 * diurnal) + Normal(0, 0.4));
            var so2Zs = Math.Max(1, 12 + so2Drift + (millOff ? 11 : 0) + (1.5 * diurnal) + Normal(0, 1.5));
            var noxZs = Math.Max(5, 36 + Math.Clamp(noxDrift, -6, 6) + (2 * diurnal) + Normal(0, 2.5));
            var nh3Zs = Math.Max(0.1, 2 + Normal(0, 0.3));
            // A target exceedance ramps up over its first minutes and stays 1.3–1.7 times the target.
            if (episode is { Kind: HistoryEpisodeKind.So2AboveTarget or HistoryEpisodeKind.NoxAboveTarget or HistoryEpisodeKind.PmAboveTarget } x)
            {
                var level = 1.3 + (0.4 * Hash01(x.StartLocal));
                switch (x.Kind)
                {
                    case HistoryEpisodeKind.So2AboveTarget: so2Zs = (35 * level) + Normal(0, 2); break;
                    case HistoryEpisodeKind.NoxAboveTarget: noxZs = (50 * level) + Normal(0, 3); nh3Zs = 0.5; break;
                    default: pmZs = (10 * level) + Normal(0, 0.6); break;
                }
            }

            // The analyser reports dry measured values; the correction to 10 % O2 multiplies by k.
            var k = (21 - Ule) / (21 - o2);
            (pm, so2, nox, nh3) = (pmZs / k, so2Zs / k, noxZs / k, nh3Zs / k);
        }

        var zs = (21 - Ule) / (21 - Math.Min(o2, 20.5));
        sb.Clear();
        sb.Append(CultureInfo.InvariantCulture, $"DataTime={t:yyyyMMddHHmm}00");
        Channel(sb, "a00000", flow, "0.0", null, null, flag);
        Channel(sb, "a34013", pm, "0.00", zs, flow, flag);
        Channel(sb, "a21026", so2, "0.00", zs, flow, flag);
        Channel(sb, "a21002", nox, "0.00", zs, flow, flag);
        Channel(sb, "a21001", nh3, "0.00", zs, flow, flag);
        Channel(sb, "a19001", o2, "0.00", null, null, flag);
        Channel(sb, "a01012", temperature, "0.0", null, null, flag);
        return sb.ToString();
    }

    private void Channel(StringBuilder sb, string code, double avg, string format, double? zs, double? flow, char flag)
    {
        var spread = 0.04 + (0.04 * random.NextDouble());
        sb.Append(';');
        if (flow is { } q)
        {
            // Emitted mass in the minute, kg: mg/m3 × m3/s × 60 s / 1e6.
            sb.Append(code).Append("-Cou=").Append((avg * q * 60 / 1e6).ToString("0.0000", CultureInfo.InvariantCulture)).Append(',');
        }

        sb.Append(code).Append("-Min=").Append((avg * (1 - spread)).ToString(format, CultureInfo.InvariantCulture))
          .Append(',').Append(code).Append("-Avg=").Append(avg.ToString(format, CultureInfo.InvariantCulture))
          .Append(',').Append(code).Append("-Max=").Append((avg * (1 + spread)).ToString(format, CultureInfo.InvariantCulture));
        if (zs is { } z)
        {
            sb.Append(',').Append(code).Append("-ZsAvg=").Append((avg * z).ToString(format, CultureInfo.InvariantCulture));
        }

        sb.Append(',').Append(code).Append("-Flag=").Append(flag);
    }

    /// <summary>A fixed fraction per episode, so an episode's level does not depend on the draw order.</summary>
    private static double Hash01(DateTime t) => (uint)(t.Ticks / TimeSpan.TicksPerMinute * 2654435761L) / (double)uint.MaxValue;

    private double Normal(double mean, double sd)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return mean + (sd * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2));
    }
}
