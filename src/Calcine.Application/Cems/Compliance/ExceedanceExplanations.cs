using Calcine.Domain.Cems;
using Calcine.Storage;
using Calcine.Storage.Cems;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Application.Cems.Compliance;

public enum ExplanationOutcome
{
    Saved,
    /// <summary>No exceedance event of the pollutant starts at that instant (any more).</summary>
    NoSuchEvent,
    /// <summary>The stack belongs to no plant, so the explanation would have no tenant.</summary>
    NoPlant,
    /// <summary>The stack has no usable compliance rules, so it has no events.</summary>
    NoRules,
}

/// <summary>Exceedance events each with the plant's explanation (null when none), and the explanations
/// of the period whose event moved or vanished with late data.</summary>
public sealed record ExplainedEvents(
    IReadOnlyList<(ExceedanceEvent Event, ExceedanceExplanationEntity? Explanation)> Events,
    IReadOnlyList<ExceedanceExplanationEntity> Unmatched);

/// <summary>The plant's explanations of exceedance events, keyed by stack, pollutant and event
/// start (UTC). An explanation is accepted only for an event that exists when it is written; it is
/// kept if late data later moves the event, and then listed as no longer matching an event.</summary>
public sealed class ExceedanceExplanations(CalcineDbContext db)
{
    public Task<List<ExceedanceExplanationEntity>> ForStackAsync(int stackId, DateTime fromUtc, DateTime toUtc, CancellationToken ct) =>
        db.ExceedanceExplanations.AsNoTracking()
            .Where(e => e.StackId == stackId && e.EventStartUtc >= fromUtc && e.EventStartUtc < toUtc)
            .OrderBy(e => e.EventStartUtc).ThenBy(e => e.Pollutant).ToListAsync(ct);

    /// <summary>The one pairing of events with explanations (by pollutant and start instant) that the
    /// API, the stack page, the stack status and the reports show. Explanations are read from the
    /// earliest event's start (an event may begin before the period); unmatched ones only from <paramref name="fromUtc"/>.</summary>
    public async Task<ExplainedEvents> PairAsync(int stackId, IReadOnlyList<ExceedanceEvent> events, DateTime fromUtc, DateTime toUtc, CancellationToken ct)
    {
        var earliest = events.Count == 0 ? fromUtc : new DateTime(Math.Min(fromUtc.Ticks, events.Min(e => e.Start.UtcTicks)), DateTimeKind.Utc);
        var explanations = await ForStackAsync(stackId, earliest, toUtc, ct);
        var byKey = explanations.ToDictionary(e => (e.Pollutant, e.EventStartUtc.Ticks));
        var paired = events.Select(e => (e, byKey.GetValueOrDefault((e.Pollutant.Key(), e.Start.UtcTicks)))).ToList();
        var matched = events.Select(e => (e.Pollutant.Key(), e.Start.UtcTicks)).ToHashSet();
        var unmatched = explanations.Where(e => !matched.Contains((e.Pollutant, e.EventStartUtc.Ticks)) && e.EventStartUtc >= fromUtc).ToList();
        return new(paired, unmatched);
    }

    public async Task<(ExplanationOutcome Outcome, ExceedanceExplanationEntity? Explanation)> SaveAsync(ComplianceStack stack, Pollutant pollutant, DateTime startUtc,
        string text, string actorId, string? actorName, DateTimeOffset now, CancellationToken ct)
    {
        if (stack.PlantId is not { } plantId)
        {
            return (ExplanationOutcome.NoPlant, null);
        }

        var events = await new StackComplianceService(db).EventsAsync(stack, startUtc, startUtc.AddHours(1), ct);
        if (!events.Success)
        {
            return (ExplanationOutcome.NoRules, null);
        }

        if (!events.Value.Any(e => e.Pollutant == pollutant && e.Start.UtcTicks == startUtc.Ticks))
        {
            return (ExplanationOutcome.NoSuchEvent, null);
        }

        try
        {
            return (ExplanationOutcome.Saved, await UpsertAsync(stack.Id, plantId, pollutant.Key(), startUtc, text, actorId, actorName, now, ct));
        }
        catch (DbUpdateException)
        {
            // Two first explanations of one event raced and the other was inserted first: update it.
            db.ChangeTracker.Clear();
            return (ExplanationOutcome.Saved, await UpsertAsync(stack.Id, plantId, pollutant.Key(), startUtc, text, actorId, actorName, now, ct));
        }
    }

    private async Task<ExceedanceExplanationEntity> UpsertAsync(int stackId, int plantId, string key, DateTime startUtc, string text, string actorId, string? actorName,
        DateTimeOffset now, CancellationToken ct)
    {
        var entity = await db.ExceedanceExplanations.SingleOrDefaultAsync(e => e.StackId == stackId && e.Pollutant == key && e.EventStartUtc == startUtc, ct);
        if (entity is null)
        {
            entity = new ExceedanceExplanationEntity { StackId = stackId, PlantId = plantId, Pollutant = key, EventStartUtc = startUtc, Text = text, UpdatedById = actorId };
            db.ExceedanceExplanations.Add(entity);
        }

        entity.Text = text;
        entity.UpdatedById = actorId;
        entity.UpdatedByName = actorName;
        entity.UpdatedUtc = now;
        await db.SaveChangesAsync(ct);
        return entity;
    }
}
