using System.Buffers.Binary;
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

    /// <summary>The string for <paramref name="utf8"/> and a hash of its bytes, which callers reuse to spot duplicates.</summary>
    /// <param name="isAscii">The caller already knows the bytes are ASCII (it checked the whole data segment).</param>
    public static string Get(ReadOnlySpan<byte> utf8, bool isAscii, out int hash)
    {
        hash = Hash(utf8);
        if (utf8.IsEmpty)
        {
            return "";
        }

        if (utf8.Length > MaxCachedLength || !(isAscii || Ascii.IsValid(utf8)))
        {
            return Encoding.UTF8.GetString(utf8);
        }

        int slot = hash & (SlotCount - 1);
        var cached = Slots[slot];
        if (cached is not null && cached.Length == utf8.Length && Ascii.Equals(utf8, cached))
        {
            return cached;
        }

        var created = Encoding.Latin1.GetString(utf8);
        Slots[slot] = created;
        return created;
    }

    /// <summary>A quick hash of short tokens: the first and last eight (or four) bytes and the length.
    /// Collisions only cost a cache miss or an extra comparison.</summary>
    public static int Hash(ReadOnlySpan<byte> bytes)
    {
        ulong h;
        if (bytes.Length >= 8)
        {
            h = BinaryPrimitives.ReadUInt64LittleEndian(bytes) ^ (BinaryPrimitives.ReadUInt64LittleEndian(bytes[^8..]) * 0x9E3779B97F4A7C15);
        }
        else if (bytes.Length >= 4)
        {
            h = BinaryPrimitives.ReadUInt32LittleEndian(bytes) | ((ulong)BinaryPrimitives.ReadUInt32LittleEndian(bytes[^4..]) << 32);
        }
        else
        {
            h = 0;
            foreach (var b in bytes)
            {
                h = (h << 8) | b;
            }
        }

        h = (h ^ (ulong)bytes.Length) * 0xFF51AFD7ED558CCD;
        return (int)(h ^ (h >> 32) ^ (h >> 47));
    }
}
