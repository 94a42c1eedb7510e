using System.Text;

namespace Calcine.Ingestion.Hj212;

/// <summary>One flattened CP field: its key (a shared cached string) and where its value lies in the data segment.</summary>
internal readonly record struct Hj212CpSlot(string Key, int ValueStart, int ValueLength, bool IsDataFlag);

/// <summary>
/// The flattened CP area of the last decoded segment, in arrays that are cleared and reused from one
/// decode to the next, so a steady stream of frames allocates nothing here. Keys come from
/// <see cref="Hj212StringCache"/>; values stay offsets into the segment until someone asks for a string.
/// </summary>
internal sealed class Hj212CpFields
{
    private Hj212CpSlot[] slots = new Hj212CpSlot[64];
    private int[] hashes = new int[64];

    // A 128-bit summary of the key hashes added so far: a clear bit proves a key is new without
    // scanning the hashes (duplicates are rare, so most checks end here).
    private ulong seenLow, seenHigh;

    public int Count { get; private set; }

    public Hj212Warnings Warnings { get; private set; }

    public ref readonly Hj212CpSlot this[int index] => ref slots.AsSpan(0, Count)[index];

    public void Clear()
    {
        Count = 0;
        Warnings = Hj212Warnings.None;
        seenLow = seenHigh = 0;
    }

    /// <param name="prefix">Dotted prefix of a nested area ("Info."), empty at the top level.</param>
    /// <param name="key">The key, spaces already trimmed.</param>
    /// <param name="value">The value's bytes; <paramref name="valueStart"/> is where they start in the data segment.</param>
    public void Add(ReadOnlySpan<byte> prefix, ReadOnlySpan<byte> key, ReadOnlySpan<byte> value, int valueStart, bool isAscii)
    {
        int hash;
        string name = prefix.IsEmpty
            ? Hj212StringCache.Get(key, isAscii, out hash)
            : Hj212StringCache.Get([.. prefix, .. key], isAscii, out hash);

        int bit = (hash >> 16) & 127;
        ref ulong seen = ref bit < 64 ? ref seenLow : ref seenHigh;
        ulong mask = 1UL << (bit & 63);
        if ((seen & mask) != 0 && IsDuplicate(name, hash))
        {
            Warnings |= Hj212Warnings.DuplicateCpKey;
        }

        bool isDataFlag = key.EndsWith("-Flag"u8);
        if (isDataFlag && !Hj212Codes.IsKnownDataFlag(value))
        {
            Warnings |= Hj212Warnings.UnknownDataFlag;
        }

        if (Count == slots.Length)
        {
            Array.Resize(ref slots, Count * 2);
            Array.Resize(ref hashes, Count * 2);
        }

        seen |= mask;
        hashes[Count] = hash;
        slots[Count++] = new Hj212CpSlot(name, valueStart, value.Length, isDataFlag);
    }

    /// <summary>The fields as the immutable, string-valued form of <see cref="Hj212Packet.Cp"/>.</summary>
    /// <remarks>Data flags come from the token cache; every other value is a new string.</remarks>
    public Hj212Field[] ToArray(ReadOnlySpan<byte> segment, bool isAscii)
    {
        if (Count == 0)
        {
            return [];
        }

        var fields = new Hj212Field[Count];
        for (int i = 0; i < fields.Length; i++)
        {
            var slot = slots[i];
            var value = segment.Slice(slot.ValueStart, slot.ValueLength);
            string text = slot.IsDataFlag ? Hj212StringCache.Get(value, isAscii, out _)
                : value.IsEmpty ? ""
                : isAscii ? Encoding.Latin1.GetString(value) : Encoding.UTF8.GetString(value);
            fields[i] = new Hj212Field(slot.Key, text);
        }

        return fields;
    }

    private bool IsDuplicate(string name, int hash)
    {
        for (int i = 0; i < Count; i++)
        {
            if (hashes[i] == hash && slots[i].Key == name)
            {
                return true;
            }
        }

        return false;
    }
}
