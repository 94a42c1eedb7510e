using Calcine.Application.Cems.Processing;
using Calcine.Storage.Cems;
using Calcine.TestKit.Databases;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Storage.Tests.Processing;

/// <summary>Replaced derived rows are deleted by range, and only they are.</summary>
public class DerivedRowDeletionTests
{
    private static readonly DateTime T0 = new(2025, 3, 15, 1, 0, 0, DateTimeKind.Utc);

    public static TheoryData<string> Providers() => TestDatabase.Providers();

    private static async Task<(int A, int B)> TwoStacksAsync(CalcineDbContext context)
    {
        var a = new StackEntity { Code = "A", Name = "A" };
        var b = new StackEntity { Code = "B", Name = "B" };
        context.Stacks.AddRange(a, b);
        await context.SaveChangesAsync();
        return (a.Id, b.Id);
    }

    [Fact]
    public void Ranges_KeysWithGapsAndSharedRuns_CoverExactlyTheKeys()
    {
        (int, int)[] keys = [(1, 1), (1, 2), (1, 4), (2, 1), (2, 2), (3, 7), (2, 2)];

        var ranges = DerivedRowDeletion.Ranges(keys, n => n + 1).ToList();

        var covered = ranges.SelectMany(r => r.StackIds.SelectMany(s => Enumerable.Range(r.From, r.To - r.From).Select(n => (s, n)))).Order().ToList();
        Assert.Equal(keys.Distinct().Order(), covered);
        // Stacks 1 and 2 share the run 1–2: one statement for both.
        Assert.Equal(3, ranges.Count);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task DeleteMinutes_KeysWithGaps_RowsOutsideTheKeysSurvive(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var context = db.CreateContext();
        var (a, b) = await TwoStacksAsync(context);
        foreach (var stack in new[] { a, b })
        {
            context.CemsMinutes.AddRange(Enumerable.Range(0, 6).Select(m => new CemsMinuteEntity { StackId = stack, MinuteUtc = T0.AddMinutes(m), SourceCn = 2011, Data = [1] }));
        }

        await context.SaveChangesAsync();

        var deleted = await DerivedRowDeletion.DeleteMinutesAsync(context, [(a, T0.AddMinutes(1)), (a, T0.AddMinutes(2)), (a, T0.AddMinutes(4)), (b, T0.AddMinutes(2))], CancellationToken.None);

        var left = await context.CemsMinutes.AsNoTracking().Select(m => new { m.StackId, m.MinuteUtc }).ToListAsync();
        Assert.Equal(4, deleted);
        Assert.Equal(
            [.. new[] { 0, 3, 5 }.Select(m => (a, T0.AddMinutes(m))), .. new[] { 0, 1, 3, 4, 5 }.Select(m => (b, T0.AddMinutes(m)))],
            left.Select(m => (m.StackId, m.MinuteUtc)).Order());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task DeleteHoursAndDays_OneKeyEach_EveryChannelOfItGoesAndNothingElse(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var context = db.CreateContext();
        var (a, b) = await TwoStacksAsync(context);
        var day = new DateOnly(2025, 3, 15);
        foreach (var stack in new[] { a, b })
        {
            foreach (byte channel in new byte[] { 1, 2 })
            {
                context.CemsHours.AddRange(Enumerable.Range(0, 3).Select(h => new CemsHourEntity { StackId = stack, Channel = channel, HourUtc = T0.AddHours(h), Flag = "N", Status = "valid" }));
                context.CemsDays.AddRange(Enumerable.Range(0, 3).Select(d => new CemsDayEntity { StackId = stack, Channel = channel, Day = day.AddDays(d), Flag = "N", Status = "valid" }));
            }
        }

        await context.SaveChangesAsync();

        var hours = await DerivedRowDeletion.DeleteHoursAsync(context, [(a, T0.AddHours(1))], CancellationToken.None);
        var days = await DerivedRowDeletion.DeleteDaysAsync(context, [(b, day.AddDays(2))], CancellationToken.None);

        Assert.Equal((2, 2), (hours, days));
        Assert.False(await context.CemsHours.AnyAsync(h => h.StackId == a && h.HourUtc == T0.AddHours(1)));
        Assert.Equal(10, await context.CemsHours.CountAsync());
        Assert.False(await context.CemsDays.AnyAsync(d => d.StackId == b && d.Day == day.AddDays(2)));
        Assert.Equal(10, await context.CemsDays.CountAsync());
    }
}
