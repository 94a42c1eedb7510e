using Calcine.Application.Access;
using Calcine.Application.Verification;
using Calcine.Domain.Verification;
using Calcine.Storage.Audit;
using Calcine.Web.Platform.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Calcine.Web.Platform.Verification;

/// <summary>The verification workflow of a plant's reporting year (docs/adr/0006): one POST per
/// step, each guarded by the access policy for the action it needs; the use case is WorkflowService.</summary>
public static class WorkflowApi
{
    public static void MapWorkflowApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/plants/{id:int}/years/{year:int}").RequireAuthorization().WithTags("Verification workflow");
        group.MapGet("/status", StatusAsync).RequireAccess(ResourceKind.Plant, AccessAction.Read);
        foreach (var (step, action) in WorkflowStepAccess.All)
        {
            group.MapPost("/" + ReportingYearWorkflow.Name(step), (int id, int year, WorkflowService workflow, AuditContext audit, CancellationToken ct) => StepAsync(id, year, step, workflow, audit, ct))
                .RequireAccess(ResourceKind.Plant, action);
        }
    }

    public static async Task<Results<Ok<WorkflowStatus>, ValidationProblem, ProblemHttpResult>> StatusAsync(
        int id, int year, WorkflowService workflow, CancellationToken ct) => (await workflow.StatusAsync(id, year, ct)).ToHttp();

    /// <summary>The reason comes from the X-Change-Reason header (AuditRequestContext).</summary>
    public static async Task<Results<Ok<WorkflowStatus>, ValidationProblem, ProblemHttpResult>> StepAsync(
        int id, int year, WorkflowStep step, WorkflowService workflow, AuditContext audit, CancellationToken ct) =>
        (await workflow.StepAsync(id, year, step, audit.Reason, ct)).ToHttp();
}
