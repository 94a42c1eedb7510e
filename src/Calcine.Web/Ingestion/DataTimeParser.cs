using System.Buffers;
using System.Globalization;
using System.Text;

namespace Calcine.Web.Ingestion;

/// <summary>HJ 212 DataTime is local time (China: UTC+8) without a zone: yyyyMMddHHmmss.</summary>
public static class DataTimeParser
{
    public static bool TryParseUtc(string? value, int offsetHours, out DateTime utc)
    {
        utc = default;
        return value is not null && TryParseUtc(value.AsSpan(), offsetHours, out utc);
    }

    /// <summary>The same from the value's UTF-8 bytes as a packet reader returns them, without a string.</summary>
    public static bool TryParseUtc(ReadOnlySpan<byte> utf8, int offsetHours, out DateTime utc)
    {
        utc = default;
        Span<char> text = stackalloc char[32];
        return utf8.Length <= text.Length
            && Ascii.ToUtf16(utf8, text, out int written) == OperationStatus.Done
            && TryParseUtc(text[..written], offsetHours, out utc);
    }

    private static bool TryParseUtc(ReadOnlySpan<char> value, int offsetHours, out DateTime utc)
    {
        utc = default;
        if (!DateTime.TryParseExact(value, "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return false;
        }

        utc = DateTime.SpecifyKind(local.AddHours(-offsetHours), DateTimeKind.Utc);
        return true;
    }
}
