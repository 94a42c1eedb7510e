using System.Globalization;
using System.Text;

namespace Calcine.Application.Cems.Simulation;

/// <summary>Realistic kiln-tail readings for one analyser (cems-hj212.md §7 recipe): flow around
/// 125 m3/s (a00000 is m3/s in HJ 212: 450,000 m3 an hour), O2 ~ N(11.2, 0.4) %, NOx as an AR(1)
/// process around 38 mg/m3 with rare spikes,
/// SO2 and PM log-normal around 12 and 3, NH3 slip, temperature, pressure, velocity, humidity.
/// Ten channels, each with its converted (Zs) value where O2 correction applies.</summary>
public sealed class KilnSignal(int seed)
{
    private readonly Random random = new(seed);
    private double nox = 38;

    /// <summary>The CP data area of one CN 2011 real-time packet, about 450 bytes.</summary>
    public string RealTimeCp(DateTime localTime)
    {
        var o2 = Math.Clamp(Normal(11.2, 0.4), 8, 14);
        nox = 38 + 0.8 * (nox - 38) + Normal(0, 5);
        var noxNow = random.NextDouble() < 0.002 ? 55 + 15 * random.NextDouble() : Math.Max(5, nox);
        var so2 = Math.Exp(Normal(Math.Log(12), 0.3));
        var pm = Math.Exp(Normal(Math.Log(3), 0.3));
        var nh3 = Math.Exp(Normal(Math.Log(2), 0.4));
        var k = (21 - 10) / (21 - o2);
        var sb = new StringBuilder(480);
        sb.Append(CultureInfo.InvariantCulture, $"DataTime={localTime:yyyyMMddHHmmss};");
        Channel(sb, "a00000", 125 * (0.9 + 0.15 * random.NextDouble()), null, 1);
        Channel(sb, "a34013", pm, pm * k, 2);
        Channel(sb, "a21026", so2, so2 * k, 2);
        Channel(sb, "a21002", noxNow, noxNow * k, 2);
        Channel(sb, "a21001", nh3, nh3 * k, 2);
        Channel(sb, "a19001", o2, null, 1);
        Channel(sb, "a01011", Normal(16, 0.5), null, 1);
        Channel(sb, "a01012", Normal(110, 3), null, 1);
        Channel(sb, "a01013", Normal(-0.45, 0.05), null, 2);
        Channel(sb, "a01014", Normal(8.3, 0.4), null, 1, last: true);
        return sb.ToString();
    }

    /// <summary>The CP data area of one CN 2051 minute packet: Min/Avg/Max per channel, the
    /// converted (Zs) statistics and the emitted mass (Cou) for pollutants, and the data flag.</summary>
    public string MinuteCp(DateTime localTime)
    {
        var sb = new StringBuilder(1100);
        sb.Append(CultureInfo.InvariantCulture, $"DataTime={localTime:yyyyMMddHHmm}00");
        var o2 = Math.Clamp(Normal(11.2, 0.3), 8, 14);
        var flow = 125 * (0.9 + 0.15 * random.NextDouble());
        var k = (21 - 10) / (21 - o2);
        Stats(sb, "a00000", flow, 1, null, null);
        foreach (var (code, mean) in new[] { ("a34013", 3.0), ("a21026", 12.0), ("a21002", 38.0), ("a21001", 2.0) })
        {
            Stats(sb, code, Math.Exp(Normal(Math.Log(mean), 0.2)), 2, k, flow);
        }

        Stats(sb, "a19001", o2, 1, null, null);
        Stats(sb, "a01011", Normal(16, 0.4), 1, null, null);
        Stats(sb, "a01012", Normal(110, 2), 1, null, null);
        Stats(sb, "a01013", Normal(-0.45, 0.04), 2, null, null);
        Stats(sb, "a01014", Normal(8.3, 0.3), 1, null, null);
        return sb.ToString();
    }

    private void Stats(StringBuilder sb, string code, double avg, int decimals, double? zsFactor, double? flow)
    {
        var format = decimals == 1 ? "0.0" : "0.00";
        string F(double v) => v.ToString(format, CultureInfo.InvariantCulture);
        var min = avg * (0.9 - 0.05 * random.NextDouble());
        var max = avg * (1.1 + 0.05 * random.NextDouble());
        sb.Append(';');
        if (flow is { } q)
        {
            // Emitted mass in the minute, kg: mg/m3 × m3/s × 60 s / 1e6.
            sb.Append(code).Append("-Cou=").Append((avg * q * 60 / 1e6).ToString("0.000", CultureInfo.InvariantCulture)).Append(',');
        }

        sb.Append(code).Append("-Min=").Append(F(min)).Append(',').Append(code).Append("-Avg=").Append(F(avg)).Append(',').Append(code).Append("-Max=").Append(F(max));
        if (zsFactor is { } z)
        {
            sb.Append(',').Append(code).Append("-ZsMin=").Append(F(min * z)).Append(',').Append(code).Append("-ZsAvg=").Append(F(avg * z)).Append(',').Append(code).Append("-ZsMax=").Append(F(max * z));
        }

        sb.Append(',').Append(code).Append("-Flag=N");
    }

    private static void Channel(StringBuilder sb, string code, double rtd, double? zs, int decimals, bool last = false)
    {
        var format = decimals == 1 ? "0.0" : "0.00";
        sb.Append(code).Append("-Rtd=").Append(rtd.ToString(format, CultureInfo.InvariantCulture));
        if (zs is { } z)
        {
            sb.Append(',').Append(code).Append("-ZsRtd=").Append(z.ToString(format, CultureInfo.InvariantCulture));
        }

        sb.Append(',').Append(code).Append("-Flag=N");
        if (!last)
        {
            sb.Append(';');
        }
    }

    private double Normal(double mean, double sd)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return mean + sd * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
