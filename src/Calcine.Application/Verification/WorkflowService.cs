using Calcine.Application.Access;
using Calcine.Application.Activity;
using Calcine.Domain.Verification;
using Calcine.Storage;
using Calcine.Storage.Activity;
using Calcine.Storage.Audit;
using Calcine.Storage.Verification;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Application.Verification;

/// <summary>The verification workflow of a plant's reporting year (docs/adr/0006): where it stands,
/// and one step at a time, each audited with the reason given. Access is checked by the caller
/// (the step's action on the plant).</summary>
public sealed class WorkflowService(CalcineDbContext db, AuditContext audit, ICurrentUser user, TimeProvider clock)
{
    /// <summary>The field a missing reopen reason is reported under: where API callers send it.</summary>
    public const string ReasonField = "X-Change-Reason";

    public async Task<Outcome<WorkflowStatus>> StatusAsync(int id, int year, CancellationToken ct)
    {
        if (!PlantYearStore.ValidYear(year))
        {
            return VerificationRefusals.BadYear<WorkflowStatus>();
        }

        var entity = await db.PlantYears.AsNoTracking().SingleOrDefaultAsync(y => y.PlantId == id && y.Year == year, ct);
        return Outcome<WorkflowStatus>.Ok(await ViewAsync(id, year, entity, ct));
    }

    /// <summary>Takes <paramref name="step"/>; <paramref name="reason"/> goes to the audit log and is
    /// required to reopen a signed year.</summary>
    public async Task<Outcome<WorkflowStatus>> StepAsync(int id, int year, WorkflowStep step, string? reason, CancellationToken ct)
    {
        if (!PlantYearStore.ValidYear(year))
        {
            return VerificationRefusals.BadYear<WorkflowStatus>();
        }

        if (step == WorkflowStep.Reopen && string.IsNullOrEmpty(reason))
        {
            return Outcome<WorkflowStatus>.Invalid(
                new Dictionary<string, string[]> { [ReasonField] = ["required: why the signed year is opened again (it goes to the audit log)"] },
                "Reopening a verified year needs a reason");
        }

        audit.Reason = string.IsNullOrEmpty(reason) ? audit.Reason : reason;
        var entity = await PlantYearStore.FindAsync(db, id, year, ct, tracked: true);
        var current = entity?.Status ?? PlantYearStatus.Draft;
        var unresolved = entity is null ? 0 : await db.VerificationFindings.CountAsync(f => f.PlantYearId == entity.Id && f.Status != FindingStatus.Closed, ct);
        var next = ReportingYearWorkflow.Apply(current, step, unresolved);
        if (!next.Success)
        {
            return VerificationRefusals.Conflict<WorkflowStatus>(current, next.Errors[0].Message, $"Cannot {ReportingYearWorkflow.Name(step)}: the year is {current}");
        }

        SignedSnapshot? snapshot = null;
        if (step is WorkflowStep.Submit or WorkflowStep.SignOff)
        {
            var taken = await SignedSnapshot.TakeAsync(db, id, year, entity, ct);
            if (!taken.Success)
            {
                return Outcome<WorkflowStatus>.Invalid(taken.Errors,
                    $"The year's data is not complete and valid; it cannot be {(step == WorkflowStep.Submit ? "submitted" : "signed off")}");
            }

            snapshot = taken.Value;
        }

        var now = clock.GetUtcNow();
        entity ??= await PlantYearStore.FindOrCreateAsync(db, id, year, clock, ct);
        PlantYearStore.Touch(db, entity, now);
        entity.Status = next.Value;
        if (step == WorkflowStep.SignOff)
        {
            var number = 1 + (await db.PlantYearVersions.Where(v => v.PlantYearId == entity.Id).MaxAsync(v => (int?)v.Number, ct) ?? 0);
            var actor = user.AsAuditActor();
            var head = await AuditHead.ReadAsync(db, ct);
            db.PlantYearVersions.Add(new PlantYearVersionEntity
            {
                AuditHeadCount = head.Count,
                AuditHeadHash = head.Hash,
                PlantYear = entity,
                Number = number,
                DocumentJson = snapshot!.DocumentJson,
                InventoryJson = snapshot.InventoryJson,
                DocumentSha256 = SignedSnapshot.Sha256(snapshot.DocumentJson),
                InventorySha256 = SignedSnapshot.Sha256(snapshot.InventoryJson),
                SignedById = actor.Id,
                SignedByName = actor.Name,
                SignedUtc = now,
            });
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another step or edit on the year was saved first (the version in the WHERE clause).
            var status = await db.PlantYears.AsNoTracking().Where(y => y.PlantId == id && y.Year == year).Select(y => y.Status).SingleOrDefaultAsync(ct);
            return VerificationRefusals.Conflict<WorkflowStatus>(status ?? PlantYearStatus.Draft,
                "The year was changed by someone else at the same time; reload its status and try again.", "The reporting year was changed by someone else");
        }

        return Outcome<WorkflowStatus>.Ok(await ViewAsync(id, year, entity, ct));
    }

    private async Task<WorkflowStatus> ViewAsync(int id, int year, PlantYearEntity? entity, CancellationToken ct)
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
