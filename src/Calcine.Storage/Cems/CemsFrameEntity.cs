namespace Calcine.Storage.Cems;

/// <summary>One accepted data packet as received: the raw CP data area, exactly as sent, so every
/// derived value can be recomputed and audited. (Device, CN, data time) is unique: a resent packet
/// is stored once. PostgreSQL partitions this table by month of the data time.</summary>
public sealed class CemsFrameEntity
{
    public long Id { get; set; }
    public int DeviceId { get; set; }
    public short Cn { get; set; }
    public DateTime DataTimeUtc { get; set; }
    public string? Qn { get; set; }
    public DateTime ReceivedUtc { get; set; }
    public required string Cp { get; set; }
}
