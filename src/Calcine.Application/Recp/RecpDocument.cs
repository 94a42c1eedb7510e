using System.Text.Json;
using System.Text.Unicode;
using Calcine.Application.Co2.Document;
using Calcine.Domain.Results;

namespace Calcine.Application.Recp;

/// <summary>The steps every RECP reader shares: size, encoding, strict JSON, the <c>format</c> member,
/// the <c>enterprise</c> object; then the document's own reader, all-or-nothing.</summary>
internal static class RecpDocument
{
    public const int MaxDocumentBytes = 4 * 1024 * 1024;

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 32, CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false };

    public static Result<T> Read<T>(ReadOnlySpan<byte> utf8, string format, Func<RecpJsonObject, T?> readRoot)
        where T : class
    {
        if (utf8.Length > MaxDocumentBytes)
        {
            return Result<T>.Fail("$", $"document is {utf8.Length} bytes; a RECP document may have at most {MaxDocumentBytes} bytes");
        }

        var body = utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? utf8[3..] : utf8;
        if (body.IsEmpty)
        {
            return Result<T>.Fail("$", "document is empty");
        }

        if (!Utf8.IsValid(body))
        {
            return Result<T>.Fail("$", "not valid UTF-8; save the document as UTF-8");
        }

        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(body.ToArray(), Options);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $"line {line + 1}, byte {ex.BytePositionInLine + 1}" : "unknown position";
            return Result<T>.Fail("$", $"not valid JSON at {where}");
        }

        using (doc)
        {
            var errors = new List<ValidationError>();
            JsonTextCheck.Check(doc.RootElement, "$", errors);
            if (errors.Count > 0)
            {
                return Result<T>.Fail(errors);
            }

            var root = RecpJsonObject.Open(doc.RootElement, "$", errors);
            if (root is null || !CheckFormat(root, format))
            {
                return Result<T>.Fail(errors);
            }

            ReadEnterprise(root);
            var value = readRoot(root);
            root.RejectUnknown();
            return errors.Count == 0 && value is not null ? Result<T>.Ok(value) : Result<T>.Fail([.. errors.Take(100)]);
        }
    }

    private static bool CheckFormat(RecpJsonObject root, string format)
    {
        var f = root.String("format", true);
        if (f is not null && f != format)
        {
            root.Error("format", $"must be \"{format}\" for this command, got {JsonObjectReader.Quote(f)}");
            return false;
        }

        return f is not null;
    }

    /// <summary>The enterprise's id; name, country and sector are optional strings.</summary>
    private static void ReadEnterprise(RecpJsonObject root)
    {
        var e = root.Object("enterprise", true);
        if (e is null)
        {
            return;
        }

        e.String("id", true);
        e.String("name", false);
        e.String("country", false);
        e.String("sector", false);
        e.RejectUnknown();
    }

    public static string? EnterpriseId(RecpJsonObject root) =>
        root.TryGet("enterprise", out var e) && e.ValueKind == JsonValueKind.Object && e.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;

    public static string? Currency(RecpJsonObject root) => root.Pattern("currency", true, RecpJsonObject.CurrencyPattern(), "[A-Z]{3} (an ISO 4217 code)");
}
