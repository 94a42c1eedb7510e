namespace Calcine.Web.Ingestion;

/// <summary>The HJ 212 listener's settings (section "Ingestion"). The limits protect the server
/// from a misbehaving or hostile peer; the defaults suit a national platform's front end.</summary>
public sealed class IngestionOptions
{
    public const string Section = "Ingestion";

    public bool Enabled { get; set; } = true;
    public int Port { get; set; } = 9212;
    public int MaxConnections { get; set; } = 5000;
    /// <summary>Longest frame accepted on the wire ("##" + length + data segment + CRC + CRLF).</summary>
    public int MaxFrameBytes { get; set; } = 10_010;
    /// <summary>A connection that sends nothing for this long is closed.</summary>
    public int IdleTimeoutSeconds { get; set; } = 300;
    /// <summary>Frames per second one device may send on average (token bucket, burst = 4 × rate).</summary>
    public double PerDeviceFramesPerSecond { get; set; } = 20;
    public int QueueCapacity { get; set; } = 20_000;
    public int MaxBatchSize { get; set; } = 2_000;
    /// <summary>How long the writer waits to fill a batch; it bounds the added ack latency.</summary>
    public int BatchDelayMilliseconds { get; set; } = 1;
    /// <summary>Time zone of HJ 212 DataTime values (local China time, no zone in the packet).</summary>
    public int DataTimeOffsetHours { get; set; } = 8;
}
