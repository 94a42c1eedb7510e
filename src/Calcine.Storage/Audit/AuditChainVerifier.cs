using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Storage.Audit;

/// <summary>Where the chain first breaks: the entry's sequence number and what is wrong with it.</summary>
public sealed record AuditBreak(long Sequence, string Problem);

/// <summary>The outcome of walking the chain: how many entries were checked, the hash of the last
/// intact one, the first break if any, and — for an intact chain — whether it is whole: not
/// shorter than the audited rows imply, and agreeing with a head recorded earlier if one is given.</summary>
public sealed record AuditVerification(long Count, string HeadHash, AuditBreak? Break, string? Incomplete = null)
{
    public bool Intact => Break is null && Incomplete is null;

    public AuditHead Head => new(Count, HeadHash);
}

/// <summary>Walks the audit log in sequence order and recomputes every link.</summary>
public static class AuditChainVerifier
{
    public static async Task<AuditVerification> VerifyAsync(CalcineDbContext db, CancellationToken ct, AuditHead? expectedHead = null)
    {
        long count = 0, expected = 1;
        var previous = AuditHash.Genesis;
        await foreach (var entry in db.AuditLog.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(ct))
        {
            var problem = entry.Sequence != expected ? $"gap in sequence: expected entry {expected}, found {entry.Sequence}"
                : entry.PreviousHash != previous ? $"broken link: previous hash {Short(entry.PreviousHash)} is not the hash of entry {expected - 1} ({Short(previous)})"
                : AuditHash.Compute(entry) is var actual && actual != entry.Hash ? $"hash mismatch: stored {Short(entry.Hash)}, recomputed {Short(actual)} (the entry was altered)"
                : expectedHead is { } head && entry.Sequence == head.Count && entry.Hash != head.Hash
                    ? $"not the recorded head: entry {head.Count} has hash {Short(entry.Hash)}, the head recorded earlier {Short(head.Hash)} (the chain was rewritten up to here)"
                : null;
            if (problem is not null)
            {
                return new AuditVerification(count, previous, new AuditBreak(entry.Sequence, problem));
            }

            count++;
            expected++;
            previous = entry.Hash;
        }

        if (expectedHead is { } recorded && count < recorded.Count)
        {
            return new AuditVerification(count, previous, null,
                $"the log has {N(count)} entries, the head recorded earlier has {N(recorded.Count)}: entries {N(count + 1)} to {N(recorded.Count)} were removed");
        }

        if (expectedHead is { Count: 0 } genesis && genesis.Hash != AuditHash.Genesis)
        {
            return new AuditVerification(count, previous, null, "a head of 0 entries has the genesis hash (64 zeros)");
        }

        return new AuditVerification(count, previous, null, await AuditCoverage.FindShortfallAsync(db, ct));
    }

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Short(string hash) => hash.Length > 12 ? hash[..12] + "…" : hash;
}
