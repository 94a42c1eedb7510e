using System.Text.Json;

namespace Calcine.Ingestion.Hj212;

/// <summary>
/// The <c>calcine cems decode</c> output: one JSON object per frame (shared/spec/cems-contracts.md).
/// Accepted: ok, qn, st, cn, pw, mn, flag, version, ackRequired, pnum, pno, cp, warnings, offset.
/// Rejected: ok, error, detail, offset.
/// </summary>
public static class Hj212JsonLines
{
    public static void WriteAccepted(Utf8JsonWriter w, Hj212Packet packet, long offset)
    {
        w.WriteStartObject();
        w.WriteBoolean("ok", true);
        w.WriteString("qn", packet.Qn);
        w.WriteString("st", packet.St);
        w.WriteString("cn", packet.Cn);
        w.WriteString("pw", packet.Pw);
        w.WriteString("mn", packet.Mn);
        if (packet.Flag is { } flag)
        {
            w.WriteNumber("flag", flag);
        }
        else
        {
            w.WriteNull("flag");
        }

        w.WriteString("version", packet.Version is { } v ? VersionName(v) : null);
        w.WriteBoolean("ackRequired", packet.AckRequired);
        w.WriteString("pnum", packet.Pnum);
        w.WriteString("pno", packet.Pno);
        w.WriteStartObject("cp");
        foreach (var field in packet.Cp)
        {
            w.WriteString(field.Key, field.Value);
        }

        w.WriteEndObject();
        w.WriteStartArray("warnings");
        foreach (var name in Hj212WarningNames.Of(packet.Warnings))
        {
            w.WriteStringValue(name);
        }

        w.WriteEndArray();
        w.WriteNumber("offset", offset);
        w.WriteEndObject();
    }

    public static void WriteRejected(Utf8JsonWriter w, Hj212FrameError error, string detail, long offset)
    {
        w.WriteStartObject();
        w.WriteBoolean("ok", false);
        w.WriteString("error", Hj212FrameErrors.Name(error));
        w.WriteString("detail", detail);
        w.WriteNumber("offset", offset);
        w.WriteEndObject();
    }

    public static string VersionName(Hj212Version version) => version switch
    {
        Hj212Version.Hj212_2005 => "2005",
        Hj212Version.Hj212_2017 => "2017",
        Hj212Version.Hj212_2025 => "2025",
        _ => throw new ArgumentOutOfRangeException(nameof(version), version, null),
    };
}
