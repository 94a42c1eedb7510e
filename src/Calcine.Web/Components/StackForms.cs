using System.Globalization;
using Calcine.Application;
using Calcine.Application.Access;
using Calcine.Application.Cems.Stacks;
using Calcine.Web.Components.Shared;
using Calcine.Web.Platform;
using Calcine.Web.Platform.Access;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Calcine.Web.Components;

/// <summary>The stack page's explanation form: guarded like the API's PUT (404 for a stack the user
/// cannot see, 403 for read-only roles), antiforgery checked, handled by the API's own use case
/// (StackService: validated and audited alike), then back to the page (post-redirect-get).</summary>
public static class StackForms
{
    public static string PagePath(int id) => $"/stacks/{id}";

    public static void MapStackForms(this IEndpointRouteBuilder app) =>
        app.MapPost("/stacks/{id:int}/exceedances/{pollutant}/{startUtc}/explanation", ExplainAsync)
            .RequireAuthorization().ExcludeFromDescription().WithMetadata(new RequireAntiforgeryTokenAttribute())
            .RequireAccess(ResourceKind.Stack, AccessAction.Edit);

    private static async Task<IResult> ExplainAsync(int id, string pollutant, string startUtc, [FromForm] string? text, [FromForm] string? month, HttpContext http,
        StackService stacks, IStringLocalizer<StackPageMessages> l, CancellationToken ct)
    {
        var outcome = await stacks.ExplainAsync(id, pollutant, startUtc, text, ct);
        var notice = outcome.IsOk
            ? new PageNotice(true, l["Explanation of the {0} event starting {1} saved.", pollutant.ToUpperInvariant(), startUtc])
            : new PageNotice(false, l["Not saved: {0}", Refused(outcome)]);
        PageNotice.Leave(http, PagePath(id), notice);
        // Back to the month the form was on; anything but a month goes back to the page's default.
        var errors = new Dictionary<string, string[]>();
        var query = StackQuery.TryMonth(month, errors, out var y, out var m) ? string.Create(CultureInfo.InvariantCulture, $"?month={y:D4}-{m:D2}") : "";
        return Results.LocalRedirect(PagePath(id) + query + "#exceedances");
    }

    private static string Refused(Outcome<ExplanationView> outcome) => outcome.Kind switch
    {
        OutcomeKind.Invalid => OutcomeResults.Errors(outcome),
        _ => outcome.Describe("refused"),
    };
}

/// <summary>The type the form's messages are localized under (Resources/Components/StackPageMessages.*.resx).</summary>
public sealed class StackPageMessages;
