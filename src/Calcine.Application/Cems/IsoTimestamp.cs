namespace Calcine.Application.Cems;

/// <summary>Strict ISO 8601 / RFC 3339 timestamps with a UTC offset, read from ASCII bytes:
/// <c>YYYY-MM-DDTHH:MM[:SS[.fffffff]]</c> then <c>Z</c>, <c>±HH:MM</c> or <c>±HHMM</c>. A timestamp
/// without an offset is refused: CEMS hours and months are local, so the offset is part of the data.</summary>
public static class IsoTimestamp
{
    public const string Expected = "an ISO 8601 timestamp with offset, e.g. 2025-03-01T00:00:00+08:00";

    public static bool TryParse(ReadOnlySpan<byte> s, out DateTimeOffset value, out string problem)
    {
        value = default;
        problem = $"is not {Expected}";
        if (s.Length < 16 || !Digits(s, 0, 4, out var year) || s[4] != '-' || !Digits(s, 5, 2, out var month) || s[7] != '-'
            || !Digits(s, 8, 2, out var day) || s[10] != 'T' || !Digits(s, 11, 2, out var hour) || s[13] != ':' || !Digits(s, 14, 2, out var minute))
        {
            return false;
        }

        var i = 16;
        int second = 0;
        long fraction = 0;
        if (i < s.Length && s[i] == ':')
        {
            if (!Digits(s, i + 1, 2, out second))
            {
                return false;
            }

            i += 3;
            if (i < s.Length && s[i] == '.')
            {
                i++;
                var digits = 0;
                while (i < s.Length && IsDigit(s[i]))
                {
                    if (digits == 7)
                    {
                        problem = "has more than 7 fractional second digits";
                        return false;
                    }

                    fraction = (fraction * 10) + (s[i] - '0');
                    digits++;
                    i++;
                }

                if (digits == 0)
                {
                    return false;
                }

                for (; digits < 7; digits++)
                {
                    fraction *= 10;
                }
            }
        }

        if (i == s.Length)
        {
            problem = "has no UTC offset (add e.g. +08:00 or Z)";
            return false;
        }

        if (!TryOffset(s[i..], out var offsetMinutes))
        {
            return false;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            problem = "is not a valid date and time";
            return false;
        }

        if (Math.Abs(offsetMinutes) > 14 * 60)
        {
            problem = "has a UTC offset beyond ±14:00";
            return false;
        }

        var local = new DateTime(year, month, day, hour, minute, second).Ticks + fraction;
        var offset = TimeSpan.FromMinutes(offsetMinutes);
        var utc = local - offset.Ticks;
        if (utc < DateTime.MinValue.Ticks || utc > DateTime.MaxValue.Ticks)
        {
            problem = "is out of the supported range";
            return false;
        }

        value = new DateTimeOffset(local, offset);
        problem = "";
        return true;
    }

    private static bool TryOffset(ReadOnlySpan<byte> s, out int minutes)
    {
        minutes = 0;
        if (s.Length == 1 && s[0] == 'Z')
        {
            return true;
        }

        if (s.Length is not (5 or 6) || (s[0] != '+' && s[0] != '-') || !Digits(s, 1, 2, out var h))
        {
            return false;
        }

        var minuteAt = s.Length == 6 ? 4 : 3;
        if ((s.Length == 6 && s[3] != ':') || !Digits(s, minuteAt, 2, out var m) || m > 59)
        {
            return false;
        }

        minutes = (s[0] == '-' ? -1 : 1) * ((h * 60) + m);
        return true;
    }

    private static bool Digits(ReadOnlySpan<byte> s, int at, int count, out int value)
    {
        value = 0;
        if (at + count > s.Length)
        {
            return false;
        }

        for (var k = at; k < at + count; k++)
        {
            if (!IsDigit(s[k]))
            {
                return false;
            }

            value = (value * 10) + (s[k] - '0');
        }

        return true;
    }

    private static bool IsDigit(byte b) => b is >= (byte)'0' and <= (byte)'9';
}
