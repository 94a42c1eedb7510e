namespace Calcine.Storage.Cems;

/// <summary>One stack-minute derived from the stack's packets: every channel's dry standard value
/// (not O2-corrected) and flag, packed by <see cref="MinuteRecordCodec"/> into one small blob so a
/// stack-year is 525,600 short rows, not five million. PostgreSQL partitions it by month.</summary>
public sealed class CemsMinuteEntity
{
    public int StackId { get; set; }
    public DateTime MinuteUtc { get; set; }
    /// <summary>Where the minute came from: 2051 (the logger's minute packet) or 2011 (averaged from real-time packets).</summary>
    public short SourceCn { get; set; }
    public required byte[] Data { get; set; }
}
