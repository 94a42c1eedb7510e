namespace Calcine.Ingestion.Hj212;

/// <summary>What became of a packet handed to <see cref="Hj212SplitAssembler.Add"/>.</summary>
public enum Hj212SplitStatus
{
    /// <summary>Not a split packet (Flag bit D clear, no PNUM/PNO): passed through unchanged.</summary>
    NotSplit,

    /// <summary>Stored; other parts are still missing.</summary>
    Pending,

    /// <summary>This part completed its set: <see cref="Hj212SplitResult.Packet"/> is the whole.</summary>
    Complete,

    /// <summary>A part already held (a resend); ignored.</summary>
    Duplicate,

    /// <summary>PNUM/PNO unusable (not numbers, PNO outside 1..PNUM, too many parts, too many open sets).</summary>
    Rejected,
}

public sealed record Hj212SplitResult(Hj212SplitStatus Status, Hj212Packet? Packet, IReadOnlyList<Hj212Packet> Parts, string? Reason = null);

/// <summary>An incomplete set dropped by <see cref="Hj212SplitAssembler.Expire"/>.</summary>
public sealed record Hj212SplitExpired(string Mn, string Cn, string? DataTime, int PartCount, IReadOnlyList<Hj212Packet> PartsReceived);

/// <summary>
/// Reassembles split uploads (Flag bit D, PNUM/PNO; HJ 212-2017 C.49/C.50). Parts are grouped by
/// (MN, CN, DataTime, PNUM), not by QN, because each part carries its own QN. The whole keeps
/// part 1's header, clears bit D and PNUM/PNO, and concatenates the CP fields in PNO order, dropping
/// fields a later part repeats with the same value (every part repeats DataTime). Time comes in as
/// an argument; the caller expires old sets. Not thread-safe: one per connection or per consumer.
/// </summary>
public sealed class Hj212SplitAssembler(int maxOpenSets = 1024, int maxParts = 999)
{
    private readonly Dictionary<(string Mn, string Cn, string? DataTime, int Pnum), OpenSet> open = [];

    public int OpenSets => open.Count;

    public Hj212SplitResult Add(Hj212Packet packet, DateTimeOffset receivedAt)
    {
        if (!packet.IsSplit && packet.Pnum is null && packet.Pno is null)
        {
            return new(Hj212SplitStatus.NotSplit, packet, [packet]);
        }

        if (!int.TryParse(packet.Pnum, out var pnum) || !int.TryParse(packet.Pno, out var pno))
        {
            return new(Hj212SplitStatus.Rejected, null, [packet], $"PNUM '{packet.Pnum}' and PNO '{packet.Pno}' must both be integers");
        }

        if (pnum < 1 || pnum > maxParts || pno < 1 || pno > pnum)
        {
            return new(Hj212SplitStatus.Rejected, null, [packet], $"PNO {pno} of PNUM {pnum} is outside 1..PNUM (at most {maxParts} parts)");
        }

        var key = (packet.Mn, packet.Cn, packet["DataTime"], pnum);
        if (!open.TryGetValue(key, out var set))
        {
            if (open.Count >= maxOpenSets)
            {
                return new(Hj212SplitStatus.Rejected, null, [packet], $"{maxOpenSets} split sets are already open");
            }

            set = new OpenSet(pnum, receivedAt);
            open.Add(key, set);
        }

        if (set.Parts[pno - 1] is not null)
        {
            return new(Hj212SplitStatus.Duplicate, null, [packet], $"part {pno} of {pnum} was already received");
        }

        set.Parts[pno - 1] = packet;
        if (++set.Received < pnum)
        {
            return new(Hj212SplitStatus.Pending, null, [packet]);
        }

        open.Remove(key);
        var parts = set.Parts.Select(p => p!).ToArray();
        return new(Hj212SplitStatus.Complete, Merge(parts), parts);
    }

    /// <summary>Drops and returns the sets whose first part arrived more than <paramref name="maxAge"/> before <paramref name="now"/>.</summary>
    public IReadOnlyList<Hj212SplitExpired> Expire(DateTimeOffset now, TimeSpan maxAge)
    {
        var expired = new List<Hj212SplitExpired>();
        foreach (var (key, set) in open.Where(e => now - e.Value.FirstReceivedAt > maxAge).ToList())
        {
            open.Remove(key);
            expired.Add(new(key.Mn, key.Cn, key.DataTime, key.Pnum, set.Parts.Where(p => p is not null).Select(p => p!).ToArray()));
        }

        return expired;
    }

    private static Hj212Packet Merge(Hj212Packet[] parts)
    {
        var first = parts[0];
        var fields = new List<Hj212Field>(parts.Sum(p => p.Cp.Count));
        var seen = new HashSet<Hj212Field>();
        foreach (var part in parts)
        {
            foreach (var field in part.Cp)
            {
                if (seen.Add(field) || part == first)
                {
                    fields.Add(field);
                }
            }
        }

        return new Hj212Packet
        {
            Qn = first.Qn,
            St = first.St,
            Cn = first.Cn,
            Pw = first.Pw,
            Mn = first.Mn,
            Flag = first.Flag & ~2,
            Version = first.Version,
            Cp = fields,
            Warnings = parts.Aggregate(Hj212Warnings.None, (w, p) => w | p.Warnings),
        };
    }

    private sealed class OpenSet(int pnum, DateTimeOffset firstReceivedAt)
    {
        public Hj212Packet?[] Parts { get; } = new Hj212Packet?[pnum];
        public DateTimeOffset FirstReceivedAt { get; } = firstReceivedAt;
        public int Received { get; set; }
    }
}
