using System.Buffers;
using System.Text;

namespace Calcine.Web.Ingestion;

/// <summary>The CP data area exactly as sent (between "CP=&amp;&amp;" and the final "&amp;&amp;"). It is
/// what is stored: values keep their digits, and the password in the header is not kept.</summary>
public static class RawCp
{
    public static string? Extract(in ReadOnlySequence<byte> dataSegment)
    {
        ReadOnlySpan<byte> segment = dataSegment.IsSingleSegment ? dataSegment.FirstSpan : dataSegment.ToArray();
        var start = segment.IndexOf("CP=&&"u8);
        if (start < 0)
        {
            return null;
        }

        var body = segment[(start + 5)..];
        var end = body.LastIndexOf("&&"u8);
        return end < 0 ? null : Encoding.UTF8.GetString(body[..end]);
    }
}
