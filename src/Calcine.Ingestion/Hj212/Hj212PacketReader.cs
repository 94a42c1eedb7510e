using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Calcine.Ingestion.Hj212;

/// <summary>
/// Decodes HJ 212 data segments into buffers it keeps and reuses: header codes come from a shared token
/// cache and CP values stay UTF-8 slices of the reader's copy of the segment, so once the buffers have
/// grown to the largest segment seen, a decode allocates nothing. What it read is valid until the next
/// Decode; <see cref="ToPacket"/> makes the immutable, string-valued <see cref="Hj212Packet"/>.
/// Not thread-safe: one reader per connection or thread. Never throws on bad input.
/// </summary>
/// <remarks>
/// Header: <c>key=value</c> fields separated by ';' up to the field that starts with <c>CP=</c>, in any
/// order, keys case-insensitive, spaces around keys and values ignored. ST, CN, PW and MN are
/// required (bad-header otherwise); QN, Flag, PNUM, PNO are optional. The CP data area runs from
/// <c>CP=&amp;&amp;</c> to the last <c>&amp;&amp;</c> of the segment; only spaces or ';' may follow it.
/// See <see cref="Hj212CpParser"/> for how the area is flattened.
/// </remarks>
public sealed class Hj212PacketReader
{
    private readonly Hj212CpFields fields = new();
    private byte[] segment = new byte[1024];
    private int length;
    private bool isAscii;
    private Slice qn;
    private bool hasQn;

    /// <summary>Why the last decode failed; <see cref="Hj212FrameError.None"/> after a success.</summary>
    public Hj212FrameError Error { get; private set; }

    /// <summary>What was wrong, in words; null after a success.</summary>
    public string? Detail { get; private set; }

    public bool IsSuccess => Error == Hj212FrameError.None;

    public string St { get; private set; } = "";
    public string Cn { get; private set; } = "";
    public string Pw { get; private set; } = "";
    public string Mn { get; private set; } = "";

    /// <summary>The Flag bit field 0–255; null when absent.</summary>
    public int? Flag { get; private set; }

    /// <summary>From the Flag version bits; 2005 when Flag is absent; null when the bits name no known edition.</summary>
    public Hj212Version? Version { get; private set; }

    public bool AckRequired => Flag is { } f && (f & 1) != 0;

    public bool IsSplit => Flag is { } f && (f & 2) != 0;

    public string? Pnum { get; private set; }
    public string? Pno { get; private set; }
    public Hj212Warnings Warnings { get; private set; }

    public bool HasQn => hasQn;

    /// <summary>The request id's bytes (empty when absent); <see cref="QnText"/> for a string.</summary>
    public ReadOnlySpan<byte> Qn => hasQn ? Bytes(qn) : default;

    /// <summary>Number of flattened CP fields.</summary>
    public int FieldCount => fields.Count;

    public string KeyAt(int index) => fields[index].Key;

    /// <summary>The raw bytes of the value of field <paramref name="index"/>, exactly as sent.</summary>
    public ReadOnlySpan<byte> ValueAt(int index)
    {
        ref readonly var slot = ref fields[index];
        return segment.AsSpan(slot.ValueStart, slot.ValueLength);
    }

    /// <summary>The data segment last decoded (the reader's copy).</summary>
    public ReadOnlySpan<byte> DataSegment => segment.AsSpan(0, length);

