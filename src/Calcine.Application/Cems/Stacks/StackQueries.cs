using Calcine.Application.Cems.Compliance;
using Calcine.Domain.Results;
using Calcine.Storage;

namespace Calcine.Application.Cems.Stacks;

/// <summary>One stack's compliance on stored data: the monthly ULE test, the exceedance events with
/// the plant's explanations, data quality, the live hours and the stack page. Access to the stack
/// is checked by the caller (the stack's plant's); the stack is known to exist.</summary>
public sealed class StackQueries(CalcineDbContext db, TimeProvider clock, StackPageCache cache)
{
    private const string InvalidQuery = "The query is invalid";

    public async Task<Outcome<MonthCompliance>> MonthAsync(int id, string? month, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (!StackQuery.TryMonth(month, errors, out var year, out var monthNumber))
        {
            return Outcome<MonthCompliance>.Invalid(errors, InvalidQuery);
        }

        var service = new StackComplianceService(db);
        var stack = (await service.FindAsync(id, ct))!;
        var rules = stack.Settings.Resolve();
        if (!rules.Success)
        {
            return NoRules<MonthCompliance>(rules.Errors);
        }

        var result = await service.MonthAsync(stack, year, monthNumber, ct);
        return result.Success
            ? Outcome<MonthCompliance>.Ok(StackViews.MonthView(id, year, monthNumber, result.Value))
            : NoRules<MonthCompliance>(result.Errors);
    }

    public async Task<Outcome<ExceedanceList>> ExceedancesAsync(int id, string? from, string? to, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (!StackQuery.TryDays(from, to, errors, out var first, out var last))
        {
            return Outcome<ExceedanceList>.Invalid(errors, InvalidQuery);
        }

        var service = new StackComplianceService(db);
        var stack = (await service.FindAsync(id, ct))!;
        var (fromUtc, toUtc) = (stack.UtcOf(first), stack.UtcOf(last.AddDays(1)));
        var events = await service.EventsAsync(stack, fromUtc, toUtc, ct);
        if (!events.Success)
        {
            return NoRules<ExceedanceList>(events.Errors);
        }

        var explained = await new ExceedanceExplanations(db).PairAsync(id, events.Value, fromUtc, toUtc, ct);
        var views = explained.Events.Select(p => StackViews.View(p.Event, p.Explanation)).ToList();
        var unmatched = explained.Unmatched.Select(StackViews.Unmatched).ToList();
        return Outcome<ExceedanceList>.Ok(new(id, StackQuery.Format(first), StackQuery.Format(last), views, unmatched));
    }

    public async Task<Outcome<StackQuality>> QualityAsync(int id, string? from, string? to, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (!StackQuery.TryDays(from, to, errors, out var first, out var last))
        {
            return Outcome<StackQuality>.Invalid(errors, InvalidQuery);
        }

        var service = new StackComplianceService(db);
        var stack = (await service.FindAsync(id, ct))!;
        var report = await service.QualityAsync(stack, stack.UtcOf(first), stack.UtcOf(last.AddDays(1)), ct);
        var reference = stack.Settings.Resolve() is { Success: true } r ? r.Value.Ule.ReferenceO2Percent : stack.ChannelReferenceO2Percent;
        return Outcome<StackQuality>.Ok(StackQualityView.Build(id, StackQuery.Format(first), StackQuery.Format(last), reference, report));
    }

    /// <summary>The last 24 hours of stored hourly values, as of now.</summary>
    public async Task<StackLive> LiveAsync(int id, CancellationToken ct)
    {
        var stack = (await new StackComplianceService(db).FindAsync(id, ct))!;
        return await StackPageReader.LiveAsync(db, stack, clock.GetUtcNow().UtcDateTime, ct);
    }

    /// <summary>The stack with its settings, or null when there is none.</summary>
    public Task<ComplianceStack?> FindAsync(int id, CancellationToken ct) => new StackComplianceService(db).FindAsync(id, ct);

    /// <summary>The stack page's view of <paramref name="month"/>, as of <paramref name="nowUtc"/>.</summary>
    public Task<StackPageView> PageAsync(ComplianceStack stack, int year, int month, DateTime nowUtc, CancellationToken ct) =>
        StackPageReader.ReadAsync(db, stack, year, month, nowUtc, cache, ct);

    private static Outcome<T> NoRules<T>(IReadOnlyList<ValidationError> errors) => Outcome<T>.Conflict(
        "The stack's compliance rules are not usable", string.Join("; ", errors.Select(e => e.ToString())));
}
