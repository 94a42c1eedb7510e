using System.Globalization;
using System.Text;
using Calcine.Domain.Cems;

namespace Calcine.Benchmarks;

/// <summary>One stack-year of kiln-tail minute data following docs/reference/cems-hj212.md §7:
/// O2 ~ N(11.2, 0.4) %, NOx AR(1) around 38 mg/m3 with rare spikes, SO2 and PM log-normal around
/// 12 and 3, daily raw-mill stops (SO2 ×2, PM ×1.5), a 12-minute calibration (C) every day, a
/// monthly 4-hour maintenance (M), communication drops (B, about 2 %), a 3-week winter stop and
/// four one-day stops (F, O2 near air). Deterministic for a given seed.</summary>
public sealed class SyntheticKilnYear
{
    public const int MinutesPerYear = 525_600;
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    public SyntheticKilnYear(int seed = 2025)
    {
        var random = new Random(seed);
        var start = new DateTimeOffset(2025, 1, 1, 0, 0, 0, Beijing);
        Timestamps = new DateTimeOffset[MinutesPerYear];
        O2 = new double[MinutesPerYear];
        Pm = new double[MinutesPerYear];
        So2 = new double[MinutesPerYear];
        Nox = new double[MinutesPerYear];
        Flags = new DataFlag[MinutesPerYear];
        var nox = 38.0;
        var stopDays = new HashSet<int> { 60, 130, 200, 280 };
        for (var i = 0; i < MinutesPerYear; i++)
        {
            var t = start.AddMinutes(i);
            var day = i / 1440;
            var minuteOfDay = i % 1440;
            var stopped = day < 21 || stopDays.Contains(day);
            var rawMillOff = minuteOfDay is >= 600 and < 780;
            nox = 38 + (0.95 * (nox - 38)) + (Gaussian(random) * 5 * Math.Sqrt(1 - (0.95 * 0.95)));
            var spike = random.NextDouble() < 0.0005 ? 20 + (random.NextDouble() * 15) : 0;
            Timestamps[i] = t;
            if (stopped)
            {
                O2[i] = 20.0 + (random.NextDouble() * 0.8);
                Pm[i] = random.NextDouble() * 0.5;
                So2[i] = random.NextDouble();
                Nox[i] = random.NextDouble() * 3;
                Flags[i] = DataFlag.F;
                continue;
            }

            O2[i] = 11.2 + (Gaussian(random) * 0.4);
            Pm[i] = LogNormal(random, 3, 0.3) * (rawMillOff ? 1.5 : 1);
            So2[i] = LogNormal(random, 12, 0.25) * (rawMillOff ? 2 : 1);
            Nox[i] = Math.Max(0, nox + spike);
            Flags[i] = minuteOfDay is >= 120 and < 132 ? DataFlag.C
                : t.Day == 15 && t.Hour is >= 9 and < 13 ? DataFlag.M
                : random.NextDouble() < 0.02 ? DataFlag.B
                : Nox[i] > 60 && random.NextDouble() < 0.1 ? DataFlag.T
                : DataFlag.N;
        }
    }

    public DateTimeOffset[] Timestamps { get; }
    public double[] O2 { get; }
    public double[] Pm { get; }
    public double[] So2 { get; }
    public double[] Nox { get; }
    public DataFlag[] Flags { get; }

    public MinuteSeries ToSeries(double? referenceO2 = 10)
    {
        var builder = new MinuteSeriesBuilder(
            [ChannelConfig.DryMgPerM3(Pollutant.Pm, referenceO2), ChannelConfig.DryMgPerM3(Pollutant.So2, referenceO2), ChannelConfig.DryMgPerM3(Pollutant.Nox, referenceO2)],
            initialCapacity: MinutesPerYear);
        Span<double> values = stackalloc double[3];
        for (var i = 0; i < MinutesPerYear; i++)
        {
            values[0] = Pm[i];
            values[1] = So2[i];
            values[2] = Nox[i];
            if (builder.TryAdd(Timestamps[i], O2[i], values, Flags[i]) is { } error)
            {
                throw new InvalidOperationException($"generated minute {i}: {error}");
            }
        }

        return builder.Build();
    }

    /// <summary>The CSV of the <c>cems evaluate</c> contract, two decimals as a DAS would send.</summary>
    public byte[] ToCsv()
    {
        var sb = new StringBuilder(MinutesPerYear * 56);
        sb.Append("timestamp,o2_pct,pm_mg_m3,so2_mg_m3,nox_mg_m3,flag\n");
        for (var i = 0; i < MinutesPerYear; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{Timestamps[i]:yyyy-MM-dd'T'HH:mm:sszzz},{O2[i]:F2},{Pm[i]:F2},{So2[i]:F2},{Nox[i]:F2},{Flags[i]}\n");
        }

        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private static double LogNormal(Random random, double median, double sigma) => median * Math.Exp(sigma * Gaussian(random));
}
