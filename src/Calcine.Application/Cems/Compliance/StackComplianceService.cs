using Calcine.Application.Cems.Processing;
using Calcine.Domain.Cems;
using Calcine.Domain.Cems.Processing;
using Calcine.Domain.Cems.Quality;
using Calcine.Domain.Results;
using Calcine.Storage;
using Calcine.Storage.Cems;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Application.Cems.Compliance;

/// <summary>A stack as the compliance service needs it.</summary>
/// <param name="DeclaredFlowUnit">The unit of the stack's flow channel (a00000) as declared, null when
/// none is: HJ 212's default m3/s then applies.</param>
public sealed record ComplianceStack(int Id, string Code, string Name, int? PlantId, TimeSpan UtcOffset, StackComplianceSettings Settings, double? ChannelReferenceO2Percent,
    string? DeclaredFlowUnit = null)
{
    /// <summary>The UTC instant of a local midnight of the stack.</summary>
    public DateTime UtcOf(DateOnly localDate) => DateTime.SpecifyKind(localDate.ToDateTime(TimeOnly.MinValue) - UtcOffset, DateTimeKind.Utc);
}

/// <summary>Evaluates a stack over a period from its stored minutes (issue 3 items 4–5 on stored
/// data). Events and rates are derived on every read, so late data is reflected at once.</summary>
public sealed class StackComplianceService(CalcineDbContext db)
{
    /// <summary>An event that starts in the first hour read may have started earlier: read further back,
    /// up to this far, so an event's start (the key of its explanation) does not depend on the query.</summary>
    public static readonly TimeSpan MaxLookBack = TimeSpan.FromDays(400);

    // Hours are keyed (stack, channel, hour): naming the pollutant channels lets a period's query
    // seek each channel's range instead of reading every hour the stack ever had.
    private static readonly List<byte> PollutantChannels = [.. Enum.GetValues<Pollutant>().Select(p => (byte)MinuteChannels.Of(p))];

