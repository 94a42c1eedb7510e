using System.Globalization;

namespace Calcine.Web.Ingestion;

/// <summary>HJ 212 DataTime is local time (China: UTC+8) without a zone: yyyyMMddHHmmss.</summary>
public static class DataTimeParser
{
    public static bool TryParseUtc(string? value, int offsetHours, out DateTime utc)
    {
        utc = default;
        if (value is null || !DateTime.TryParseExact(value, "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return false;
        }

        utc = DateTime.SpecifyKind(local.AddHours(-offsetHours), DateTimeKind.Utc);
        return true;
    }
}
