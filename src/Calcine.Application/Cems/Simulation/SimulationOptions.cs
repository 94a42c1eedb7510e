namespace Calcine.Application.Cems.Simulation;

/// <summary>An analyser fleet: N devices each sending CN 2011 real-time packets at a rate, with
/// the standard's answer timeout and retries (HJ 212 Table 1: 10 s, 3 retries on mobile links).</summary>
public sealed record SimulationOptions
{
    public required string Host { get; init; }
    public required int Port { get; init; }
    public required string Password { get; init; }
    public int Devices { get; init; } = 10;
    /// <summary>Index of the first device: MNs are DemoDevice.Mn(first), DemoDevice.Mn(first + 1), …</summary>
    public int FirstDevice { get; init; } = 1;
    public double FramesPerSecondPerDevice { get; init; } = 1;
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(10);
    public TimeSpan AnswerTimeout { get; init; } = TimeSpan.FromSeconds(10);
    public int Retries { get; init; } = 3;
    /// <summary>DataTime of the first packet (the stack's local time); each packet of a device is one
    /// second later. The CLI defaults it to now on the stack's clock (SimulationClock).</summary>
    public DateTime FirstDataTime { get; init; } = new(2025, 1, 1, 0, 0, 0);
    /// <summary>When set, every acknowledged packet is appended here as "MN,DataTime" (for durability checks).</summary>
    public string? AckLogPath { get; init; }
}
