namespace Calcine.Ingestion.Hj212;

/// <summary>Why a frame was rejected. <see cref="Hj212FrameErrors.Name"/> gives the contract's spelling.</summary>
public enum Hj212FrameError
{
    None = 0,

    /// <summary>The CRC field does not match the data segment, or is not four hex digits.</summary>
    CrcMismatch,

    /// <summary>A data-segment header field (ST, CN, PW, MN, Flag, …) is missing or malformed.</summary>
    BadHeader,

    /// <summary>The length field is not four decimal digits, or the CRC and trailer are not where
    /// any length puts them (declared length wrong and the CRC does not confirm another one).</summary>
    BadLength,

    /// <summary>The CRC confirms the frame but CR LF does not follow it; or no CR LF follows before the next frame.</summary>
    MissingTrailer,

    /// <summary>No trailer within the maximum frame size, or a declared length above the configured maximum.</summary>
    TooLong,

    /// <summary>The CP data area is missing or malformed (no <c>CP=&amp;&amp;…&amp;&amp;</c>, a field without '=').</summary>
    BadDataSegment,

    /// <summary>The frame stops before its declared end: the next <c>##</c> or the end of input comes first.</summary>
    Truncated,
}

public static class Hj212FrameErrors
{
    public static string Name(Hj212FrameError error) => error switch
    {
        Hj212FrameError.None => "none",
        Hj212FrameError.CrcMismatch => "crc-mismatch",
        Hj212FrameError.BadHeader => "bad-header",
        Hj212FrameError.BadLength => "bad-length",
        Hj212FrameError.MissingTrailer => "missing-trailer",
        Hj212FrameError.TooLong => "too-long",
        Hj212FrameError.BadDataSegment => "bad-data-segment",
        Hj212FrameError.Truncated => "truncated",
        _ => throw new ArgumentOutOfRangeException(nameof(error), error, null),
    };
}
