using Calcine.Domain.Cems;

namespace Calcine.Application.Cems.Processing;

/// <summary>Clock arithmetic for derived periods: minutes in UTC, hours and days on the stack's local clock.</summary>
public static class DerivedPeriods
{
    public static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    public static DateTime Floor(DateTime t, TimeSpan step) => new(t.Ticks - (t.Ticks % step.Ticks), DateTimeKind.Utc);

    /// <summary>The start of the local hour holding <paramref name="utc"/>, back in UTC.</summary>
    public static DateTime LocalHour(DateTime utc, TimeSpan offset) => Floor(utc + offset, Hour) - offset;

    public static DateOnly LocalDay(DateTime utc, TimeSpan offset) => DateOnly.FromDateTime(utc + offset);

    public static DateTime DayStartUtc(DateOnly day, TimeSpan offset) => day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - offset;

    public static string StatusName(PeriodStatus status) => status switch
    {
        PeriodStatus.Valid => "valid",
        PeriodStatus.Shutdown => "shutdown",
        _ => "invalid",
    };

    public static PeriodStatus ParseStatus(string status) => status switch
    {
        "valid" => PeriodStatus.Valid,
        "shutdown" => PeriodStatus.Shutdown,
        _ => PeriodStatus.Invalid,
    };

    /// <summary>Touched minutes grouped into contiguous ranges, so a normal pass is one query and a
    /// late packet from last week adds one small query instead of a week-long one.</summary>
    public static IEnumerable<(DateTime From, DateTime To)> Runs(IEnumerable<DateTime> starts, TimeSpan step)
    {
        DateTime? from = null, to = null;
        foreach (var m in starts.Distinct().Order())
        {
            if (to is { } end && m <= end + (10 * step))
            {
                to = m + step;
                continue;
            }

            if (from is { } f)
            {
                yield return (f, to!.Value);
            }

            from = m;
            to = m + step;
        }

        if (from is { } last)
        {
            yield return (last, to!.Value);
        }
    }
}
