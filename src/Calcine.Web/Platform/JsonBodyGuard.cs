using System.Text;
using System.Text.Json;

namespace Calcine.Web.Platform;

/// <summary>Every JSON body sent to the API passes here before any endpoint binds it, so the bounds
/// hold for every endpoint, present and future, without each one remembering them: valid UTF-8 (else
/// 400 naming the byte), at most <see cref="MaxItemsPerArray"/> items in any array, no control
/// characters in names and codes, none but tab and line breaks in other text (400 naming the JSON
/// path). Endpoints keep their own, tighter limits (a plant's kilns, a month's fuels). A body that
/// is not JSON at all is left to the endpoint, which names what it expected.</summary>
public static class JsonBodyGuard
{
    public const int MaxItemsPerArray = 1000;
    /// <summary>Above every JSON endpoint's own limit (the largest is a 4 MB document).</summary>
    public const int MaxBodyBytes = 8 * 1024 * 1024;
    private const int MaxDepth = 64;

    public static void UseJsonBodyGuard(this WebApplication app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (!Applies(request))
        {
            await next(context);
            return;
        }

        // An endpoint's own, smaller size limit holds before anything is buffered.
        var limit = (int)Math.Min(MaxBodyBytes, context.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? MaxBodyBytes);
        var body = await Data.PlantYearAnswers.ReadBodyAsync(request, limit, context.RequestAborted);
        if (body is null)
        {
            await Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The request body is too large",
                detail: $"At most {limit} bytes; nothing was saved.").ExecuteAsync(context);
            return;
        }

        var refusal = Utf8Body.FirstInvalidByte(body) is { } offset ? ("body", Utf8Body.Describe(offset)) : FirstRefusal(body);
        if (refusal is { } r)
        {
            await Results.ValidationProblem(new Dictionary<string, string[]> { [r.Path] = [r.Message] },
                title: "The request body is refused; nothing was saved").ExecuteAsync(context);
            return;
        }

        request.Body = new MemoryStream(body, writable: false);
        request.ContentLength = body.Length;
        await next(context);
    });

    private static bool Applies(HttpRequest request) =>
        request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        && !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)
        && (request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0)
        && (request.ContentType is null || IsJson(request.ContentType));

    private static bool IsJson(string contentType)
    {
        var media = contentType.Split(';')[0].Trim();
        return media.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || media.EndsWith("+json", StringComparison.OrdinalIgnoreCase)
            || media.Equals("text/json", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The first array over the limit or text with a forbidden control character, as
    /// (JSON path, message); null if none, or if the body is not well-formed JSON (the endpoint
    /// reports that itself).</summary>
    public static (string Path, string Message)? FirstRefusal(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = MaxDepth, CommentHandling = JsonCommentHandling.Skip });
        var path = new List<(string? Property, int Items)>();
        string? property = null;
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    property = reader.GetString();
                    continue;
                }

                if (path.Count > 0 && path[^1].Property is null && reader.TokenType is not (JsonTokenType.EndArray or JsonTokenType.EndObject))
                {
                    // A new item of the innermost array.
                    var items = path[^1].Items + 1;
                    path[^1] = (null, items);
                    if (items > MaxItemsPerArray)
                    {
                        return (Describe(path, null, upToArray: true), $"at most {MaxItemsPerArray} items");
                    }
                }

                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        path.Add((property ?? "", -1));
                        property = null;
                        break;
                    case JsonTokenType.StartArray:
                        path.Add((property ?? "", 0));
                        path.Add((null, 0));
                        property = null;
                        break;
                    case JsonTokenType.EndArray:
                        path.RemoveRange(path.Count - 2, 2);
                        break;
                    case JsonTokenType.EndObject:
                        path.RemoveAt(path.Count - 1);
                        break;
                    case JsonTokenType.String:
                        if (ControlProblem(reader.GetString()!, property) is { } problem)
                        {
                            return (Describe(path, property, upToArray: false), problem);
                        }

                        property = null;
                        break;
                    default:
                        property = null;
                        break;
                }
            }
        }
        catch (JsonException)
        {
            return null;
        }

        return null;
    }

    /// <summary>Names and codes are shown in lists, headers and file names: no control character at
    /// all. Other text (a finding, an answer, an explanation) may hold tabs and line breaks.</summary>
    private static string? ControlProblem(string value, string? property)
    {
        var isName = property is not null && (property.Equals("name", StringComparison.OrdinalIgnoreCase)
            || property.EndsWith("Name", StringComparison.Ordinal) || property.Equals("code", StringComparison.OrdinalIgnoreCase));
        foreach (var c in value)
        {
            if (char.IsControl(c) && (isName || c is not ('\t' or '\n' or '\r')))
            {
                return $"control character U+{(int)c:X4} is not allowed{(isName ? " in a name" : "")}";
            }
        }

        return null;
    }

    /// <summary>"kilns[3].name": objects' properties joined by dots, arrays' items in brackets (from 0).</summary>
    private static string Describe(List<(string? Property, int Items)> path, string? leaf, bool upToArray)
    {
        var text = new StringBuilder();
        for (var i = 0; i < path.Count; i++)
        {
            var (name, items) = path[i];
            if (name is null)
            {
                if (upToArray && i == path.Count - 1)
                {
                    break;
                }

                text.Append('[').Append(items - 1).Append(']');
            }
            else if (name.Length > 0)
            {
                text.Append(text.Length > 0 ? "." : "").Append(name);
            }
        }

        if (leaf is not null)
        {
            text.Append(text.Length > 0 ? "." : "").Append(leaf);
        }

        return text.Length > 0 ? text.ToString() : "body";
    }
}
