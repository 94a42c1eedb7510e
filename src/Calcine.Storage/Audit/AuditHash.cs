using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Calcine.Storage.Audit;

/// <summary>The entry hash: SHA-256 (lower-case hex) over a canonical text of the entry's fields and
/// the previous entry's hash. Every field is written as "&lt;UTF-8 byte length&gt;:&lt;value&gt;" (null as
/// "-") on its own line, in a fixed order, so no two different entries share a text and anyone can
/// recompute the chain without this code (docs/adr/0005-audit-trail.md).</summary>
public static class AuditHash
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";
    private const string Version = "calcine-audit-v1";

    public static string Compute(AuditEntryEntity e)
    {
        var text = new StringBuilder(Version).Append('\n');
        Field(text, e.Sequence.ToString(CultureInfo.InvariantCulture));
        Field(text, FormatTime(e.At));
        Field(text, e.ActorKind);
        Field(text, e.ActorId);
        Field(text, e.ActorName);
        Field(text, e.CompanyId?.ToString(CultureInfo.InvariantCulture));
        Field(text, e.PlantId?.ToString(CultureInfo.InvariantCulture));
        Field(text, e.EntityType);
        Field(text, e.EntityKey);
        Field(text, e.Action);
        Field(text, e.Before);
        Field(text, e.After);
        Field(text, e.Reason);
        Field(text, e.PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>Whole microseconds: what PostgreSQL's timestamptz keeps, so a stored time hashes as written.</summary>
    public static DateTime Truncate(DateTime utc) =>
        new(utc.Ticks - (utc.Ticks % 10), DateTimeKind.Utc);

    public static string FormatTime(DateTime at) =>
        at.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'ffffff'Z'", CultureInfo.InvariantCulture);

    private static void Field(StringBuilder text, string? value)
    {
        if (value is null)
        {
            text.Append("-\n");
            return;
        }

        text.Append(Encoding.UTF8.GetByteCount(value).ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append('\n');
    }
}
