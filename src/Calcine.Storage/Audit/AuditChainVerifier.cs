using Microsoft.EntityFrameworkCore;

namespace Calcine.Storage.Audit;

/// <summary>Where the chain first breaks: the entry's sequence number and what is wrong with it.</summary>
public sealed record AuditBreak(long Sequence, string Problem);

/// <summary>The outcome of walking the chain: how many entries were checked, the hash of the last
/// intact one (worth recording elsewhere: a chain cannot by itself reveal a truncated tail), and
/// the first break if any.</summary>
public sealed record AuditVerification(long Count, string HeadHash, AuditBreak? Break)
{
    public bool Intact => Break is null;
}

/// <summary>Walks the audit log in sequence order and recomputes every link.</summary>
public static class AuditChainVerifier
{
    public static async Task<AuditVerification> VerifyAsync(CalcineDbContext db, CancellationToken ct)
    {
        long count = 0, expected = 1;
        var previous = AuditHash.Genesis;
        await foreach (var entry in db.AuditLog.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(ct))
        {
            var problem = entry.Sequence != expected ? $"gap in sequence: expected entry {expected}, found {entry.Sequence}"
                : entry.PreviousHash != previous ? $"broken link: previous hash {Short(entry.PreviousHash)} is not the hash of entry {expected - 1} ({Short(previous)})"
                : AuditHash.Compute(entry) is var actual && actual != entry.Hash ? $"hash mismatch: stored {Short(entry.Hash)}, recomputed {Short(actual)} (the entry was altered)"
                : null;
            if (problem is not null)
            {
                return new AuditVerification(count, previous, new AuditBreak(entry.Sequence, problem));
            }

            count++;
            expected++;
            previous = entry.Hash;
        }

        return new AuditVerification(count, previous, null);
    }

    private static string Short(string hash) => hash.Length > 12 ? hash[..12] + "…" : hash;
}
