using System.Globalization;

namespace Calcine.Domain.Cems;

/// <summary>Local clock arithmetic on timestamps that carry their own UTC offset: CEMS hours, days
/// and months are those of the stack's local time (Beijing time for Chinese platforms).</summary>
public static class CemsTime
{
    /// <summary>ISO 8601 with offset and whole seconds: <c>2025-03-01T05:00:00+08:00</c>.</summary>
    public static string Format(DateTimeOffset t) =>
        t.Ticks % TimeSpan.TicksPerSecond == 0
            ? t.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)
            : t.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);

    /// <summary><c>2025-03</c>.</summary>
    public static string FormatMonth(int year, int month) => $"{year:D4}-{month:D2}";

    /// <summary>The start of the local period of <paramref name="periodTicks"/> holding <paramref name="t"/>,
    /// in the same offset. Periods that divide a day (30 min, 60 min) start on the local clock.</summary>
    public static DateTimeOffset PeriodStart(DateTimeOffset t, long periodTicks) =>
        new(t.Ticks - (t.Ticks % periodTicks), t.Offset);

    public static DateOnly LocalDate(DateTimeOffset t) => DateOnly.FromDateTime(t.DateTime);
}
