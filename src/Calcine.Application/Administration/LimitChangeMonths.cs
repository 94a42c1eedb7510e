using Calcine.Domain.Cems;
using Calcine.Domain.Cems.Limits;

namespace Calcine.Application.Administration;

/// <summary>Which months a change of a stack's limits alters: those on or after the first local day
/// on which any pollutant's limit (ULE target or legal standard) differs between the old and the new
/// settings. Each day is judged by the version in force on it, so only version boundaries can differ.</summary>
public static class LimitChangeMonths
{
    /// <summary>The first day judged differently; null when the change alters no day;
    /// <see cref="DateOnly.MinValue"/> when every day is (another rule set, clock or none before).</summary>
    public static DateOnly? FirstChangedDay((LimitSet Ule, LimitSet Standard)? before, (LimitSet Ule, LimitSet Standard) after)
    {
        if (before is not { } old)
        {
            return DateOnly.MinValue;
        }

        DateOnly[] days = [DateOnly.MinValue, .. Boundaries(old.Ule), .. Boundaries(old.Standard), .. Boundaries(after.Ule), .. Boundaries(after.Standard)];
        foreach (var day in days.Distinct().Order())
        {
            if (Differs(old.Ule, after.Ule, day) || Differs(old.Standard, after.Standard, day))
            {
                return day;
            }
        }

        return null;
    }

    /// <summary>The months (yyyy-MM) with data that lie on or after <paramref name="first"/>.</summary>
    public static IReadOnlyList<string> Affected(DateOnly first, IEnumerable<DateOnly> daysWithData) =>
        [.. daysWithData.Where(d => d >= new DateOnly(first.Year, first.Month, 1))
            .Select(d => $"{d.Year:D4}-{d.Month:D2}").Distinct().Order(StringComparer.Ordinal)];

    private static IEnumerable<DateOnly> Boundaries(LimitSet set) => set.Versions.Select(v => v.EffectiveFrom);

    private static bool Differs(LimitSet a, LimitSet b, DateOnly day) =>
        Enum.GetValues<Pollutant>().Any(p => a.LimitAt(p, day)?.Value != b.LimitAt(p, day)?.Value);
}
