using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Calcine.Ingestion.Hj212;

/// <summary>
/// Decodes an HJ 212 data segment (the bytes between the length field and the CRC) into a
/// <see cref="Hj212Packet"/>. Never throws on bad input: a malformed segment is a failed
/// <see cref="Hj212Decoded"/>. Allocates the packet, its CP array and the value strings; repeated
/// tokens (keys, ST, CN, PW, MN, data flags) come from a shared cache.
/// </summary>
/// <remarks>
/// Header: <c>key=value</c> fields separated by ';' up to the field that starts with <c>CP=</c>, in any
/// order, keys case-insensitive, spaces around keys and values ignored. ST, CN, PW and MN are
/// required (bad-header otherwise); QN, Flag, PNUM, PNO are optional. The CP data area runs from
/// <c>CP=&amp;&amp;</c> to the last <c>&amp;&amp;</c> of the segment; only spaces or ';' may follow it.
/// See <see cref="Hj212CpParser"/> for how the area is flattened.
/// </remarks>
public static class Hj212Decoder
{
    /// <summary>Decodes an accepted frame's data segment, copying it first only when it spans several buffer segments.</summary>
    public static Hj212Decoded Decode(in Hj212ScannedFrame frame)
    {
        if (!frame.IsAccepted)
        {
            return Hj212Decoded.Fail(frame.Error, frame.Detail ?? "frame was rejected");
        }

        var data = frame.DataSegment;
        if (data.IsSingleSegment)
        {
            return Decode(data.FirstSpan, frame.Warnings);
        }

        var rented = ArrayPool<byte>.Shared.Rent((int)data.Length);
        try
        {
            data.CopyTo(rented);
            return Decode(rented.AsSpan(0, (int)data.Length), frame.Warnings);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <param name="dataSegment">The data segment's bytes (UTF-8).</param>
    /// <param name="frameWarnings">Warnings the scanner found, carried into the packet.</param>
    public static Hj212Decoded Decode(ReadOnlySpan<byte> dataSegment, Hj212Warnings frameWarnings = Hj212Warnings.None)
    {
        var warnings = frameWarnings;
        bool isAscii = Ascii.IsValid(dataSegment);
        if (!isAscii && !Utf8.IsValid(dataSegment))
        {
            warnings |= Hj212Warnings.InvalidUtf8;
        }

        var header = new HeaderFields();
        int pos = 0;
        int cpAt = -1;
        while (pos < dataSegment.Length)
        {
            var rest = dataSegment[pos..];
            var start = rest.TrimStart((byte)' ');
            if (start.Length >= 3 && Ascii.EqualsIgnoreCase(start[..3], "CP="u8))
            {
                cpAt = dataSegment.Length - start.Length + 3;
                break;
            }

            int semi = rest.IndexOf((byte)';');
            var field = (semi < 0 ? rest : rest[..semi]).Trim((byte)' ');
            pos += semi < 0 ? rest.Length : semi + 1;
            if (field.IsEmpty)
            {
                continue;
            }

            int eq = field.IndexOf((byte)'=');
            if (eq < 0)
            {
                return Hj212Decoded.Fail(Hj212FrameError.BadHeader, $"header field '{Hj212FrameRules.Printable(field)}' has no '='");
            }

            warnings |= header.Set(field[..eq].TrimEnd((byte)' '), field[(eq + 1)..].TrimStart((byte)' '));
        }

        if (cpAt < 0)
        {
            return Hj212Decoded.Fail(Hj212FrameError.BadDataSegment, "no CP=&&…&& data area");
        }

        if (header.Missing() is { } missing)
        {
            return Hj212Decoded.Fail(Hj212FrameError.BadHeader, $"{missing} is missing or empty");
        }

        int? flag = null;
        if (header.HasFlag)
        {
            if (!TryParseFlag(header.Flag, out var f))
            {
                return Hj212Decoded.Fail(Hj212FrameError.BadHeader, $"Flag '{Hj212FrameRules.Printable(header.Flag)}' is not an integer from 0 to 255");
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

        if (!Hj212Codes.IsKnownSt(header.St))
        {
            warnings |= Hj212Warnings.UnknownSt;
        }

        if (!Hj212Codes.IsKnownCn(header.Cn, version))
        {
            warnings |= Hj212Warnings.UnknownCn;
        }

        bool splitBit = flag is { } fl && (fl & 2) != 0;
        if (splitBit ? !(header.HasPnum && header.HasPno) : (header.HasPnum || header.HasPno))
        {
            warnings |= Hj212Warnings.SplitFieldsInconsistent;
        }

        var cp = Hj212CpParser.Parse(dataSegment[cpAt..], isAscii, out var cpError, ref warnings);
        if (cp is null)
        {
            return Hj212Decoded.Fail(Hj212FrameError.BadDataSegment, cpError!);
        }

        return Hj212Decoded.Ok(new Hj212Packet
        {
            Qn = header.HasQn ? (isAscii ? Encoding.Latin1.GetString(header.Qn) : Encoding.UTF8.GetString(header.Qn)) : null,
            St = Hj212StringCache.Get(header.St, isAscii, out _),
            Cn = Hj212StringCache.Get(header.Cn, isAscii, out _),
            Pw = Hj212StringCache.Get(header.Pw, isAscii, out _),
            Mn = Hj212StringCache.Get(header.Mn, isAscii, out _),
            Flag = flag,
            Version = version,
            Pnum = header.HasPnum ? Hj212StringCache.Get(header.Pnum, isAscii, out _) : null,
            Pno = header.HasPno ? Hj212StringCache.Get(header.Pno, isAscii, out _) : null,
            Cp = cp,
            Warnings = warnings,
        });
    }

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

    /// <summary>The header fields as slices of the data segment; the first occurrence of each wins.</summary>
    private ref struct HeaderFields
    {
        public ReadOnlySpan<byte> Qn, St, Cn, Pw, Mn, Flag, Pnum, Pno;
        public bool HasQn, HasSt, HasCn, HasPw, HasMn, HasFlag, HasPnum, HasPno;

        public Hj212Warnings Set(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value)
        {
            // Dispatch on length first: most keys are rejected or matched by one comparison.
            switch (key.Length)
            {
                case 2 when Ascii.EqualsIgnoreCase(key, "QN"u8):
                    return Put(ref Qn, ref HasQn, value);
                case 2 when Ascii.EqualsIgnoreCase(key, "ST"u8):
                    return Put(ref St, ref HasSt, value);
                case 2 when Ascii.EqualsIgnoreCase(key, "CN"u8):
                    return Put(ref Cn, ref HasCn, value);
                case 2 when Ascii.EqualsIgnoreCase(key, "PW"u8):
                    return Put(ref Pw, ref HasPw, value);
                case 2 when Ascii.EqualsIgnoreCase(key, "MN"u8):
                    return Put(ref Mn, ref HasMn, value);
                case 4 when Ascii.EqualsIgnoreCase(key, "Flag"u8):
                    return Put(ref Flag, ref HasFlag, value);
                case 4 when Ascii.EqualsIgnoreCase(key, "PNUM"u8):
                    return Put(ref Pnum, ref HasPnum, value);
                case 3 when Ascii.EqualsIgnoreCase(key, "PNO"u8):
                    return Put(ref Pno, ref HasPno, value);
                default:
                    return Hj212Warnings.UnknownHeaderField;
            }
        }

        public readonly string? Missing() =>
            !HasSt || St.IsEmpty ? "ST"
            : !HasCn || Cn.IsEmpty ? "CN"
            : !HasPw || Pw.IsEmpty ? "PW"
            : !HasMn || Mn.IsEmpty ? "MN"
            : null;

        private static Hj212Warnings Put(ref ReadOnlySpan<byte> slot, ref bool has, ReadOnlySpan<byte> value)
        {
            if (has)
            {
                return Hj212Warnings.DuplicateHeaderField;
            }

            slot = value;
            has = true;
            return Hj212Warnings.None;
        }
    }
}
