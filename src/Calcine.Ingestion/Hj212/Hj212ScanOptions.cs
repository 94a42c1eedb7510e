namespace Calcine.Ingestion.Hj212;

/// <summary>How strictly frames are framed. The defaults are the contract's: the standard CRC only,
/// data segments up to 9999 bytes (the most a 4-digit length can say).</summary>
public sealed record Hj212ScanOptions
{
    public static Hj212ScanOptions Default { get; } = new();

    /// <summary>The length HJ 212-2017 Table 2 allows; longer data segments get the "oversize" warning.</summary>
    public const int StandardMaxDataSegmentBytes = 1024;

    /// <summary>Largest data segment accepted, 1..9999. Also bounds how far the scanner looks for a trailer.</summary>
    public int MaxDataSegmentBytes
    {
        get;
        init => field = value is >= 1 and <= 9999
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MaxDataSegmentBytes), value, "A 4-digit length field allows 1 to 9999 bytes.");
    } = 9999;

    /// <summary>Accept a CRC that matches only as CRC-16/MODBUS, printed in either byte order (with a
    /// "modbus-crc" warning): what some loggers and a widely used simulator send. For a device set to
    /// it explicitly; never a default, never guessed for a device set to the standard.</summary>
    public bool AcceptModbusCrc { get; init; }

    /// <summary>The most bytes one frame may span: "##", 4 length digits, data, 4 CRC digits, CR LF.</summary>
    public int MaxFrameBytes => 6 + MaxDataSegmentBytes + 6;
}
