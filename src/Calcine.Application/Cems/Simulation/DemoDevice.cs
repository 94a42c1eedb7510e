using System.Globalization;

namespace Calcine.Application.Cems.Simulation;

/// <summary>MNs of demo and simulated data loggers: 24 hex characters as HJ 212-2017 prescribes.</summary>
public static class DemoDevice
{
    public static string Mn(int index) => string.Create(CultureInfo.InvariantCulture, $"CA1C1E0000000000{index:X8}");
}
