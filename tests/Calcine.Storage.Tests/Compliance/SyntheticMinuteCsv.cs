using System.Globalization;
using System.Text;

namespace Calcine.Storage.Tests.Compliance;

/// <summary>A kiln-tail minute CSV with what compliance and quality must handle: ULE and GB 4915
/// exceedances, stops, maintenance, calibration and fault minutes, over-range flags, gaps, a stuck
/// analyser and zeros — deterministic for a seed.</summary>
internal static class SyntheticMinuteCsv
{
    public static string Generate(DateTimeOffset start, int days, int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder("timestamp,o2_pct,pm_mg_m3,so2_mg_m3,nox_mg_m3,flag\n");
        var minutes = days * 1440;
        for (var m = 0; m < minutes; m++)
        {
            var hourOfRun = m / 60;
            var minuteOfDay = m % 1440;
            if (IsGap(m))
            {
                continue;
            }

            var flag = "N";
            double o2 = 10.5 + random.NextDouble(), pm = 3 + (2 * random.NextDouble()), so2 = 12 + (8 * random.NextDouble()), nox = 35 + (10 * random.NextDouble());
            // Every third day an SO2 episode above the ULE target (35) for about three hours.
            if (hourOfRun % 72 is >= 10 and < 13)
            {
                so2 = 45 + (10 * random.NextDouble());
            }

            // Every fifth day NOx above GB 4915 (400) for two hours, peaking in the second.
            if (hourOfRun % 120 is >= 30 and < 32)
            {
                nox = 380 + (hourOfRun % 120 == 31 ? 90 : 40) + random.NextDouble();
            }

            // A four-hour stop every four days: air O2, flag F.
            if (hourOfRun % 96 is >= 50 and < 54)
            {
                flag = "F";
                o2 = 20.8;
                pm = so2 = nox = 0;
            }
            else if (minuteOfDay is >= 600 and < 620)
            {
                flag = "C";
            }
            else if (m % 997 < 3)
            {
                flag = "M";
            }
            else if (m % 1499 < 2)
            {
                flag = "D";
            }
            else if (m % 1777 == 5)
            {
                flag = "T";
            }

            // A stuck PM analyser for 70 minutes on the second day, and zero SO2 minutes.
            if (m is >= 1600 and < 1680 && flag == "N")
            {
                pm = 4.44;
            }

            if (m % 2111 == 7 && flag == "N")
            {
                so2 = 0;
            }

            var t = start.AddMinutes(m);
            text.Append(CultureInfo.InvariantCulture,
                $"{t:yyyy-MM-dd'T'HH:mm:sszzz},{o2:0.00},{pm:0.00},{so2:0.00},{nox:0.00},{flag}\n");
        }

        return text.ToString();
    }

    /// <summary>Short gaps that lower the transmission rate and a 3-hour outage on day 3.</summary>
    private static bool IsGap(int m) => m % 700 is >= 100 and < 112 || (m >= 3000 && m < 3180);
}
