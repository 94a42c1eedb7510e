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
    /// <summary>Connections from one source address; more are closed at once. A plant's loggers
    /// behind one NAT address number a handful; a provincial gateway may need more.</summary>
    public int MaxConnectionsPerAddress { get; set; } = 64;
    /// <summary>Source addresses without the per-address cap (they still count toward
    /// <see cref="MaxConnections"/> and have every other limit): the local simulator and a TCP
    /// proxy on the same host. Comma-separated; set it empty to cap local peers too. (A string, not a
    /// list: configuration binding would add to a list's defaults instead of replacing them.)</summary>
    public string ConnectionLimitExemptAddresses { get; set; } = "127.0.0.1,::1";
    /// <summary>A connection that has not sent a packet from a known device with the right
    /// password within this long is closed, however many bytes it trickles in: idle sockets must
    /// not hold slots. Long enough for a logger that connects and then waits for its minute.</summary>
    public int UnauthenticatedTimeoutSeconds { get; set; } = 60;
    /// <summary>An authenticated connection that sends nothing for this long is closed.</summary>
    public int IdleTimeoutSeconds { get; set; } = 300;
    /// <summary>Every refusal for an unknown MN, a wrong password, a disabled or locked-out device is
    /// the same answer (9011 QnRtn=3) sent this long after the packet was read, whatever the
    /// look-up cost: neither answer nor timing tells which MNs exist.</summary>
    public int AuthFailureDelayMilliseconds { get; set; } = 1000;
    /// <summary>Authentication failures one connection may make; it is closed after the last answer.</summary>
    public int MaxAuthFailuresPerConnection { get; set; } = 3;
    /// <summary>Failures against one MN before it is locked out (then back-off doubles per failure).</summary>
    public int AuthLockoutThresholdPerDevice { get; set; } = 5;
    /// <summary>Failures from one source address before it is locked out.</summary>
    public int AuthLockoutThresholdPerAddress { get; set; } = 20;
    /// <summary>The first lockout; each further failure doubles it.</summary>
    public double AuthLockoutBaseSeconds { get; set; } = 60;
    public double AuthLockoutMaxSeconds { get; set; } = 3600;
    /// <summary>Failures are forgotten after this long without another one.</summary>
    public double AuthFailureMemoryMinutes { get; set; } = 60;
    /// <summary>Frames per second one device may send on average (token bucket, burst = 4 × rate).</summary>
    public double PerDeviceFramesPerSecond { get; set; } = 20;
    public int QueueCapacity { get; set; } = 20_000;
    public int MaxBatchSize { get; set; } = 2_000;
    /// <summary>How long the writer waits to fill a batch; it bounds the added ack latency.</summary>
    public int BatchDelayMilliseconds { get; set; } = 1;
    /// <summary>Time zone of HJ 212 DataTime values (local China time, no zone in the packet).</summary>
    public int DataTimeOffsetHours { get; set; } = 8;
}
