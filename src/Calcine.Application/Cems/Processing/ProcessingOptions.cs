namespace Calcine.Application.Cems.Processing;

/// <summary>Settings of CEMS processing (configuration section "Processing").</summary>
public sealed class ProcessingOptions
{
    public const string Section = "Processing";

    public bool Enabled { get; set; } = true;

    /// <summary>Seconds between passes while idle.</summary>
    public double IntervalSeconds { get; set; } = 5;

    /// <summary>Frames read per pass (one transaction).</summary>
    public int MaxFramesPerPass { get; set; } = 10_000;

    /// <summary>Stack-minutes derived per pass (each with its hour and day). When many live stacks
    /// start a new minute together, their derivation is spread over several short passes.</summary>
    public int MaxMinutesPerPass { get; set; } = 100;

    /// <summary>Pause after a busy pass: processing shares the cores with the listener and the
    /// database, and short paced passes keep the acknowledgement latency of live devices low.</summary>
    public double PauseBetweenPassesMilliseconds { get; set; } = 250;

    /// <summary>A frame is processed only this long after it was received, so the packets of a live
    /// minute have all arrived when the minute is derived and each minute is computed about once
    /// (recomputing an open minute on every pass would re-read it many times). Derived values lag
    /// live data by this much; late packets are still processed whenever they arrive.</summary>
    public double SettleSeconds { get; set; } = 90;

    /// <summary>Valid real-time values a minute needs when it is averaged from CN 2011 packets. HJ 212's
    /// n ≥ 12 applies to the analyser's 5-second acquisitions, which are not transmitted; a logger
    /// sending real-time data every 30 s delivers two per minute. Default 1; raise it for fast senders.</summary>
    public int MinimumRealTimeValuesPerMinute { get; set; } = 1;

    /// <summary>Bounds outside which a reading is an instrument fault (docs/methods/cems-processing.md).</summary>
    public ReadingBounds ReadingBounds { get; set; } = new();

    /// <summary>DataTimes that can be real; packets outside are stored but make no minute.</summary>
    public DataTimeWindow DataTimeWindow { get; set; } = new();
}
