using Calcine.Application;
using Calcine.Application.Access;
using Calcine.Application.Verification;
using Calcine.Domain.Verification;
using Calcine.Storage.Audit;
using Calcine.Web.Components.Shared;
using Calcine.Web.Platform;
using Calcine.Web.Platform.Access;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Calcine.Web.Components;

/// <summary>The verification page's form posts: guarded by the same access layer as the API
/// (404 for a plant the user cannot see, 403 for a step their roles do not allow), antiforgery
/// checked, handled by the API's own use cases (WorkflowService, FindingsService), then back to the page with what happened
/// (post-redirect-get), so a refused step shows the API's reason, never an error page.</summary>
public static class VerificationForms
{
    public static string PagePath(int id, int year) => $"/plants/{id}/years/{year}/verification";

    public static void MapVerificationForms(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/plants/{id:int}/years/{year:int}/verification")
            .RequireAuthorization().ExcludeFromDescription().WithMetadata(new RequireAntiforgeryTokenAttribute());
        foreach (var (step, action) in WorkflowStepAccess.All)
        {
            group.MapPost("/" + ReportingYearWorkflow.Name(step),
                    (int id, int year, [FromForm] string? reason, HttpContext http, WorkflowService workflow, CancellationToken ct) =>
                        StepAsync(id, year, step, reason, http, workflow, ct))
                .RequireAccess(ResourceKind.Plant, action);
        }

        group.MapPost("/findings", RaiseAsync).RequireAccess(ResourceKind.Plant, AccessAction.Verify);
        group.MapPost("/findings/{fid:int}/answer", AnswerAsync).RequireAccess(ResourceKind.Plant, AccessAction.Edit);
        group.MapPost("/findings/{fid:int}/close", CloseAsync).RequireAccess(ResourceKind.Plant, AccessAction.Verify);
    }

    private static async Task<IResult> StepAsync(int id, int year, WorkflowStep step, string? reason, HttpContext http, WorkflowService workflow, CancellationToken ct)
    {
        reason = reason?.Trim();
        if (step == WorkflowStep.Reopen && string.IsNullOrEmpty(reason))
        {
            return Back(http, id, year, new(false, L(http)["Not reopened: give the reason for reopening the signed year (it goes to the audit log)."]));
        }

        if (reason is { Length: > AuditContext.MaxReasonLength })
        {
            return Back(http, id, year, new(false, L(http)["Not done: the reason holds at most {0} characters.", AuditContext.MaxReasonLength]));
        }

        // The form's reason goes to the audit entry and the reopen rule as the API's header does.
        var outcome = await workflow.StepAsync(id, year, step, string.IsNullOrEmpty(reason) ? null : reason, ct);
        return Back(http, id, year, outcome.IsOk ? new(true, Done(L(http), step, outcome.Value!)) : Refused(L(http), outcome));
    }

    private static async Task<IResult> RaiseAsync(int id, int year, [FromForm] string? text, [FromForm] string? severity, HttpContext http,
        FindingsService findings, CancellationToken ct)
    {
        var outcome = await findings.RaiseAsync(id, year, new RaiseFinding(text, severity), ct);
        return Back(http, id, year, outcome.IsOk ? new(true, L(http)["Finding {0} raised.", outcome.Value!.Id]) : Refused(L(http), outcome));
    }

    private static async Task<IResult> AnswerAsync(int id, int year, int fid, [FromForm] string? answer, HttpContext http,
        FindingsService findings, CancellationToken ct)
    {
        var outcome = await findings.AnswerAsync(id, year, fid, new AnswerFinding(answer), ct);
        return Back(http, id, year, outcome.IsOk ? new(true, L(http)["Finding {0} answered.", fid]) : Refused(L(http), outcome));
    }

    private static async Task<IResult> CloseAsync(int id, int year, int fid, HttpContext http, FindingsService findings, CancellationToken ct)
    {
        var outcome = await findings.CloseAsync(id, year, fid, ct);
        return Back(http, id, year, outcome.IsOk ? new(true, L(http)["Finding {0} closed.", fid]) : Refused(L(http), outcome));
    }

    private static IResult Back(HttpContext http, int id, int year, PageNotice notice)
    {
        PageNotice.Leave(http, PagePath(id, year), notice);
        return Results.LocalRedirect(PagePath(id, year));
    }

    /// <summary>The page's language (the request's culture) for the notice the page will show.</summary>
    private static IStringLocalizer L(HttpContext http) =>
        http.RequestServices.GetRequiredService<IStringLocalizerFactory>().Create(typeof(VerificationForms));

    private static string Done(IStringLocalizer l, WorkflowStep step, WorkflowStatus status) => step switch
    {
        WorkflowStep.Submit => l["Submitted for verification."],
        WorkflowStep.Withdraw => l["Submission withdrawn: the year is a draft again."],
        WorkflowStep.StartVerification => l["Verification started."],
        WorkflowStep.Return => l["Returned to the company: the year is a draft again, its findings kept."],
        WorkflowStep.SignOff => l["Signed off: the year is {0} and locked; signed version {1} is kept.", l[status.Status], status.SignedVersions],
        _ => l["Reopened: the year can be edited again; its signed versions are kept."],
    };

    /// <summary>The use case's refusal as the page says it (the API's own words, which stay English).</summary>
    private static PageNotice Refused<T>(IStringLocalizer l, Outcome<T> outcome) => new(false, outcome.Describe(l["Refused."]));
}
