using Calcine.Application.Access;
using Calcine.Application.Activity;
using Calcine.Application.Verification;
using Calcine.Domain.Verification;
using Calcine.Storage;
using Calcine.Storage.Activity;
using Calcine.Storage.Audit;
using Calcine.Storage.Verification;
using Calcine.Web.Platform.Access;
using Calcine.Web.Platform.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Web.Platform.Verification;

/// <summary>The verification workflow of a plant's reporting year (docs/adr/0006): one POST per
/// step, each guarded by the access policy for the action it needs, each audited.</summary>
public static class WorkflowApi
{
    public static void MapWorkflowApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/plants/{id:int}/years/{year:int}").RequireAuthorization().WithTags("Verification workflow");
        group.MapGet("/status", StatusAsync).RequireAccess(ResourceKind.Plant, AccessAction.Read);
        foreach (var (step, action) in WorkflowStepAccess.All)
        {
            group.MapPost("/" + ReportingYearWorkflow.Name(step), (int id, int year, [AsParameters] WorkflowServices s, CancellationToken ct) => StepAsync(id, year, step, s, ct))
                .RequireAccess(ResourceKind.Plant, action);
        }
    }

    public sealed record WorkflowServices(CalcineDbContext Db, AuditContext Audit, TimeProvider Clock);

    public static async Task<Results<Ok<WorkflowStatus>, ProblemHttpResult>> StatusAsync(int id, int year, CalcineDbContext db, CancellationToken ct)
    {
        if (!PlantYearStore.ValidYear(year))
        {
            return PlantYearAnswers.BadYear();
        }

        var entity = await db.PlantYears.AsNoTracking().SingleOrDefaultAsync(y => y.PlantId == id && y.Year == year, ct);
        return TypedResults.Ok(await ViewAsync(db, id, year, entity, ct));
    }

    public static async Task<Results<Ok<WorkflowStatus>, ValidationProblem, ProblemHttpResult>> StepAsync(
        int id, int year, WorkflowStep step, WorkflowServices s, CancellationToken ct)
    {
        if (!PlantYearStore.ValidYear(year))
        {
            return PlantYearAnswers.BadYear();
        }

        if (step == WorkflowStep.Reopen && s.Audit.Reason is null)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["X-Change-Reason"] = ["required: why the signed year is opened again (it goes to the audit log)"] },
                title: "Reopening a verified year needs a reason");
        }

        var entity = await PlantYearStore.FindAsync(s.Db, id, year, ct, tracked: true);
        var current = entity?.Status ?? PlantYearStatus.Draft;
        var unresolved = entity is null ? 0 : await s.Db.VerificationFindings.CountAsync(f => f.PlantYearId == entity.Id && f.Status != FindingStatus.Closed, ct);
        var next = ReportingYearWorkflow.Apply(current, step, unresolved);
        if (!next.Success)
        {
            return WorkflowAnswers.Conflict(current, next.Errors[0].Message, $"Cannot {ReportingYearWorkflow.Name(step)}: the year is {current}");
        }

        SignedSnapshot? snapshot = null;
        if (step is WorkflowStep.Submit or WorkflowStep.SignOff)
        {
            var taken = await SignedSnapshot.TakeAsync(s.Db, id, year, entity, ct);
            if (!taken.Success)
            {
                return PlantYearAnswers.Invalid(taken.Errors, $"The year's data is not complete and valid; it cannot be {(step == WorkflowStep.Submit ? "submitted" : "signed off")}");
            }

            snapshot = taken.Value;
        }

        var now = s.Clock.GetUtcNow();
        entity ??= await PlantYearStore.FindOrCreateAsync(s.Db, id, year, s.Clock, ct);
        PlantYearStore.Touch(s.Db, entity, now);
        entity.Status = next.Value;
        if (step == WorkflowStep.SignOff)
        {
            var number = 1 + (await s.Db.PlantYearVersions.Where(v => v.PlantYearId == entity.Id).MaxAsync(v => (int?)v.Number, ct) ?? 0);
            var (actorId, actorName) = WorkflowAnswers.Actor(s.Audit);
            s.Db.PlantYearVersions.Add(new PlantYearVersionEntity
            {
                PlantYear = entity,
                Number = number,
                DocumentJson = snapshot!.DocumentJson,
                InventoryJson = snapshot.InventoryJson,
                DocumentSha256 = SignedSnapshot.Sha256(snapshot.DocumentJson),
                InventorySha256 = SignedSnapshot.Sha256(snapshot.InventoryJson),
                SignedById = actorId,
                SignedByName = actorName,
                SignedUtc = now,
            });
        }

        try
        {
            await s.Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another step or edit on the year was saved first (the version in the WHERE clause).
            var status = await s.Db.PlantYears.AsNoTracking().Where(y => y.PlantId == id && y.Year == year).Select(y => y.Status).SingleOrDefaultAsync(ct);
            return WorkflowAnswers.Conflict(status ?? PlantYearStatus.Draft, "The year was changed by someone else at the same time; reload its status and try again.",
                "The reporting year was changed by someone else");
        }

        return TypedResults.Ok(await ViewAsync(s.Db, id, year, entity, ct));
    }

    private static async Task<WorkflowStatus> ViewAsync(CalcineDbContext db, int id, int year, PlantYearEntity? entity, CancellationToken ct)
    {
        var status = entity?.Status ?? PlantYearStatus.Draft;
        var unresolved = 0;
        var versions = 0;
        if (entity is not null)
        {
            unresolved = await db.VerificationFindings.CountAsync(f => f.PlantYearId == entity.Id && f.Status != FindingStatus.Closed, ct);
            versions = await db.PlantYearVersions.CountAsync(v => v.PlantYearId == entity.Id, ct);
        }

        return new WorkflowStatus(id, year, status, entity?.Version ?? 0, PlantYearStatus.IsEditable(status),
            [.. ReportingYearWorkflow.Next(status).Select(ReportingYearWorkflow.Name)], unresolved, versions);
    }
}
