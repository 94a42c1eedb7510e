using Calcine.Application.Cems.Compliance;
using Calcine.Domain.Cems;
using Calcine.Domain.Cems.Limits;
using Calcine.Domain.Cems.Processing;
using Calcine.Storage;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Application.Cems.Stacks;

/// <summary>Reads the stack page. The charts come from the stored hours (one query); the month's ULE
/// test and the exceedance events come from the compliance engines over ONE read of the stored
/// minutes that covers both the month and the 30 days (the API reads the same minutes per call);
/// flue-gas flow, which has no stored hour, is averaged from those same minutes.</summary>
public static class StackPageReader
{
    public const int ChartDays = 30;
    public const int LiveHours = 24;

    private static readonly Pollutant[] AllPollutants = Enum.GetValues<Pollutant>();

    public static DateTime HourStart(DateTime utc) => new(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerHour), DateTimeKind.Utc);

    /// <summary>The last 24 hours (the current one still filling) for the live chart and hour table.</summary>
    public static async Task<StackLive> LiveAsync(CalcineDbContext db, ComplianceStack stack, DateTime nowUtc, CancellationToken ct)
    {
        var to = HourStart(nowUtc).AddHours(1);
        var from = to.AddHours(-LiveHours);
        var minutes = await new StackComplianceService(db).ReadMinutesAsync(stack.Id, from, to, ct);
        var hours = await HoursAsync(db, stack.Id, from, to, ct);
        return await LiveFromAsync(db, stack, from, to, hours, HourlyFlow(minutes, from, to, stack.UtcOffset), Limits(stack, nowUtc), ct);
    }

    /// <param name="cache">Keeps what is derived from the minutes between processing passes; null: derive on every call.</param>
    public static async Task<StackPageView> ReadAsync(CalcineDbContext db, ComplianceStack stack, int year, int month, DateTime nowUtc, StackPageCache? cache, CancellationToken ct)
    {
        var service = new StackComplianceService(db);
        var plant = stack.PlantId is { } pid ? await db.Plants.AsNoTracking().Where(p => p.Id == pid).Select(p => p.Code).SingleOrDefaultAsync(ct) : null;
        var to = HourStart(nowUtc).AddHours(1);
        var chartFrom = to.AddDays(-ChartDays);
        var liveFrom = to.AddHours(-LiveHours);
        var first = new DateOnly(year, month, 1);
        var (monthFrom, monthTo) = (stack.UtcOf(first), stack.UtcOf(first.AddMonths(1)));
        var limits = Limits(stack, nowUtc);

        var derived = cache is null
            ? await DeriveAsync(service, stack, monthFrom, monthTo, chartFrom, liveFrom, to, ct)
            : await cache.GetOrComputeAsync((stack.Id, stack.Settings, monthFrom, to), await StackPageCache.StampAsync(db, ct),
                () => DeriveAsync(service, stack, monthFrom, monthTo, chartFrom, liveFrom, to, ct), d => d.Bytes);

        // ONE read of the stored hours: the live day is the last 24 of the 30 days.
        var hours = await HoursAsync(db, stack.Id, chartFrom, to, ct);
        var live = await LiveFromAsync(db, stack, liveFrom, to, [.. hours.Where(h => h.HourUtc >= liveFrom)], derived.Flow24, limits, ct);
        var thirty = Series(hours, limits, derived.Flow30, FlowSymbol(stack));

        MonthCompliance? compliance = null;
        List<PageExceedance> exceedances = [];
        List<UnmatchedExplanation> unmatched = [];
        if (derived.Evaluation is { } evaluation)
        {
            compliance = StackViews.MonthView(stack.Id, year, month, evaluation);
            var events = derived.Events;
            if (derived.CutAtStart)
            {
                var read = await service.EventsAsync(stack, monthFrom, monthTo, ct);
                events = read.Success ? read.Value : [];
            }

            (exceedances, unmatched) = await ExplainedAsync(db, stack.Id, events, monthFrom, monthTo, live.LatestMinuteUtc, ct);
        }

        return new StackPageView(stack.Id, stack.Code, stack.Name, stack.PlantId, plant, CemsTime.FormatMonth(year, month), derived.Problem,
            live, chartFrom, thirty, compliance, exceedances, unmatched);
    }

    /// <param name="CutAtStart">An event starts in the first hour read, so may have started earlier: the service, which reads further back, lists the events then.</param>
    private sealed record MinuteDerived(StoredUleEvaluation? Evaluation, string? Problem, IReadOnlyList<ExceedanceEvent> Events, bool CutAtStart,
        List<HourPoint> Flow30, List<HourPoint> Flow24)
    {
        public long Bytes => 4096 + (Events.Count * 256) + ((Flow30.Count + Flow24.Count) * 64) + (Evaluation?.Months.Count ?? 0) * 1024;
    }

    /// <summary>ONE minute read when the month touches the 30 days (the usual case: this month or the
    /// last), from a day before the earlier start as the event search reads; a month long ago is read
    /// on its own, so a page of March 2025 does not read twenty months.</summary>
    private static async Task<MinuteDerived> DeriveAsync(StackComplianceService service, ComplianceStack stack, DateTime monthFrom, DateTime monthTo,
        DateTime chartFrom, DateTime liveFrom, DateTime to, CancellationToken ct)
    {
        var rules = stack.Settings.Resolve();
        StoredMinuteColumns recent;
        StoredMinuteColumns? monthMinutes;
        DateTime readFrom;
        if (monthFrom < to && monthTo > chartFrom)
        {
            readFrom = Min(monthFrom, chartFrom).AddDays(-1);
            recent = monthMinutes = await service.ReadMinutesAsync(stack.Id, readFrom, Max(monthTo, to), ct);
        }
        else
        {
            readFrom = monthFrom.AddDays(-1);
            monthMinutes = rules.Success ? await service.ReadMinutesAsync(stack.Id, readFrom, monthTo, ct) : null;
            recent = await service.ReadMinutesAsync(stack.Id, chartFrom, to, ct);
        }

        var flow30 = HourlyFlow(recent, chartFrom, to, stack.UtcOffset);
        var flow24 = flow30.Where(p => p.HourUtc >= liveFrom).ToList();
        if (!rules.Success)
        {
            return new MinuteDerived(null, string.Join("; ", rules.Errors.Select(e => e.ToString())), [], false, flow30, flow24);
        }

        var evaluated = StoredEvaluation.EvaluateUle(monthMinutes!, stack.UtcOffset, rules.Value.Ule, rules.Value.Standard);
        if (!evaluated.Success)
        {
            return new MinuteDerived(null, string.Join("; ", evaluated.Errors.Select(e => e.ToString())), [], false, flow30, flow24);
        }

        var all = evaluated.Value.Events;
        var cut = all.Any(e => e.Start.UtcTicks < readFrom.Ticks + TimeSpan.TicksPerHour);
        IReadOnlyList<ExceedanceEvent> events = [.. all.Where(e => e.End.UtcTicks > monthFrom.Ticks && e.Start.UtcTicks < monthTo.Ticks)
            .OrderBy(e => e.Start).ThenBy(e => e.Pollutant).ThenBy(e => e.Against)];
        return new MinuteDerived(evaluated.Value, null, events, cut, flow30, flow24);
    }

    /// <summary>The events with the plant's explanations, and explanations whose event moved (as the API lists them).</summary>
    private static async Task<(List<PageExceedance>, List<UnmatchedExplanation>)> ExplainedAsync(CalcineDbContext db, int stackId, IReadOnlyList<ExceedanceEvent> events,
        DateTime fromUtc, DateTime toUtc, DateTime? latestMinuteUtc, CancellationToken ct)
    {
        var explained = await new ExceedanceExplanations(db).PairAsync(stackId, events, fromUtc, toUtc, ct);
        // Running: it reaches the end of the hour holding the latest stored minute (as the stack list counts them).
        long? openEnd = latestMinuteUtc is { } m ? HourStart(m.AddMinutes(1)).Ticks : null;
        var views = explained.Events.Select(p => new PageExceedance(StackViews.View(p.Event, p.Explanation), openEnd is { } end && p.Event.End.UtcTicks >= end)).ToList();
        return (views, [.. explained.Unmatched.Select(StackViews.Unmatched)]);
    }

    private static async Task<StackLive> LiveFromAsync(CalcineDbContext db, ComplianceStack stack, DateTime from, DateTime to, List<HourRow> hours,
        List<HourPoint> flow, IReadOnlyDictionary<Pollutant, (double? Ule, double? Standard)> limits, CancellationToken ct)
    {
        var latest = await db.CemsMinutes.AsNoTracking().Where(m => m.StackId == stack.Id)
            .OrderByDescending(m => m.MinuteUtc).Select(m => (DateTime?)m.MinuteUtc).FirstOrDefaultAsync(ct);
        var lastPacket = await StackStatusReader.LastPacketAsync(db, stack.Id, ct);
        return new StackLive(stack.Id, from, to, lastPacket, latest is { } l ? DateTime.SpecifyKind(l, DateTimeKind.Utc) : null,
            Series(hours, limits, flow, FlowSymbol(stack), everyChart: true));
    }

    /// <summary>Flow is stored as the data logger sends it and shown in the unit the stack's flow
    /// channel declares (HJ 212's m³/s when none is declared).</summary>
    public static string FlowSymbol(ComplianceStack stack) =>
        FlueGasFlow.Symbol(FlueGasFlow.TryParseUnit(stack.DeclaredFlowUnit, out var unit) ? unit : FlowUnit.CubicMetresPerSecond);

    private sealed record HourRow(DateTime HourUtc, byte Channel, string Status, double? Converted, double? O2);

    /// <summary>Every stored hour of every pollutant of the stack in [from, to): one query.</summary>
    private static async Task<List<HourRow>> HoursAsync(CalcineDbContext db, int stackId, DateTime from, DateTime to, CancellationToken ct)
    {
        var rows = await db.CemsHours.AsNoTracking().Where(h => h.StackId == stackId && h.HourUtc >= from && h.HourUtc < to)
            .Select(h => new HourRow(h.HourUtc, h.Channel, h.Status, h.Converted, h.O2)).ToListAsync(ct);
        return [.. rows.Select(r => r with { HourUtc = DateTime.SpecifyKind(r.HourUtc, DateTimeKind.Utc) }).OrderBy(r => r.HourUtc).ThenBy(r => r.Channel)];
    }

    /// <summary>One series per pollutant the stack has hours of, then O2 (the hour's mean of valid O2
    /// minutes, stored with every pollutant's hour) and flow. <paramref name="everyChart"/>: also the
    /// limited pollutants, O2 and flow without hours yet, so the live page has a chart to fill.</summary>
    private static List<HourSeries> Series(List<HourRow> hours, IReadOnlyDictionary<Pollutant, (double? Ule, double? Standard)> limits, List<HourPoint> flow,
        string flowUnit, bool everyChart = false)
    {
        var series = new List<HourSeries>();
        foreach (var p in AllPollutants)
        {
            var channel = (byte)MinuteChannels.Of(p);
            var points = hours.Where(h => h.Channel == channel).Select(h => new HourPoint(h.HourUtc, h.Status == "valid" ? h.Converted : null, h.Status)).ToList();
            if (points.Count > 0 || (everyChart && limits.ContainsKey(p)))
            {
                var (ule, standard) = limits.TryGetValue(p, out var l) ? l : (null, null);
                series.Add(new HourSeries(p.Key(), "mg/m³", points, ule, standard));
            }
        }

        var o2 = hours.GroupBy(h => h.HourUtc).Select(g => new HourPoint(g.Key, g.Select(h => h.O2).FirstOrDefault(v => v is not null), g.First().Status)).ToList();
        if (o2.Count > 0 || everyChart)
        {
            series.Add(new HourSeries("o2", "%", o2, null, null));
        }

        if (flow.Count > 0 || everyChart)
        {
            series.Add(new HourSeries("flow", flowUnit, flow, null, null));
        }

        return series;
    }

    /// <summary>The mean of each local hour's valid flow minutes (flow has no stored hour); an hour
    /// without a valid flow minute has no value.</summary>
    private static List<HourPoint> HourlyFlow(StoredMinuteColumns minutes, DateTime from, DateTime to, TimeSpan utcOffset)
    {
        var points = new List<HourPoint>();
        if (!minutes.Has(MinuteChannel.Flow))
        {
            return points;
        }

        var ticks = minutes.UtcTicks;
        long currentHour = -1;
        double sum = 0;
        var valid = 0;
        for (var i = 0; i < ticks.Length; i++)
        {
            if (ticks[i] < from.Ticks || ticks[i] >= to.Ticks || minutes.Flag(MinuteChannel.Flow, i) is not { } flag)
            {
                continue;
            }

            var local = ticks[i] + utcOffset.Ticks;
            var hour = local - (local % TimeSpan.TicksPerHour) - utcOffset.Ticks;
            if (hour != currentHour)
            {
                Flush();
                (currentHour, sum, valid) = (hour, 0, 0);
            }

            if (flag.IsValid() && minutes.Value(MinuteChannel.Flow, i) is var v && double.IsFinite(v))
            {
                sum += v;
                valid++;
            }
        }

        Flush();
        return points;

        void Flush()
        {
            if (currentHour >= 0)
            {
                points.Add(new HourPoint(new DateTime(currentHour, DateTimeKind.Utc), valid > 0 ? sum / valid : null, valid > 0 ? "valid" : "invalid"));
            }
        }
    }

    /// <summary>Each pollutant's ULE target and legal limit in force now; empty when the rules are not usable.</summary>
    private static Dictionary<Pollutant, (double? Ule, double? Standard)> Limits(ComplianceStack stack, DateTime nowUtc)
    {
        var rules = stack.Settings.Resolve();
        var limits = new Dictionary<Pollutant, (double?, double?)>();
        if (!rules.Success)
        {
            return limits;
        }

        var today = DateOnly.FromDateTime(nowUtc + stack.UtcOffset);
        foreach (var p in AllPollutants)
        {
            var ule = Value(rules.Value.Ule, p, today);
            var standard = Value(rules.Value.Standard, p, today);
            if (ule is not null || standard is not null)
            {
                limits[p] = (ule, standard);
            }
        }

        return limits;
    }

    private static double? Value(LimitSet set, Pollutant p, DateOnly date) => set.IsRetrospective(date) ? set.Versions[0].For(p)?.Value : set.LimitAt(p, date)?.Value;

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;
}
