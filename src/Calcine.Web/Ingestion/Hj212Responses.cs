using Calcine.Ingestion.Hj212;

namespace Calcine.Web.Ingestion;

/// <summary>Frames the platform sends back (HJ 212-2017 Appendix C): the 9014 data answer and the
/// 9011 request answer with a QnRtn code. Same QN, PW and MN as the packet answered.</summary>
public static class Hj212Responses
{
    /// <summary>QnRtn (Table 7): 3 PW error, 4 MN error.</summary>
    public const int PasswordError = 3;
    public const int MnError = 4;

    public static byte[] DataAnswer(Hj212Packet packet) => DataAnswer(packet.Qn, packet.Pw, packet.Mn);

    public static byte[] DataAnswer(string? qn, string pw, string mn) =>
        Frame($"QN={qn};ST=91;CN=9014;PW={pw};MN={mn};Flag=4;CP=&&&&");

    public static byte[] RequestAnswer(Hj212Packet packet, int qnRtn) => RequestAnswer(packet.Qn, packet.Pw, packet.Mn, qnRtn);

    public static byte[] RequestAnswer(string? qn, string pw, string mn, int qnRtn) =>
        Frame($"QN={qn};ST=91;CN=9011;PW={pw};MN={mn};Flag=4;CP=&&QnRtn={qnRtn}&&");

    private static byte[] Frame(string dataSegment) => Hj212FrameBuilder.Build(dataSegment);
}
