using Calcine.Ingestion.Hj212;

namespace Calcine.Web.Ingestion;

/// <summary>Frames the platform sends back (HJ 212-2017 Appendix C): the 9014 data answer and the
/// 9011 request answer with a QnRtn code. Same QN, PW and MN as the packet answered.</summary>
public static class Hj212Responses
{
    /// <summary>QnRtn (Table 7): 2 rejected, 3 PW error, 6 Flag error, 8 CN error. Every
    /// authentication failure answers 3, an unknown MN included: a distinct "MN error" would tell a
    /// guesser which MNs exist.</summary>
    public const int Rejected = 2;
    public const int PasswordError = 3;
    public const int FlagError = 6;
    public const int CnError = 8;

    public static byte[] DataAnswer(Hj212Packet packet) => DataAnswer(packet.Qn, packet.Pw, packet.Mn);

    public static byte[] DataAnswer(string? qn, string pw, string mn) =>
        Frame($"QN={qn};ST=91;CN=9014;PW={pw};MN={mn};Flag=4;CP=&&&&");

    public static byte[] RequestAnswer(Hj212Packet packet, int qnRtn) => RequestAnswer(packet.Qn, packet.Pw, packet.Mn, qnRtn);

    public static byte[] RequestAnswer(string? qn, string pw, string mn, int qnRtn) =>
        Frame($"QN={qn};ST=91;CN=9011;PW={pw};MN={mn};Flag=4;CP=&&QnRtn={qnRtn}&&");

    private static byte[] Frame(string dataSegment) => Hj212FrameBuilder.Build(dataSegment);
}
