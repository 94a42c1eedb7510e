using System.Numerics;
using System.Runtime.Intrinsics;

namespace Calcine.Ingestion.Hj212;

/// <summary>
/// Flattens the CP data area into (key, value) pairs in the order sent; values are kept as the
/// positions of their raw bytes in the data segment.
/// </summary>
/// <remarks>
/// Grammar (xiaoyao9184's "Segment", as in HJ 212-2017 §6.3.3): the area is <c>&amp;&amp;object&amp;&amp;</c>;
/// an object is fields separated by ';' (between items) or ',' (within an item); a field is
/// <c>key=value</c>, split at the first '='; a value runs to the next ';' or ','.
/// <list type="bullet">
/// <item><c>a21026-Rtd=58,a21026-Flag=N;a21004-Rtd=112</c> gives a21026-Rtd, a21026-Flag, a21004-Rtd.</item>
/// <item>A value that starts with <c>&amp;&amp;</c> is a nested area; it ends at the first <c>&amp;&amp;</c> that is followed
/// by ';', ',' or the end of the enclosing area, and its keys are flattened with a dotted prefix:
/// <c>Info=&amp;&amp;a=1;b=2&amp;&amp;</c> gives Info.a and Info.b.</item>
/// <item>Empty fields (";;", a trailing ';') are skipped. Spaces around keys are dropped; values are kept as sent.</item>
/// <item>A non-empty field without '=' or with an empty key, or an unclosed nested area, is bad-data-segment.</item>
/// <item>A key sent twice is kept twice, in order, with a "duplicate-cp-key" warning.</item>
/// </list>
/// An area without any '&amp;' inside (no nested areas: nearly every real upload) takes a fast path that
/// marks all separators of the area in bit maps in one vectorised pass, instead of searching again
/// for each field; both paths apply the same grammar.
/// </remarks>
internal static class Hj212CpParser
{
    private static ReadOnlySpan<byte> Delimiter => "&&"u8;

    /// <summary>Parses the CP area of <paramref name="segment"/>, which starts at <paramref name="cpAt"/> (right after "CP="),
    /// into <paramref name="fields"/>. Returns null, or what is malformed.</summary>
    public static string? Parse(ReadOnlySpan<byte> segment, int cpAt, bool isAscii, Hj212CpFields fields)
    {
        var cp = segment[cpAt..];
        if (!cp.StartsWith(Delimiter))
        {
            return "the CP data area does not start with &&";
        }

        int close = cp.LastIndexOf(Delimiter);
        if (close < 2)
        {
            return "the CP data area is not closed with &&";
        }

        var tail = cp[(close + 2)..];
        if (tail.IndexOfAnyExcept((byte)' ', (byte)';') >= 0)
        {
            return $"text after the CP data area: '{Hj212FrameRules.Printable(tail)}'";
        }

        return ParseArea(segment, cpAt + 2, cpAt + close, isAscii, fields);
    }

    /// <summary>Parses the inside of a CP area (without its opening and closing &amp;&amp;), which lies in
    /// <paramref name="segment"/> from <paramref name="from"/> to <paramref name="to"/>. Returns null, or what is malformed.</summary>
    public static string? ParseArea(ReadOnlySpan<byte> segment, int from, int to, bool isAscii, Hj212CpFields fields) =>
        segment[from..to].Contains((byte)'&')
            ? ParseObject(segment, from, to, [], isAscii, fields)
            : ParseFlat(segment, from, to, isAscii, fields);

    /// <summary>The general path: one object between <paramref name="from"/> and <paramref name="to"/>, nested areas recursively.</summary>
    private static string? ParseObject(ReadOnlySpan<byte> segment, int from, int to, byte[] prefix, bool isAscii, Hj212CpFields fields)
    {
        int i = from;
        while (i < to)
        {
            var rest = segment[i..to];
            int stop = rest.IndexOfAny((byte)'=', (byte)';', (byte)',');
            if (stop < 0 || rest[stop] != (byte)'=')
            {
                var bare = (stop < 0 ? rest : rest[..stop]).Trim((byte)' ');
                if (!bare.IsEmpty)
                {
                    return NoEquals(bare);
                }

                i += stop < 0 ? rest.Length : stop + 1;
                continue;
            }

            var key = rest[..stop].Trim((byte)' ');
            if (key.IsEmpty)
            {
                return EmptyKey(rest);
            }

            int valueAt = i + stop + 1;
            var valueAndRest = segment[valueAt..to];
            if (valueAndRest.StartsWith(Delimiter))
            {
                int end = NestedEnd(valueAndRest);
                if (end < 0)
                {
                    return $"the nested area after '{Hj212FrameRules.Printable(key)}=' is not closed with &&";
                }

                var error = ParseObject(segment, valueAt + 2, valueAt + end, [.. prefix, .. key, (byte)'.'], isAscii, fields);
                if (error is not null)
                {
                    return error;
                }

                i = valueAt + end + 3; // past the closing "&&" and the separator after it
                continue;
            }

            int valueEnd = valueAndRest.IndexOfAny((byte)';', (byte)',');
            int valueLength = valueEnd < 0 ? valueAndRest.Length : valueEnd;
            fields.Add(prefix, key, valueAndRest[..valueLength], valueAt, isAscii);
            i = valueAt + valueLength + 1;
        }

        return null;
    }

