using System.Buffers;
using System.Text.Unicode;

namespace Calcine.Web.Platform;

/// <summary>Finds invalid UTF-8 in a request body before a JSON parser sees it: System.Text.Json
/// reads string bytes lazily and throws a DecoderFallbackException deep inside a handler (a 500),
/// where this lets the endpoint answer 400 naming the offending byte.</summary>
public static class Utf8Body
{
    /// <summary>The offset (from 0) of the first byte that is not part of valid UTF-8, or null.</summary>
    public static int? FirstInvalidByte(ReadOnlySpan<byte> body)
    {
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(body.Length, 1));
        try
        {
            var status = Utf8.ToUtf16(body, chars, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
            return status == OperationStatus.Done ? null : read;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    public static string Describe(int offset) => $"not valid UTF-8 at byte {offset} of the body (counting from 0)";
}
