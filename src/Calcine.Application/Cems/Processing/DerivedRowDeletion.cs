using Calcine.Storage;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Application.Cems.Processing;

/// <summary>Deletes the derived rows a pass replaces with a few range statements instead of one per
/// key: each stack's replaced periods are cut into runs of consecutive periods, and stacks with the
/// same run share one statement (under a steady load every stack replaces the same minute, so a
/// table takes one or two statements). Only the keys given are deleted: a gap between two replaced
/// periods of a stack is a run boundary, never part of a range.</summary>
public static class DerivedRowDeletion
{
    // Keeps a statement's stack list well inside every provider's parameter limit.
    private const int StacksPerStatement = 1000;

    public static async Task<int> DeleteMinutesAsync(CalcineDbContext db, IEnumerable<(int StackId, DateTime Minute)> keys, CancellationToken cancellationToken)
    {
        var deleted = 0;
        foreach (var (stacks, from, to) in Ranges(keys, m => m + DerivedPeriods.Minute))
        {
            deleted += await db.CemsMinutes.Where(m => stacks.Contains(m.StackId) && m.MinuteUtc >= from && m.MinuteUtc < to).ExecuteDeleteAsync(cancellationToken);
        }

        return deleted;
    }

    public static async Task<int> DeleteHoursAsync(CalcineDbContext db, IEnumerable<(int StackId, DateTime Hour)> keys, CancellationToken cancellationToken)
    {
        var deleted = 0;
        foreach (var (stacks, from, to) in Ranges(keys, h => h + DerivedPeriods.Hour))
        {
            deleted += await db.CemsHours.Where(h => stacks.Contains(h.StackId) && h.HourUtc >= from && h.HourUtc < to).ExecuteDeleteAsync(cancellationToken);
        }

        return deleted;
    }

    public static async Task<int> DeleteDaysAsync(CalcineDbContext db, IEnumerable<(int StackId, DateOnly Day)> keys, CancellationToken cancellationToken)
    {
        var deleted = 0;
        foreach (var (stacks, from, to) in Ranges(keys, d => d.AddDays(1)))
        {
            deleted += await db.CemsDays.Where(d => stacks.Contains(d.StackId) && d.Day >= from && d.Day < to).ExecuteDeleteAsync(cancellationToken);
        }

        return deleted;
    }

    /// <summary>The keys as (stacks, from, to exclusive) ranges that together cover exactly the keys.</summary>
    public static IEnumerable<(List<int> StackIds, T From, T To)> Ranges<T>(IEnumerable<(int StackId, T Start)> keys, Func<T, T> next)
        where T : struct, IComparable<T>
    {
        var runs = new Dictionary<(T From, T To), List<int>>();
        foreach (var stack in keys.Distinct().GroupBy(k => k.StackId))
        {
            T? from = null, to = null;
            foreach (var start in stack.Select(k => k.Start).Order())
            {
                if (to is { } end && start.CompareTo(end) == 0)
                {
                    to = next(start);
                    continue;
                }

                if (from is { } f)
                {
                    Add(runs, (f, to!.Value), stack.Key);
                }

                from = start;
                to = next(start);
            }

            if (from is { } last)
            {
                Add(runs, (last, to!.Value), stack.Key);
            }
        }

        foreach (var ((from, to), stacks) in runs)
        {
            foreach (var chunk in stacks.Chunk(StacksPerStatement))
            {
                yield return ([.. chunk], from, to);
            }
        }
    }

    private static void Add<T>(Dictionary<(T, T), List<int>> runs, (T, T) run, int stackId)
        where T : struct
    {
        if (!runs.TryGetValue(run, out var stacks))
        {
            stacks = [];
            runs[run] = stacks;
        }

        stacks.Add(stackId);
    }
}