    /// <summary>The first CP value with this key.</summary>
    public bool TryGetValue(string key, out ReadOnlySpan<byte> value)
    {
        for (int i = 0; i < fields.Count; i++)
        {
            if (fields[i].Key == key)
            {
                value = ValueAt(i);
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>QN as a new string, or null when absent.</summary>
    public string? QnText() => hasQn ? Text(Bytes(qn)) : null;

    /// <summary>Decodes an accepted frame's data segment; a rejected frame fails with the scanner's error.</summary>
    public bool Decode(in Hj212ScannedFrame frame)
    {
        if (!frame.IsAccepted)
        {
            return Fail(frame.Error, frame.Detail ?? "frame was rejected");
        }

        var data = frame.DataSegment;
        int size = (int)data.Length;
        EnsureCapacity(size);
        data.CopyTo(segment);
        return DecodeCopied(size, frame.Warnings);
    }

    /// <param name="dataSegment">The data segment's bytes (UTF-8).</param>
    /// <param name="frameWarnings">Warnings the scanner found, carried into the result.</param>
    public bool Decode(ReadOnlySpan<byte> dataSegment, Hj212Warnings frameWarnings = Hj212Warnings.None)
    {
        EnsureCapacity(dataSegment.Length);
        dataSegment.CopyTo(segment);
        return DecodeCopied(dataSegment.Length, frameWarnings);
    }

    /// <summary>Decodes a CP data area on its own, as stored without its packet: the text between
    /// <c>CP=&amp;&amp;</c> and the final <c>&amp;&amp;</c>, parsed exactly as inside a packet. There is no
    /// header: ST, CN, PW and MN are empty, Flag, Version, PNUM and PNO null. A malformed area fails
    /// with <see cref="Hj212FrameError.BadDataSegment"/> and the same <see cref="Detail"/> as in a packet.</summary>
    /// <param name="cpArea">The area's bytes (UTF-8).</param>
    public bool DecodeCp(ReadOnlySpan<byte> cpArea)
    {
        EnsureCapacity(cpArea.Length);
        cpArea.CopyTo(segment);
        return DecodeCopiedCp(cpArea.Length);
    }

    /// <summary><see cref="DecodeCp(ReadOnlySpan{byte})"/> for an area held as text: it is encoded as
    /// UTF-8 into the reader's own buffer, so nothing is allocated once the buffer is large enough.</summary>
    public bool DecodeCp(ReadOnlySpan<char> cpArea)
    {
        EnsureCapacity(Encoding.UTF8.GetMaxByteCount(cpArea.Length));
        return DecodeCopiedCp(Encoding.UTF8.GetBytes(cpArea, segment));
    }

    /// <summary>The last successful decode as an immutable packet with string values (allocates the packet, its CP array and the values).</summary>
    public Hj212Packet ToPacket()
    {
        if (!IsSuccess)
        {
            throw new InvalidOperationException("the last decode failed");
        }

        return new Hj212Packet
        {
            Qn = QnText(),
            St = St,
            Cn = Cn,
            Pw = Pw,
            Mn = Mn,
            Flag = Flag,
            Version = Version,
            Pnum = Pnum,
            Pno = Pno,
            Cp = fields.ToArray(DataSegment, isAscii),
            Warnings = Warnings,
        };
    }

    private bool DecodeCopied(int size, Hj212Warnings frameWarnings)
    {
        length = size;
        fields.Clear();
        var data = DataSegment;
        var warnings = frameWarnings;
        isAscii = Ascii.IsValid(data);
        if (!isAscii && !Utf8.IsValid(data))
        {
            warnings |= Hj212Warnings.InvalidUtf8;
        }

        var header = default(HeaderFields);
        int cpAt = -1;
        int pos = 0;
        while (pos < data.Length)
        {
            int start = pos;
            while (start < data.Length && data[start] == (byte)' ')
            {
                start++;
            }

            if (data.Length - start >= 3 && Ascii.EqualsIgnoreCase(data.Slice(start, 3), "CP="u8))
            {
                cpAt = start + 3;
                break;
            }

            int semi = data[pos..].IndexOf((byte)';');
            int end = semi < 0 ? data.Length : pos + semi;
            pos = semi < 0 ? data.Length : end + 1;
            while (end > start && data[end - 1] == (byte)' ')
            {
                end--;
            }

            if (end == start)
            {
                continue;
            }

            var field = data[start..end];
            int eq = field.IndexOf((byte)'=');
            if (eq < 0)
            {
                return Fail(Hj212FrameError.BadHeader, $"header field '{Hj212FrameRules.Printable(field)}' has no '='");
            }

            int valueStart = start + eq + 1;
            while (valueStart < end && data[valueStart] == (byte)' ')
            {
                valueStart++;
            }

            warnings |= header.Set(field[..eq].TrimEnd((byte)' '), new Slice(valueStart, end - valueStart));
        }

        if (cpAt < 0)
        {
            return Fail(Hj212FrameError.BadDataSegment, "no CP=&&…&& data area");
        }

        if (header.Missing() is { } missing)
        {
            return Fail(Hj212FrameError.BadHeader, $"{missing} is missing or empty");
        }

        int? flag = null;
        if (header.Flag.Has)
        {
            if (!TryParseFlag(Bytes(header.Flag), out var f))
            {
                return Fail(Hj212FrameError.BadHeader, $"Flag '{Hj212FrameRules.Printable(Bytes(header.Flag))}' is not an integer from 0 to 255");
            }

            flag = f;
        }

        Hj212Version? version = flag switch
        {
            null => Hj212Version.Hj212_2005,
            { } f when f >> 2 == 0 => Hj212Version.Hj212_2005,
            { } f when f >> 2 == 1 => Hj212Version.Hj212_2017,
            { } f when f >> 2 == 2 => Hj212Version.Hj212_2025,
            _ => null,
        };
        if (version is null)
        {
            warnings |= Hj212Warnings.UnknownVersion;
        }

        if (!Hj212Codes.IsKnownSt(Bytes(header.St)))
        {
            warnings |= Hj212Warnings.UnknownSt;
        }

        if (!Hj212Codes.IsKnownCn(Bytes(header.Cn), version))
        {
            warnings |= Hj212Warnings.UnknownCn;
        }

        bool splitBit = flag is { } fl && (fl & 2) != 0;
        if (splitBit ? !(header.Pnum.Has && header.Pno.Has) : (header.Pnum.Has || header.Pno.Has))
        {
            warnings |= Hj212Warnings.SplitFieldsInconsistent;
        }

        if (Hj212CpParser.Parse(data, cpAt, isAscii, fields) is { } cpError)
        {
            return Fail(Hj212FrameError.BadDataSegment, cpError);
        }

        Error = Hj212FrameError.None;
        Detail = null;
        hasQn = header.Qn.Has;
        qn = header.Qn;
        St = Token(header.St);
        Cn = Token(header.Cn);
        Pw = Token(header.Pw);
        Mn = Token(header.Mn);
        Flag = flag;
        Version = version;
        Pnum = header.Pnum.Has ? Token(header.Pnum) : null;
        Pno = header.Pno.Has ? Token(header.Pno) : null;
        Warnings = warnings | fields.Warnings;
        return true;
    }

    private bool DecodeCopiedCp(int size)
    {
        length = size;
        fields.Clear();
        var data = DataSegment;
        isAscii = Ascii.IsValid(data);
        var warnings = !isAscii && !Utf8.IsValid(data) ? Hj212Warnings.InvalidUtf8 : Hj212Warnings.None;
        hasQn = false;
        St = Cn = Pw = Mn = "";
        Flag = null;
        Version = null;
        Pnum = Pno = null;
        if (Hj212CpParser.ParseArea(data, 0, size, isAscii, fields) is { } cpError)
        {
            return Fail(Hj212FrameError.BadDataSegment, cpError);
        }

        Error = Hj212FrameError.None;
        Detail = null;
        Warnings = warnings | fields.Warnings;
        return true;
    }

    private bool Fail(Hj212FrameError error, string detail)
    {
        Error = error;
        Detail = detail;
        fields.Clear();
        return false;
    }

    private void EnsureCapacity(int size)
    {
        if (segment.Length < size)
        {
            segment = new byte[Math.Max(size, segment.Length * 2)];
        }
    }

    private ReadOnlySpan<byte> Bytes(Slice slice) => segment.AsSpan(slice.Start, slice.Length);

    private string Token(Slice slice) => Hj212StringCache.Get(Bytes(slice), isAscii, out _);

    private string Text(ReadOnlySpan<byte> bytes) => isAscii ? Encoding.Latin1.GetString(bytes) : Encoding.UTF8.GetString(bytes);

    private static bool TryParseFlag(ReadOnlySpan<byte> text, out int flag)
    {
        flag = 0;
        if (text.IsEmpty || text.Length > 3)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiDigit((char)c))
            {
                return false;
            }

            flag = (flag * 10) + (c - '0');
        }

        return flag <= 255;
    }

    /// <summary>Where a header value lies in the segment.</summary>
    private readonly record struct Slice(int Start, int Length)
    {
        public bool Has { get; init; }
    }

    /// <summary>The header fields as slices of the data segment; the first occurrence of each wins.</summary>
    private struct HeaderFields
    {
        public Slice Qn, St, Cn, Pw, Mn, Flag, Pnum, Pno;

        public Hj212Warnings Set(ReadOnlySpan<byte> key, Slice value)
        {
            // Dispatch on length first: most keys are rejected or matched by one comparison.
            switch (key.Length)
            {
                case 2 when Ascii.EqualsIgnoreCase(key, "QN"u8):
                    return Put(ref Qn, value);
                case 2 when Ascii.EqualsIgnoreCase(key, "ST"u8):
                    return Put(ref St, value);
                case 2 when Ascii.EqualsIgnoreCase(key, "CN"u8):
                    return Put(ref Cn, value);
                case 2 when Ascii.EqualsIgnoreCase(key, "PW"u8):
                    return Put(ref Pw, value);
                case 2 when Ascii.EqualsIgnoreCase(key, "MN"u8):
                    return Put(ref Mn, value);
                case 4 when Ascii.EqualsIgnoreCase(key, "Flag"u8):
                    return Put(ref Flag, value);
                case 4 when Ascii.EqualsIgnoreCase(key, "PNUM"u8):
                    return Put(ref Pnum, value);
                case 3 when Ascii.EqualsIgnoreCase(key, "PNO"u8):
                    return Put(ref Pno, value);
                default:
                    return Hj212Warnings.UnknownHeaderField;
            }
        }

        public readonly string? Missing() =>
            Empty(St) ? "ST"
            : Empty(Cn) ? "CN"
            : Empty(Pw) ? "PW"
            : Empty(Mn) ? "MN"
            : null;

        private static bool Empty(Slice slice) => !slice.Has || slice.Length == 0;

        private static Hj212Warnings Put(ref Slice slot, Slice value)
        {
            if (slot.Has)
            {
                return Hj212Warnings.DuplicateHeaderField;
            }

            slot = value with { Has = true };
            return Hj212Warnings.None;
        }
    }
}
