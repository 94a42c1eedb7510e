using Calcine.Application.Cems.Compliance;
using Calcine.Storage;

namespace Calcine.Application.Cems.Stacks;

/// <summary>A stack on the regulator's page: its status line and this month's exceedance events.</summary>
/// <param name="MonthEvents">Exceedance events (ULE target or legal limit) overlapping the stack's current local month; null when the rules are not usable.</param>
public sealed record RankedStack(StackStatus Status, string Month, int? MonthEvents);

/// <summary>"Worst first" on the regulator's page (docs/methods/stack-pages.md): most open
/// exceedances first; then most exceedance events this month; then the lowest data capture rate
/// today, a stack without a capture rate today (no complete hour, no data) counting as 0 %; then
/// the stack code. Each key is one the regulator acts on, in the order it acts on them.</summary>
public static class StackRanking
{
    public static IReadOnlyList<RankedStack> Order(IEnumerable<RankedStack> stacks) =>
        [.. stacks.OrderByDescending(s => s.Status.OpenExceedances.Count)
            .ThenByDescending(s => s.MonthEvents ?? 0)
            .ThenBy(s => s.Status.Today?.CaptureRate ?? 0)
            .ThenBy(s => s.Status.Code, StringComparer.Ordinal)];

    /// <summary>The status lines (as <c>GET /api/stacks</c> answers them) with this month's events, worst first.</summary>
    public static async Task<IReadOnlyList<RankedStack>> RankAsync(CalcineDbContext db, IReadOnlyList<StackStatus> statuses, DateTime nowUtc, CancellationToken ct)
    {
        var service = new StackComplianceService(db);
        var ranked = new List<RankedStack>(statuses.Count);
        foreach (var status in statuses)
        {
            var stack = (await service.FindAsync(status.Id, ct))!;
            var today = DateOnly.FromDateTime(nowUtc + stack.UtcOffset);
            var first = new DateOnly(today.Year, today.Month, 1);
            var events = await service.EventsAsync(stack, stack.UtcOf(first), stack.UtcOf(first.AddMonths(1)), ct);
            ranked.Add(new RankedStack(status, StackQuery.Format(first)[..7], events.Success ? events.Value.Count : null));
        }

        return Order(ranked);
    }
}
