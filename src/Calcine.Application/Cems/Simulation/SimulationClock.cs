using System.Globalization;

namespace Calcine.Application.Cems.Simulation;

/// <summary>The clock a data logger stamps its DataTime with: HJ 212 DataTime is the stack's local
/// time, and the demo stacks keep China Standard Time (UTC+08:00). Given as a UTC offset
/// (<c>+08:00</c>) or an IANA time-zone id (<c>Asia/Shanghai</c>).</summary>
public sealed record SimulationClock(string Name, TimeZoneInfo Zone)
{
    public const string Default = "+08:00";

    /// <summary>The local time on this clock at <paramref name="utcNow"/>, to the whole second
    /// (DataTime has no fraction).</summary>
    public DateTime LocalNow(DateTimeOffset utcNow)
    {
        var local = TimeZoneInfo.ConvertTime(utcNow, Zone).DateTime;
        return new DateTime(local.Ticks - (local.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Unspecified);
    }

    public static bool TryParse(string text, out SimulationClock clock)
    {
        clock = null!;
        var s = text.Trim();
        if (s.Length > 0 && (s[0] == '+' || s[0] == '-'))
        {
            var sign = s[0] == '-' ? -1 : 1;
            if (!TimeSpan.TryParseExact(s[1..], ["hh\\:mm", "hh"], CultureInfo.InvariantCulture, out var offset) || offset > TimeSpan.FromHours(14))
            {
                return false;
            }

            var utcOffset = sign * offset;
            clock = new SimulationClock(s, TimeZoneInfo.CreateCustomTimeZone("UTC" + s, utcOffset, "UTC" + s, "UTC" + s));
            return true;
        }

        try
        {
            clock = new SimulationClock(s, TimeZoneInfo.FindSystemTimeZoneById(s));
            return true;
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            return false;
        }
    }
}
