using System.Text;

namespace Calcine.Ingestion.Hj212;

/// <summary>
/// The framing rules over one contiguous window that starts at a "##". Pure and allocation-free on
/// the accept path; <see cref="Hj212FrameScanner"/> feeds it windows from a ReadOnlySequence.
/// </summary>
/// <remarks>
/// Every decision depends only on bytes at fixed places or on the first terminator ("\r\n" or "##")
/// after the length field, and is taken only once those bytes are present, so the outcome does not
/// depend on how the input was fragmented or how much of it has arrived:
/// <list type="number">
/// <item>A terminator inside the declared data segment means the declared length is wrong or the frame
/// was cut: judge the frame by that terminator (<see cref="ByTerminator"/>).</item>
/// <item>Otherwise, if the CRC at the declared place verifies, the frame is framed by its length:
/// CR LF must follow (else missing-trailer). If the CRC is hex, does not verify, and CR LF follows,
/// it is a crc-mismatch.</item>
/// <item>Otherwise judge by the first terminator after the declared place, within the maximum frame size.</item>
/// </list>
/// </remarks>
internal static class Hj212FrameRules
{
    internal static ScanStep ScanAt(ReadOnlySpan<byte> w, bool isFinal, Hj212ScanOptions options)
    {
        if (w.Length < 3)
        {
            return isFinal ? ScanStep.Reject(Hj212FrameError.Truncated, w.Length, "input ends right after '##'") : ScanStep.NeedMore;
        }

        if (w[2] == (byte)'#')
        {
            return ScanStep.Skip(1); // "###…": the frame starts at the last two '#'s of the run
        }

        int lengthEnd = Math.Min(w.Length, 6);
        for (int i = 2; i < lengthEnd; i++)
        {
            if (!char.IsAsciiDigit((char)w[i]))
            {
                // Quote only up to the offending byte, so the message does not depend on how much has arrived.
                return ScanStep.Reject(Hj212FrameError.BadLength, 2, $"length field '{Printable(w[2..(i + 1)])}…' is not four decimal digits");
            }
        }

        if (w.Length < 6)
        {
            return isFinal ? ScanStep.Reject(Hj212FrameError.Truncated, w.Length, "input ends inside the length field") : ScanStep.NeedMore;
        }

        int declared = ((w[2] - '0') * 1000) + ((w[3] - '0') * 100) + ((w[4] - '0') * 10) + (w[5] - '0');
        if (declared > options.MaxDataSegmentBytes)
        {
            return ScanStep.Reject(Hj212FrameError.TooLong, 2, $"declared data segment of {declared} bytes is over the maximum of {options.MaxDataSegmentBytes}");
        }

        int crcAt = 6 + declared;
        int t = FindTerminator(w, 6, Math.Min(crcAt, w.Length));
        if (t >= 0)
        {
            return ByTerminator(w, declared, t, options);
        }

        if (w.Length < crcAt + 4)
        {
            return isFinal
                ? ScanStep.Reject(Hj212FrameError.Truncated, w.Length, $"input ends {w.Length - 6} bytes into a data segment declared as {declared} bytes")
                : ScanStep.NeedMore;
        }

        var data = w[6..crcAt];
        var field = w.Slice(crcAt, 4);
        if (Hj212Crc.TryParseHex(field, out var sent, out var lowercase))
        {
            var computed = Hj212Crc.Compute(data);
            if (Verifies(data, computed, sent, options, out var compat))
            {
                if (w.Length < crcAt + 6)
                {
                    return isFinal ? ScanStep.Reject(Hj212FrameError.MissingTrailer, w.Length, "input ends after the CRC; CR LF missing") : ScanStep.NeedMore;
                }

                if (w[crcAt + 4] == (byte)'\r' && w[crcAt + 5] == (byte)'\n')
                {
                    return ScanStep.Accept(crcAt + 6, declared, declared, FrameWarnings(declared, lowercase, compat));
                }

                return ScanStep.Reject(Hj212FrameError.MissingTrailer, crcAt + 4, $"CRC {Printable(field)} matches but '{Printable(w.Slice(crcAt + 4, 2))}' follows it instead of CR LF");
            }

            if (w.Length < crcAt + 6)
            {
                if (!isFinal)
                {
                    return ScanStep.NeedMore;
                }
            }
            else if (w[crcAt + 4] == (byte)'\r' && w[crcAt + 5] == (byte)'\n')
            {
                return ScanStep.Reject(Hj212FrameError.CrcMismatch, crcAt + 6, $"expected {computed:X4}, got {Printable(field)}");
            }
        }

        t = FindTerminator(w, crcAt, Math.Min(w.Length, options.MaxFrameBytes - 1));
        if (t >= 0)
        {
            return ByTerminator(w, declared, t, options);
        }

        if (w.Length >= options.MaxFrameBytes)
        {
            // Keep the window's last byte: it may be the first '#' of the next frame.
            return ScanStep.Reject(Hj212FrameError.TooLong, options.MaxFrameBytes - 1, $"no CR LF within {options.MaxFrameBytes} bytes of '##'");
        }

        if (!isFinal)
        {
            return ScanStep.NeedMore;
        }

        return w.Length < crcAt + 6
            ? ScanStep.Reject(Hj212FrameError.Truncated, w.Length, $"input ends {w.Length} bytes into a frame of {crcAt + 6} bytes")
            : ScanStep.Reject(Hj212FrameError.MissingTrailer, w.Length, "input ends without CR LF after the frame");
    }