    /// <summary>The fast path for an area without nested areas: the same grammar as <see cref="ParseObject"/>,
    /// with every ';', ',' and '=' located up front.</summary>
    private static string? ParseFlat(ReadOnlySpan<byte> segment, int from, int to, bool isAscii, Hj212CpFields fields)
    {
        var content = segment[from..to];
        int words = (content.Length + 63) >> 6;
        Span<ulong> maps = words <= 160 ? stackalloc ulong[2 * words] : new ulong[2 * words]; // 160 words: up to 10,240 bytes
        var separators = maps[..words];
        var equals = maps.Slice(words, words);
        Mark(content, separators, equals);

        int i = 0;
        while (i < content.Length)
        {
            int fieldEnd = NextBit(separators, i);
            if (fieldEnd < 0)
            {
                fieldEnd = content.Length;
            }

            int eq = NextBit(equals, i);
            if (eq < 0 || eq >= fieldEnd)
            {
                var bare = content[i..fieldEnd].Trim((byte)' ');
                if (!bare.IsEmpty)
                {
                    return NoEquals(bare);
                }

                i = fieldEnd + 1;
                continue;
            }

            var key = content[i..eq].Trim((byte)' ');
            if (key.IsEmpty)
            {
                return EmptyKey(content[i..]);
            }

            fields.Add([], key, content[(eq + 1)..fieldEnd], from + eq + 1, isAscii);
            i = fieldEnd + 1;
        }

        return null;
    }

    /// <summary>Sets bit i of <paramref name="separators"/> where content[i] is ';' or ',' and of <paramref name="equals"/> where it is '='.</summary>
    private static void Mark(ReadOnlySpan<byte> content, Span<ulong> separators, Span<ulong> equals)
    {
        separators.Clear();
        equals.Clear();
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var semicolon = Vector256.Create((byte)';');
            var comma = Vector256.Create((byte)',');
            var equal = Vector256.Create((byte)'=');
            for (; i + 32 <= content.Length; i += 32)
            {
                var block = Vector256.Create(content.Slice(i, 32));
                ulong seps = (Vector256.Equals(block, semicolon) | Vector256.Equals(block, comma)).ExtractMostSignificantBits();
                ulong eqs = Vector256.Equals(block, equal).ExtractMostSignificantBits();
                separators[i >> 6] |= seps << (i & 63);
                equals[i >> 6] |= eqs << (i & 63);
            }
        }

        for (; i < content.Length; i++)
        {
            byte b = content[i];
            if (b is (byte)';' or (byte)',')
            {
                separators[i >> 6] |= 1UL << (i & 63);
            }
            else if (b == (byte)'=')
            {
                equals[i >> 6] |= 1UL << (i & 63);
            }
        }
    }

    /// <summary>The first set bit at or after <paramref name="from"/>, or -1.</summary>
    private static int NextBit(ReadOnlySpan<ulong> map, int from)
    {
        int word = from >> 6;
        if (word >= map.Length)
        {
            return -1;
        }

        ulong bits = map[word] & (ulong.MaxValue << (from & 63));
        while (bits == 0)
        {
            if (++word == map.Length)
            {
                return -1;
            }

            bits = map[word];
        }

        return (word << 6) + BitOperations.TrailingZeroCount(bits);
    }

    private static string NoEquals(ReadOnlySpan<byte> field) => $"CP field '{Hj212FrameRules.Printable(field)}' has no '='";

    private static string EmptyKey(ReadOnlySpan<byte> rest) => $"CP field '{Hj212FrameRules.Printable(rest[..Math.Min(rest.Length, 32)])}' has an empty key";

    /// <summary>Index of the "&amp;&amp;" closing a nested area that starts with "&amp;&amp;" at 0: the first one followed by ';', ',' or the end.</summary>
    private static int NestedEnd(ReadOnlySpan<byte> area)
    {
        int from = 2;
        while (from < area.Length)
        {
            int rel = area[from..].IndexOf(Delimiter);
            if (rel < 0)
            {
                return -1;
            }

            int at = from + rel;
            if (at + 2 == area.Length || area[at + 2] is (byte)';' or (byte)',')
            {
                return at;
            }

            from = at + 1;
        }

        return -1;
    }
}
