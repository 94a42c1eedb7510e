namespace Calcine.Storage.Cems;

/// <summary>One pollutant's hour of one stack, recomputed from its minutes (HJ 212 eq. 24), beside
/// what the data logger itself sent (CN 2061 ZsAvg) so disagreement can be flagged.</summary>
public sealed class CemsHourEntity
{
    public int StackId { get; set; }
    public byte Channel { get; set; }
    public DateTime HourUtc { get; set; }
    /// <summary>HJ 212 flag of the hour by the 75 % rule.</summary>
    public required string Flag { get; set; }
    /// <summary>valid, invalid or shutdown.</summary>
    public required string Status { get; set; }
    public short MinuteCount { get; set; }
    public short ValidMinutes { get; set; }
    /// <summary>Mean of the valid minutes, each corrected to the channel's reference O2; null unless valid.</summary>
    public double? Converted { get; set; }
    public double? Measured { get; set; }
    public double? O2 { get; set; }
    /// <summary>The hourly converted average the data logger sent (CN 2061 ZsAvg, or Avg when the channel has no reference O2).</summary>
    public double? LoggerValue { get; set; }
}
