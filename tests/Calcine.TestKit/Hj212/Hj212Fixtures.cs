using System.Globalization;
using System.Text;
using Calcine.Ingestion.Hj212;

namespace Calcine.TestKit.Hj212;

/// <summary>Frames for parser tests, fuzzing and benchmarks.</summary>
public static class Hj212Fixtures
{
    public const string ExampleName = "hj212-kiln-frames";

    /// <summary>The contract's example stream: the 11 constructed kiln packets S01–S11, each with CR LF.</summary>
    public static byte[] ExampleStream() => File.ReadAllBytes(Examples.PathOf(ExampleName + ".bin"));

    /// <summary>The example stream cut into its frames (each ending in CR LF).</summary>
    public static IReadOnlyList<byte[]> KilnFrames()
    {
        var all = ExampleStream();
        var frames = new List<byte[]>();
        int start = 0;
        for (int i = 0; i + 1 < all.Length; i++)
        {
            if (all[i] == (byte)'\r' && all[i + 1] == (byte)'\n')
            {
                frames.Add(all[start..(i + 2)]);
                start = i + 2;
            }
        }

        return frames;
    }

    /// <summary>Frames exercising the decoder's tolerances: HJ/T 212-2005 style (no QN, no Flag, 2005
    /// codes), UTF-8 text, a nested area, an empty CP with a space (C.4), upper-case FLAG and spaces.</summary>
    public static IReadOnlyList<byte[]> EdgeFrames() =>
    [
        Hj212FrameBuilder.Build("ST=32;CN=2011;PW=123456;MN=88888880000001;CP=&&DataTime=20040516021000;B02-Rtd=36.5;01-Rtd=12.1,01-Flag=N;02-Rtd=31.0,02-Flag=N&&"),
        Hj212FrameBuilder.Build("QN=20250315100000999;ST=31;CN=3020;PW=123456;MN=CEMTEST0000000000000K01T;Flag=5;CP=&&DataTime=20250315100000;PolId=a21002;i11001-Info=//窑尾 NOx 分析仪 校准完成//&&"),
        Hj212FrameBuilder.Build("QN=20250315100000998;ST=31;CN=3020;PW=123456;MN=CEMTEST0000000000000K01T;Flag=5;CP=&&DataTime=20250315100000;Dev=&&i12001=0;i12002=1&&;PolId=a21002&&"),
        Hj212FrameBuilder.Build("QN=20160801085857223;ST=32;CN=2011;PW=100000;MN=010000A8900016F000169DC0;Flag=4;CP=&& &&"),
        Hj212FrameBuilder.Build(" QN = 20160801085857223 ; ST=32;CN=9014;PW=100000;MN=010000A8900016F000169DC0;FLAG=4;CP=&&&&"),
    ];

    /// <summary>A realistic kiln-tail real-time upload (CN 2011): 11 channels with Rtd, ZsRtd where
    /// corrected, and Flag; data segments of roughly 480–560 bytes.</summary>
    public static byte[] RealTimeFrame(Random random, string mn = "CEMTEST0000000000000K01T")
    {
        var at = new DateTime(2025, 3, 15, 0, 0, 0).AddSeconds(30 * random.Next(0, 2880));
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"QN={at:yyyyMMddHHmmss}{random.Next(0, 1000):D3};ST=31;CN=2011;PW=123456;MN={mn};Flag=5;CP=&&DataTime={at:yyyyMMddHHmmss}");
        double o2 = 9.5 + (random.NextDouble() * 3.5);
        double factor = 11 / (21 - o2);
        Channel(text, "a00000", 110 + (random.NextDouble() * 30), null, 1, random);
        Channel(text, "a34013", 1 + (random.NextDouble() * 7), factor, 2, random);
        Channel(text, "a21026", 5 + (random.NextDouble() * 40), factor, 2, random);
        Channel(text, "a21002", 20 + (random.NextDouble() * 40), factor, 2, random);
        Channel(text, "a21001", 0.5 + (random.NextDouble() * 5), factor, 2, random);
        Channel(text, "a21005", 200 + (random.NextDouble() * 1300), null, 1, random);
        Channel(text, "a19001", o2, null, 1, random);
        Channel(text, "a01011", 12 + (random.NextDouble() * 8), null, 1, random);
        Channel(text, "a01012", 90 + (random.NextDouble() * 40), null, 1, random);
        Channel(text, "a01013", -1 + (random.NextDouble() * 1.3), null, 2, random);
        Channel(text, "a01014", 5 + (random.NextDouble() * 7), null, 1, random);
        text.Append("&&");
        return Hj212FrameBuilder.Build(text.ToString());
    }

    private static void Channel(StringBuilder text, string code, double value, double? zsFactor, int decimals, Random random)
    {
        var format = "F" + decimals.ToString(CultureInfo.InvariantCulture);
        text.Append(CultureInfo.InvariantCulture, $";{code}-Rtd={value.ToString(format, CultureInfo.InvariantCulture)}");
        if (zsFactor is { } f)
        {
            text.Append(CultureInfo.InvariantCulture, $",{code}-ZsRtd={(value * f).ToString(format, CultureInfo.InvariantCulture)}");
        }

        text.Append(CultureInfo.InvariantCulture, $",{code}-Flag={(random.Next(0, 50) == 0 ? "C" : "N")}");
    }
}
