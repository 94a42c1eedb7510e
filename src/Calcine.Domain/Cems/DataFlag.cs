namespace Calcine.Domain.Cems;

/// <summary>HJ 212-2017 Table 8 instrument data flag of one record. Table 8 is extensible: vendor and
/// provincial codes (<c>Md</c>, <c>P</c>, …) become <see cref="Other"/> and count as invalid.</summary>
public enum DataFlag : byte
{
    /// <summary>Normal.</summary>
    N,

    /// <summary>Over the upper measurement limit: still a measurement, so it counts as valid.</summary>
    T,

    /// <summary>Stopped (停运): the source is not running; such minutes make shutdown periods.</summary>
    F,

    /// <summary>Maintenance.</summary>
    M,

    /// <summary>Manually entered set value.</summary>
    S,

    /// <summary>Instrument fault.</summary>
    D,

    /// <summary>Calibration.</summary>
    C,

    /// <summary>Instrument–DAS communication abnormal.</summary>
    B,

    /// <summary>Any other code.</summary>
    Other,
}

public static class DataFlags
{
    /// <summary>The flag for an HJ 212 code, case-sensitive as HJ 212 field values are.</summary>
    public static DataFlag FromCode(ReadOnlySpan<char> code) => code switch
    {
        "N" => DataFlag.N,
        "T" => DataFlag.T,
        "F" => DataFlag.F,
        "M" => DataFlag.M,
        "S" => DataFlag.S,
        "D" => DataFlag.D,
        "C" => DataFlag.C,
        "B" => DataFlag.B,
        _ => DataFlag.Other,
    };

    public static string Code(this DataFlag flag) => flag == DataFlag.Other ? "other" : flag.ToString();

    /// <summary>A minute whose value enters averages: N or T (the contract's rule).</summary>
    public static bool IsValid(this DataFlag flag) => flag is DataFlag.N or DataFlag.T;

    public static bool IsShutdown(this DataFlag flag) => flag == DataFlag.F;
}
