namespace Calcine.Ingestion.Hj212;

/// <summary>
/// The system codes (Table 5), command codes (Table 9) and data flags (Table 8) of HJ 212-2017, plus
/// the command codes HJ 212-2025 implementations add. Used only to warn: unknown codes are kept.
/// </summary>
public static class Hj212Codes
{
    /// <summary>Table 5: quality monitoring 21–27, pollution sources 31–39 and 41, process 51–52, interaction 91.</summary>
    public static IReadOnlyList<int> SystemCodes { get; } = [21, 22, 23, 24, 25, 26, 27, 31, 32, 33, 34, 35, 36, 37, 38, 39, 41, 51, 52, 91];

    /// <summary>Table 9 of HJ 212-2017.</summary>
    public static IReadOnlyList<int> CommandCodes2017 { get; } =
    [
        1000, 1011, 1012, 1013, 1061, 1062, 1063, 1064, 1072,
        2011, 2012, 2021, 2022, 2031, 2041, 2051, 2061, 2081,
        3011, 3012, 3013, 3014, 3015, 3016, 3017, 3018, 3019, 3020, 3021,
        9011, 9012, 9013, 9014,
    ];

    /// <summary>Commands HJ 212-2025 adds, as third-party implementations use them (not checked against its text).</summary>
    public static IReadOnlyList<int> CommandCodesAdded2025 { get; } = [1001, 1002, 1014, 2013, 2052, 2062, 2111, 3022, 3024, 9015];

    /// <summary>Table 8: N normal, F stopped, M maintenance, S set value, D fault, C calibration, T over range, B communication.</summary>
    public const string DataFlags = "NFMSDCTB";

    private static readonly bool[] KnownSt = Lookup(100, SystemCodes);
    private static readonly bool[] KnownCn2017 = Lookup(10000, CommandCodes2017);
    private static readonly bool[] KnownCn2025 = Lookup(10000, CommandCodes2017.Concat(CommandCodesAdded2025));

    public static bool IsKnownSt(ReadOnlySpan<byte> st) =>
        st.Length == 2 && TryDigits(st, out var code) && KnownSt[code];

    /// <summary>Command codes known to the frame's edition (2005 frames are checked against the 2017 table).</summary>
    public static bool IsKnownCn(ReadOnlySpan<byte> cn, Hj212Version? version) =>
        cn.Length == 4 && TryDigits(cn, out var code) && (version == Hj212Version.Hj212_2025 ? KnownCn2025 : KnownCn2017)[code];

    public static bool IsKnownDataFlag(ReadOnlySpan<byte> flag) =>
        flag.Length == 1 && flag[0] is (byte)'N' or (byte)'F' or (byte)'M' or (byte)'S' or (byte)'D' or (byte)'C' or (byte)'T' or (byte)'B';

    private static bool TryDigits(ReadOnlySpan<byte> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit((char)c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    private static bool[] Lookup(int size, IEnumerable<int> codes)
    {
        var table = new bool[size];
        foreach (var code in codes)
        {
            table[code] = true;
        }

        return table;
    }
}
