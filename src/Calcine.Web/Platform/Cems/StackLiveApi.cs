using Calcine.Application.Access;
using Calcine.Application.Cems.Stacks;
using Calcine.Web.Platform.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Calcine.Web.Platform.Cems;

/// <summary>The stack page's live part as JSON, polled by wwwroot/js/stack-live.js: the last 24
/// hours of stored hourly values (and flow from the minutes), at most 1,440 minutes read.</summary>
public static class StackLiveApi
{
    public const string ScriptPath = "/stacks/live.js";

    /// <summary>The script is part of the assembly, not of wwwroot: the host serves wwwroot only from
    /// a published layout or in Development, and the live page must work wherever the host runs
    /// (the browser test runs the build output).</summary>
    private static readonly Lazy<byte[]> Script = new(() =>
    {
        using var stream = typeof(StackLiveApi).Assembly.GetManifestResourceStream("Calcine.Web.Scripts.stack-live.js")!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    public static void MapStackLiveApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/stacks/{id:int}/live", LiveAsync).RequireAuthorization().WithTags("Stacks")
            .RequireAccess(ResourceKind.Stack, AccessAction.Read);
        app.MapGet(ScriptPath, (HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "public, max-age=300";
            return Results.Bytes(Script.Value, "text/javascript; charset=utf-8");
        }).AllowAnonymous().ExcludeFromDescription();
    }

    public static async Task<Ok<StackLive>> LiveAsync(int id, StackQueries stacks, HttpContext http, CancellationToken ct)
    {
        // A poll every few seconds must always see the newest hour: never from a cache.
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(await stacks.LiveAsync(id, ct));
    }
}
