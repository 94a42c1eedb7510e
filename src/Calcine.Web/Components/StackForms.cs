using System.Globalization;
using Calcine.Application.Access;
using Calcine.Application.Cems.Stacks;
using Calcine.Storage;
using Calcine.Storage.Audit;
using Calcine.Web.Components.Shared;
using Calcine.Web.Platform.Access;
using Calcine.Web.Platform.Cems;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Calcine.Web.Components;

/// <summary>The stack page's explanation form: guarded like the API's PUT (404 for a stack the user
/// cannot see, 403 for read-only roles), antiforgery checked, handled by the API's own handler
/// (so it is validated and audited alike), then back to the page (post-redirect-get).</summary>
public static class StackForms
{
    public static string PagePath(int id) => $"/stacks/{id}";

    public static void MapStackForms(this IEndpointRouteBuilder app) =>
        app.MapPost("/stacks/{id:int}/exceedances/{pollutant}/{startUtc}/explanation", ExplainAsync)
            .RequireAuthorization().ExcludeFromDescription().WithMetadata(new RequireAntiforgeryTokenAttribute())
            .RequireAccess(ResourceKind.Stack, AccessAction.Edit);

    private static async Task<IResult> ExplainAsync(int id, string pollutant, string startUtc, [FromForm] string? text, [FromForm] string? month, HttpContext http,
        CalcineDbContext db, AuditContext audit, TimeProvider clock, IStringLocalizer<StackPageMessages> l, CancellationToken ct)
    {
        var result = (await StacksApi.ExplainAsync(id, pollutant, startUtc, new ExplanationBody(text), db, audit, clock, ct)).Result;
        var notice = result is Ok<ExplanationView>
            ? new PageNotice(true, l["Explanation of the {0} event starting {1} saved.", pollutant.ToUpperInvariant(), startUtc])
            : new PageNotice(false, l["Not saved: {0}", Refused(result)]);
        PageNotice.Leave(http, PagePath(id), notice);
        // Back to the month the form was on; anything but a month goes back to the page's default.
        var errors = new Dictionary<string, string[]>();
        var query = StackQuery.TryMonth(month, errors, out var y, out var m) ? string.Create(CultureInfo.InvariantCulture, $"?month={y:D4}-{m:D2}") : "";
        return Results.LocalRedirect(PagePath(id) + query + "#exceedances");
    }

    private static string Refused(IResult result) => result switch
    {
        ValidationProblem v => string.Join("; ", v.ProblemDetails.Errors.Select(e => $"{e.Key} {string.Join(", ", e.Value)}")),
        ProblemHttpResult p when p.ProblemDetails.Detail is { } detail => $"{p.ProblemDetails.Title}. {detail}",
        ProblemHttpResult p => p.ProblemDetails.Title ?? "refused",
        _ => "refused",
    };
}

/// <summary>The type the form's messages are localized under (Resources/Components/StackPageMessages.*.resx).</summary>
public sealed class StackPageMessages;
