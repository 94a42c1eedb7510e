using System.Text;

namespace Calcine.Ingestion.Hj212;

/// <summary>
/// Flattens the CP data area into (key, value) pairs in the order sent, values as raw strings.
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
/// </remarks>
public static class Hj212CpParser
{
    private static ReadOnlySpan<byte> Delimiter => "&&"u8;

    /// <summary>Parses <paramref name="cp"/>, which starts right after "CP=". Returns null with <paramref name="error"/> when malformed.</summary>
    public static Hj212Field[]? Parse(ReadOnlySpan<byte> cp, bool isAscii, out string? error, ref Hj212Warnings warnings)
    {
        error = null;
        if (!cp.StartsWith(Delimiter))
        {
            error = "the CP data area does not start with &&";
            return null;
        }

        int close = cp.LastIndexOf(Delimiter);
        if (close < 2)
        {
            error = "the CP data area is not closed with &&";
            return null;
        }

        var tail = cp[(close + 2)..];
        if (tail.IndexOfAnyExcept((byte)' ', (byte)';') >= 0)
        {
            error = $"text after the CP data area: '{Hj212FrameRules.Printable(tail)}'";
            return null;
        }

        var content = cp[2..close];
        int capacity = content.Count((byte)';') + content.Count((byte)',') + 1;
        var builder = new Builder(capacity, capacity <= 256 ? stackalloc int[capacity] : new int[capacity], isAscii);
        error = ParseObject(content, [], ref builder);
        if (error is not null)
        {
            return null;
        }

        warnings |= builder.Warnings;
        return builder.ToArray();
    }

    private static string? ParseObject(ReadOnlySpan<byte> content, byte[] prefix, ref Builder builder)
    {
        int i = 0;
        while (i < content.Length)
        {
            var rest = content[i..];
            int stop = rest.IndexOfAny((byte)'=', (byte)';', (byte)',');
            if (stop < 0 || rest[stop] != (byte)'=')
            {
                var bare = (stop < 0 ? rest : rest[..stop]).Trim((byte)' ');
                if (!bare.IsEmpty)
                {
                    return $"CP field '{Hj212FrameRules.Printable(bare)}' has no '='";
                }

                i += stop < 0 ? rest.Length : stop + 1;
                continue;
            }

            var key = rest[..stop].Trim((byte)' ');
            if (key.IsEmpty)
            {
                return $"CP field '{Hj212FrameRules.Printable(rest[..Math.Min(rest.Length, 32)])}' has an empty key";
            }

            var valueAndRest = rest[(stop + 1)..];
            if (valueAndRest.StartsWith(Delimiter))
            {
                int end = NestedEnd(valueAndRest);
                if (end < 0)
                {
                    return $"the nested area after '{Hj212FrameRules.Printable(key)}=' is not closed with &&";
                }

                var error = ParseObject(valueAndRest[2..end], [.. prefix, .. key, (byte)'.'], ref builder);
                if (error is not null)
                {
                    return error;
                }

                i += stop + 1 + end + 2 + 1; // past the closing "&&" and the separator after it
                continue;
            }

            int valueEnd = valueAndRest.IndexOfAny((byte)';', (byte)',');
            var value = valueEnd < 0 ? valueAndRest : valueAndRest[..valueEnd];
            builder.Add(prefix, key, value);
            i += stop + 1 + (valueEnd < 0 ? valueAndRest.Length : valueEnd + 1);
        }

        return null;
    }

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

    private ref struct Builder(int capacity, Span<int> hashes, bool isAscii)
    {
        private readonly Hj212Field[] fields = new Hj212Field[capacity];
        private readonly Span<int> hashes = hashes;
        private int count;

        public Hj212Warnings Warnings { get; private set; }

        public void Add(byte[] prefix, ReadOnlySpan<byte> key, ReadOnlySpan<byte> value)
        {
            int hash;
            string name;
            if (prefix.Length == 0)
            {
                name = Hj212StringCache.Get(key, isAscii, out hash);
            }
            else
            {
                name = Hj212StringCache.Get([.. prefix, .. key], isAscii, out hash);
            }

            if (hashes[..count].Contains(hash) && IsDuplicate(name, hash))
            {
                Warnings |= Hj212Warnings.DuplicateCpKey;
            }

            string text;
            if (key.EndsWith("-Flag"u8))
            {
                if (!Hj212Codes.IsKnownDataFlag(value))
                {
                    Warnings |= Hj212Warnings.UnknownDataFlag;
                }

                text = Hj212StringCache.Get(value, isAscii, out _);
            }
            else
            {
                text = value.IsEmpty ? "" : isAscii ? Encoding.Latin1.GetString(value) : Encoding.UTF8.GetString(value);
            }

            hashes[count] = hash;
            fields[count++] = new Hj212Field(name, text);
        }

        private readonly bool IsDuplicate(string name, int hash)
        {
            for (int i = 0; i < count; i++)
            {
                if (hashes[i] == hash && fields[i].Key == name)
                {
                    return true;
                }
            }

            return false;
        }

        public readonly Hj212Field[] ToArray() => count == fields.Length ? fields : fields[..count];
    }
}