    public async Task<ComplianceStack?> FindAsync(int stackId, CancellationToken ct)
    {
        var s = await db.Stacks.AsNoTracking().Where(s => s.Id == stackId)
            .Select(s => new
            {
                s.Id,
                s.Code,
                s.Name,
                s.PlantId,
                s.UtcOffsetMinutes,
                s.ComplianceRules,
                s.ComplianceStandard,
                s.ComplianceLimitsJson,
                Reference = s.Channels.Where(c => c.Pollutant != StackChannelNames.Flow).OrderBy(c => c.Pollutant).Select(c => c.ReferenceO2Percent).FirstOrDefault(),
                FlowUnit = s.Channels.Where(c => c.Pollutant == StackChannelNames.Flow).Select(c => c.Unit).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(ct);
        return s is null ? null : new ComplianceStack(s.Id, s.Code, s.Name, s.PlantId, TimeSpan.FromMinutes(s.UtcOffsetMinutes),
            new StackComplianceSettings(s.ComplianceRules, s.ComplianceStandard, s.ComplianceLimitsJson), s.Reference, s.FlowUnit);
    }

    /// <summary>Stored minutes of [fromUtc, toUtc), in time order.</summary>
    public async Task<StoredMinuteColumns> ReadMinutesAsync(int stackId, DateTime fromUtc, DateTime toUtc, CancellationToken ct)
    {
        var capacity = (int)Math.Clamp((toUtc - fromUtc).TotalMinutes, 16, 600_000);
        var columns = new StoredMinuteColumns(capacity);
        await MinuteRowReader.ReadAsync(db, stackId, fromUtc, toUtc, columns.Add, ct);
        return columns;
    }

    /// <summary>One local calendar month: the monthly ULE ratio and pass/fail per pollutant. The
    /// evaluation has no month when the stack has no data in it.</summary>
    public async Task<Result<StoredUleEvaluation>> MonthAsync(ComplianceStack stack, int year, int month, CancellationToken ct)
    {
        var rules = stack.Settings.Resolve();
        if (!rules.Success)
        {
            return Result<StoredUleEvaluation>.Fail(rules.Errors);
        }

        var first = new DateOnly(year, month, 1);
        var minutes = await ReadMinutesAsync(stack.Id, stack.UtcOf(first), stack.UtcOf(first.AddMonths(1)), ct);
        return StoredEvaluation.EvaluateUle(minutes, stack.UtcOffset, rules.Value.Ule, rules.Value.Standard);
    }

    /// <summary>Exceedance events (ULE target and legal standard) overlapping [fromUtc, toUtc).</summary>
    public async Task<Result<IReadOnlyList<ExceedanceEvent>>> EventsAsync(ComplianceStack stack, DateTime fromUtc, DateTime toUtc, CancellationToken ct)
    {
        var rules = stack.Settings.Resolve();
        if (!rules.Success)
        {
            return Result<IReadOnlyList<ExceedanceEvent>>.Fail(rules.Errors);
        }

        var lookBack = TimeSpan.FromDays(1);
        while (true)
        {
            var start = fromUtc - lookBack;
            var minutes = await ReadMinutesAsync(stack.Id, start, toUtc, ct);
            var evaluated = StoredEvaluation.EvaluateUle(minutes, stack.UtcOffset, rules.Value.Ule, rules.Value.Standard);
            if (!evaluated.Success)
            {
                return Result<IReadOnlyList<ExceedanceEvent>>.Fail(evaluated.Errors);
            }

            var events = evaluated.Value.Events;
            var cutAtStart = events.Any(e => e.Start.UtcTicks < start.Ticks + TimeSpan.TicksPerHour);
            if (!cutAtStart || lookBack >= MaxLookBack)
            {
                return Result<IReadOnlyList<ExceedanceEvent>>.Ok([.. events
                    .Where(e => e.End.UtcTicks > fromUtc.Ticks && e.Start.UtcTicks < toUtc.Ticks)
                    .OrderBy(e => e.Start).ThenBy(e => e.Pollutant).ThenBy(e => e.Against)]);
            }

            lookBack *= 4;
        }
    }

    /// <summary>The quality analysis of [fromUtc, toUtc), with the logger's own hourly values
    /// compared against the recomputed ones. Null when the stack has no pollutant data then.</summary>
    public async Task<QualityReport?> QualityAsync(ComplianceStack stack, DateTime fromUtc, DateTime toUtc, CancellationToken ct)
    {
        var rules = stack.Settings.Resolve();
        var reference = rules.Success ? rules.Value.Ule.ReferenceO2Percent : stack.ChannelReferenceO2Percent;
        var minutes = await ReadMinutesAsync(stack.Id, fromUtc, toUtc, ct);
        var das = await LoggerHoursAsync(stack, fromUtc, toUtc, ct);
        return StoredEvaluation.Quality(minutes, stack.UtcOffset, reference, das, new QualityOptions());
    }

    private async Task<List<DasHourlyValue>> LoggerHoursAsync(ComplianceStack stack, DateTime fromUtc, DateTime toUtc, CancellationToken ct)
    {
        var rows = await db.CemsHours.AsNoTracking()
            .Where(h => h.StackId == stack.Id && PollutantChannels.Contains(h.Channel) && h.HourUtc >= fromUtc && h.HourUtc < toUtc && h.LoggerValue != null)
            .Select(h => new { h.HourUtc, h.Channel, h.LoggerValue })
            .ToListAsync(ct);
        var values = new List<DasHourlyValue>(rows.Count);
        foreach (var r in rows.OrderBy(r => r.HourUtc).ThenBy(r => r.Channel))
        {
            if (MinuteDerivation.PollutantOf((MinuteChannel)r.Channel) is { } pollutant && double.IsFinite(r.LoggerValue!.Value))
            {
                var hour = new DateTimeOffset(r.HourUtc.Ticks + stack.UtcOffset.Ticks, stack.UtcOffset);
                values.Add(new DasHourlyValue(hour, pollutant, r.LoggerValue.Value));
            }
        }

        return values;
    }
}
