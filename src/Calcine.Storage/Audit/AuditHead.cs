using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Storage.Audit;

/// <summary>The chain's head: how many entries it has and the hash of the last (the genesis hash
/// when empty). Recorded outside the database (a signed version, a report, an operator's note) it
/// anchors the chain: a later log that is shorter, or whose entry <see cref="Count"/> has another
/// hash, was cut or re-chained.</summary>
public sealed record AuditHead(long Count, string Hash)
{
    /// <summary>"COUNT:HASH", what <c>calcine audit verify --expect-head</c> takes.</summary>
    public override string ToString() => $"{Count.ToString(CultureInfo.InvariantCulture)}:{Hash}";

    public static bool TryParse(string text, out AuditHead head)
    {
        head = new AuditHead(0, AuditHash.Genesis);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !long.TryParse(text.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return false;
        }

        var hash = text[(colon + 1)..].Trim().ToLowerInvariant();
        if (hash.Length != 64 || !hash.All(char.IsAsciiHexDigit))
        {
            return false;
        }

        head = new AuditHead(count, hash);
        return true;
    }

    /// <summary>The current head, read without a lock: a value to record, not to append after.</summary>
    public static async Task<AuditHead> ReadAsync(CalcineDbContext db, CancellationToken ct)
    {
        var last = await db.AuditLog.AsNoTracking().OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(ct);
        return last is null ? new AuditHead(0, AuditHash.Genesis) : new AuditHead(last.Sequence, last.Hash);
    }
}
