namespace Calcine.Application.Cems.Simulation;

/// <summary>What a fleet run achieved: packets sent, answered, resent and lost, readings per
/// second (10 channels a packet) and the answer latency percentiles.</summary>
public sealed record SimulationReport(
    int Devices, long Sent, long Acknowledged, long Resent, long Unacknowledged, long ConnectFailures,
    TimeSpan Elapsed, double LatencyP50Ms, double LatencyP95Ms, double LatencyP99Ms, double LatencyMaxMs)
{
    public const int ReadingsPerPacket = 10;

    public double AcknowledgedReadingsPerSecond => Acknowledged * ReadingsPerPacket / Elapsed.TotalSeconds;

    public static SimulationReport From(int devices, long sent, long acked, long resent, long unacked, long connectFailures, TimeSpan elapsed, List<double> latenciesMs)
    {
        latenciesMs.Sort();
        double P(double q) => latenciesMs.Count == 0 ? double.NaN : latenciesMs[Math.Min(latenciesMs.Count - 1, (int)Math.Ceiling(q * latenciesMs.Count) - 1)];
        return new SimulationReport(devices, sent, acked, resent, unacked, connectFailures, elapsed, P(0.50), P(0.95), P(0.99), latenciesMs.Count == 0 ? double.NaN : latenciesMs[^1]);
    }
}
