namespace Calcine.Ingestion.Hj212;

/// <summary>
/// Things worth noting about an accepted frame. A flags value rather than a list, so an accepted
/// frame carries its warnings without allocating. <see cref="Hj212WarningNames"/> gives the
/// contract's spellings in a fixed order.
/// </summary>
[Flags]
public enum Hj212Warnings
{
    None = 0,

    /// <summary>The declared length differs from the data segment's UTF-8 byte count while the CRC matches.</summary>
    LengthMismatch = 1 << 0,

    /// <summary>The data segment is over the 1024 bytes of HJ 212-2017 Table 2 (accepted up to 9999).</summary>
    Oversize = 1 << 1,

    /// <summary>The CRC was sent with lower-case hex letters.</summary>
    LowercaseCrc = 1 << 2,

    /// <summary>The CRC matched only as byte-swapped CRC-16/MODBUS, under the explicit compatibility option.</summary>
    ModbusCrc = 1 << 3,

    UnknownSt = 1 << 4,
    UnknownCn = 1 << 5,

    /// <summary>The Flag's version bits name no known edition (2005, 2017, 2025).</summary>
    UnknownVersion = 1 << 6,

    /// <summary>A header field other than QN, ST, CN, PW, MN, Flag, PNUM, PNO; it is ignored.</summary>
    UnknownHeaderField = 1 << 7,

    /// <summary>A header field sent twice; the first value is kept.</summary>
    DuplicateHeaderField = 1 << 8,

    /// <summary>A CP key sent twice; both are kept in order.</summary>
    DuplicateCpKey = 1 << 9,

    /// <summary>An <c>xxx-Flag</c> value outside Table 8 (N, F, M, S, D, C, T, B); kept as sent.</summary>
    UnknownDataFlag = 1 << 10,

    /// <summary>Flag bit D is set but PNUM or PNO is missing, or PNUM/PNO are sent without bit D.</summary>
    SplitFieldsInconsistent = 1 << 11,

    /// <summary>The data segment is not valid UTF-8; invalid bytes decode as U+FFFD.</summary>
    InvalidUtf8 = 1 << 12,
}

public static class Hj212WarningNames
{
    private static readonly (Hj212Warnings Flag, string Name)[] Names =
    [
        (Hj212Warnings.LengthMismatch, "length-mismatch"),
        (Hj212Warnings.Oversize, "oversize"),
        (Hj212Warnings.LowercaseCrc, "lowercase-crc"),
        (Hj212Warnings.ModbusCrc, "modbus-crc"),
        (Hj212Warnings.UnknownSt, "unknown-st"),
        (Hj212Warnings.UnknownCn, "unknown-cn"),
        (Hj212Warnings.UnknownVersion, "unknown-version"),
        (Hj212Warnings.UnknownHeaderField, "unknown-header-field"),
        (Hj212Warnings.DuplicateHeaderField, "duplicate-header-field"),
        (Hj212Warnings.DuplicateCpKey, "duplicate-cp-key"),
        (Hj212Warnings.UnknownDataFlag, "unknown-data-flag"),
        (Hj212Warnings.SplitFieldsInconsistent, "split-fields-inconsistent"),
        (Hj212Warnings.InvalidUtf8, "invalid-utf8"),
    ];

    /// <summary>The names of the set flags, in declaration order.</summary>
    public static IEnumerable<string> Of(Hj212Warnings warnings)
    {
        foreach (var (flag, name) in Names)
        {
            if ((warnings & flag) != 0)
            {
                yield return name;
            }
        }
    }

    public static IReadOnlyList<string> All { get; } = Names.Select(n => n.Name).ToArray();
}
