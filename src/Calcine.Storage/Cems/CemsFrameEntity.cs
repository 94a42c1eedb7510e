namespace Calcine.Storage.Cems;

/// <summary>One accepted data packet as received: the raw CP data area, exactly as sent, so every
/// derived value can be recomputed and audited. (Device, CN, data time, part) is unique: a resent
/// packet is stored once. PostgreSQL partitions this table by month of the data time.</summary>
public sealed class CemsFrameEntity
{
    public long Id { get; set; }
    public int DeviceId { get; set; }
    public short Cn { get; set; }
    public DateTime DataTimeUtc { get; set; }
    /// <summary>PNO of a split upload (HJ 212 Flag bit D), 0 for a whole packet; parts are joined when read.</summary>
    public short Part { get; set; }
    public string? Qn { get; set; }
    public DateTime ReceivedUtc { get; set; }
    public required string Cp { get; set; }
}
