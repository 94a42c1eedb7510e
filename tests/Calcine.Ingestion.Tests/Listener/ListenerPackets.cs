using Calcine.Ingestion.Hj212;

namespace Calcine.Ingestion.Tests.Listener;

/// <summary>HJ 212 packets a kiln-tail logger sends, with every part the tests vary.</summary>
internal static class ListenerPackets
{
    public const string NormalCp = "a34013-Rtd=3.0,a34013-Flag=N;a21026-Rtd=11.8,a21026-Flag=N;a19001-Rtd=11.2,a19001-Flag=N";

    public static byte[] RealTime(int device, string dataTime, string qn, string password = ListenerHost.Password, string flag = "5", string values = NormalCp) =>
        Hj212FrameBuilder.Build($"QN={qn};ST=31;CN=2011;PW={password};MN={ListenerHost.Mn(device)};Flag={flag};CP=&&DataTime={dataTime};{values}&&");

    public static byte[] ForMn(string mn, string password, string qn) =>
        Hj212FrameBuilder.Build($"QN={qn};ST=31;CN=2011;PW={password};MN={mn};Flag=5;CP=&&DataTime=20250315093015;{NormalCp}&&");

    /// <summary>A DataTime in China time (UTC+8) for a UTC instant.</summary>
    public static string DataTime(DateTime utc) => utc.AddHours(8).ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
}
