using System.Text;

namespace Calcine.Ingestion.Hj212;

/// <summary>
/// Strings for short ASCII tokens that repeat frame after frame (CP keys such as "a21026-Rtd", ST, CN,
/// MN, data flags), so decoding does not allocate them again. A fixed table of slots indexed by hash:
/// a lookup reads one reference and compares it with the bytes; a miss allocates and overwrites the
/// slot. References are read and written atomically and strings are immutable, so it is safe across
/// threads without locks; a race only costs an extra allocation.
/// </summary>
internal static class Hj212StringCache
{
    private const int MaxCachedLength = 48;
    private const int SlotCount = 4096;
    private static readonly string?[] Slots = new string?[SlotCount];

    /// <summary>The string for <paramref name="utf8"/> and a hash of its bytes (FNV-1a), which callers reuse to spot duplicates.</summary>
    public static string Get(ReadOnlySpan<byte> utf8, out int hash)
    {
        hash = Hash(utf8);
        if (utf8.IsEmpty)
        {
            return "";
        }

        if (utf8.Length > MaxCachedLength || !Ascii.IsValid(utf8))
        {
            return Encoding.UTF8.GetString(utf8);
        }

        int slot = hash & (SlotCount - 1);
        var cached = Slots[slot];
        if (cached is not null && cached.Length == utf8.Length && Ascii.Equals(utf8, cached))
        {
            return cached;
        }

        var created = Encoding.ASCII.GetString(utf8);
        Slots[slot] = created;
        return created;
    }

    public static string Get(ReadOnlySpan<byte> utf8) => Get(utf8, out _);

    public static int Hash(ReadOnlySpan<byte> bytes)
    {
        uint h = 2166136261;
        foreach (var b in bytes)
        {
            h = (h ^ b) * 16777619;
        }

        return (int)(h ^ (h >> 15));
    }
}