    /// <summary>Judges a frame whose end is the first terminator at <paramref name="t"/>, not its declared length.</summary>
    private static ScanStep ByTerminator(ReadOnlySpan<byte> w, int declared, int t, Hj212ScanOptions options)
    {
        if (w[t] == (byte)'#')
        {
            return t < 6 + declared + 6
                ? ScanStep.Reject(Hj212FrameError.Truncated, t, $"the next '##' comes {t} bytes into a frame declared as {declared + 12} bytes")
                : ScanStep.Reject(Hj212FrameError.MissingTrailer, t, $"no CR LF before the next '##', {t} bytes on");
        }

        int dataLength = t - 4 - 6;
        if (dataLength < 0)
        {
            return ScanStep.Reject(Hj212FrameError.BadLength, t + 2, $"CR LF {t} bytes after '##' leaves no room for a CRC");
        }

        var data = w.Slice(6, dataLength);
        var field = w.Slice(t - 4, 4);
        if (!Hj212Crc.TryParseHex(field, out var sent, out var lowercase))
        {
            return dataLength == declared
                ? ScanStep.Reject(Hj212FrameError.CrcMismatch, t + 2, $"CRC field '{Printable(field)}' is not four hex digits")
                : ScanStep.Reject(Hj212FrameError.BadLength, t + 2, $"declared {declared} bytes, but CR LF follows {dataLength + 4} bytes and no CRC precedes it");
        }

        var computed = Hj212Crc.Compute(data);
        if (Verifies(data, computed, sent, options, out var compat))
        {
            var warnings = FrameWarnings(dataLength, lowercase, compat);
            return ScanStep.Accept(t + 2, dataLength, declared, dataLength == declared ? warnings : warnings | Hj212Warnings.LengthMismatch);
        }

        return dataLength == declared
            ? ScanStep.Reject(Hj212FrameError.CrcMismatch, t + 2, $"expected {computed:X4}, got {Printable(field)}")
            : ScanStep.Reject(Hj212FrameError.BadLength, t + 2, $"declared {declared} bytes, but the CRC and CR LF follow {dataLength} bytes, whose CRC is {computed:X4}, not {Printable(field)}");
    }

    private static bool Verifies(ReadOnlySpan<byte> data, ushort computed, ushort sent, Hj212ScanOptions options, out bool compat)
    {
        compat = false;
        if (computed == sent)
        {
            return true;
        }

        compat = options.AcceptModbusCrc && (Hj212Crc.ComputeModbus(data) is var modbus)
            && (modbus == sent || (ushort)((modbus >> 8) | (modbus << 8)) == sent);
        return compat;
    }

    private static Hj212Warnings FrameWarnings(int dataLength, bool lowercase, bool compat)
    {
        var warnings = Hj212Warnings.None;
        if (dataLength > Hj212ScanOptions.StandardMaxDataSegmentBytes)
        {
            warnings |= Hj212Warnings.Oversize;
        }

        if (lowercase)
        {
            warnings |= Hj212Warnings.LowercaseCrc;
        }

        if (compat)
        {
            warnings |= Hj212Warnings.ModbusCrc;
        }

        return warnings;
    }

    /// <summary>First index in [from, startLimit) where "\r\n" or "##" starts, judged only when its second byte is present.</summary>
    internal static int FindTerminator(ReadOnlySpan<byte> w, int from, int startLimit)
    {
        int i = from;
        while (i < startLimit)
        {
            int rel = w[i..startLimit].IndexOfAny((byte)'\r', (byte)'#');
            if (rel < 0)
            {
                return -1;
            }

            int s = i + rel;
            if (s + 1 >= w.Length)
            {
                return -1;
            }

            byte next = w[s + 1];
            if ((w[s] == (byte)'\r' && next == (byte)'\n') || (w[s] == (byte)'#' && next == (byte)'#'))
            {
                return s;
            }

            i = s + 1;
        }

        return -1;
    }

    /// <summary>Bytes for an error message: printable ASCII as is, anything else as \xNN.</summary>
    internal static string Printable(ReadOnlySpan<byte> bytes)
    {
        var text = new StringBuilder(bytes.Length);
        foreach (var b in bytes)
        {
            if (b is >= 0x20 and < 0x7F)
            {
                text.Append((char)b);
            }
            else
            {
                text.Append($"\\x{b:X2}");
            }
        }

        return text.ToString();
    }
}

internal enum ScanStepKind
{
    NeedMore,
    Skip,
    Accept,
    Reject,
}

/// <summary>The outcome of one rule evaluation; offsets are relative to the window's "##".</summary>
internal readonly record struct ScanStep(
    ScanStepKind Kind,
    int Consumed,
    int DataLength,
    int DeclaredLength,
    Hj212Warnings Warnings,
    Hj212FrameError Error,
    string? Detail)
{
    public const int DataStart = 6;

    public static ScanStep NeedMore => new(ScanStepKind.NeedMore, 0, 0, 0, Hj212Warnings.None, Hj212FrameError.None, null);

    public static ScanStep Skip(int bytes) => new(ScanStepKind.Skip, bytes, 0, 0, Hj212Warnings.None, Hj212FrameError.None, null);

    public static ScanStep Accept(int consumed, int dataLength, int declared, Hj212Warnings warnings) =>
        new(ScanStepKind.Accept, consumed, dataLength, declared, warnings, Hj212FrameError.None, null);

    public static ScanStep Reject(Hj212FrameError error, int consumed, string detail) =>
        new(ScanStepKind.Reject, consumed, 0, 0, Hj212Warnings.None, error, detail);
}
