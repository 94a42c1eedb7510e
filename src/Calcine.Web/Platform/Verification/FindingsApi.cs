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

/// <summary>Findings of a verification: the verifier raises and closes them, the company answers.
/// All three happen only while the year is under verification.</summary>
public static class FindingsApi
{
    public static void MapFindingsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/plants/{id:int}/years/{year:int}/findings").RequireAuthorization().WithTags("Verification findings");
        group.MapGet("/", ListAsync).RequireAccess(ResourceKind.Plant, AccessAction.Read);
        group.MapPost("/", RaiseAsync).RequireAccess(ResourceKind.Plant, AccessAction.Verify);
        group.MapPost("/{fid:int}/answer", AnswerAsync).RequireAccess(ResourceKind.Plant, AccessAction.Edit);
        group.MapPost("/{fid:int}/close", CloseAsync).RequireAccess(ResourceKind.Plant, AccessAction.Verify);
    }

    public static async Task<Results<Ok<List<FindingView>>, ProblemHttpResult>> ListAsync(int id, int year, CalcineDbContext db, CancellationToken ct)
    {
        if (!PlantYearStore.ValidYear(year))
        {
            return PlantYearAnswers.BadYear();
        }

        var findings = await db.VerificationFindings.AsNoTracking()
            .Where(f => f.PlantYear!.PlantId == id && f.PlantYear.Year == year).OrderBy(f => f.Id).ToListAsync(ct);
        return TypedResults.Ok(findings.Select(View).ToList());
    }

    public static async Task<Results<Created<FindingView>, ValidationProblem, ProblemHttpResult>> RaiseAsync(
        int id, int year, RaiseFinding body, CalcineDbContext db, AuditContext audit, TimeProvider clock, CancellationToken ct)
    {
        if (!PlantYearStore.ValidYear(year))
        {
            return PlantYearAnswers.BadYear();
        }

        var errors = new Dictionary<string, string[]>();
        CheckText(errors, "text", body.Text);
        if (body.Severity is null || !FindingSeverity.All.Contains(body.Severity, StringComparer.Ordinal))
        {
            errors["severity"] = [$"required: one of {string.Join(", ", FindingSeverity.All)}"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The finding is invalid; nothing was raised");
        }

        var entity = await db.PlantYears.SingleOrDefaultAsync(y => y.PlantId == id && y.Year == year, ct);
        if (UnderVerification(entity) is { } refused)
        {
            return refused;
        }

        var (actorId, actorName) = WorkflowAnswers.Actor(audit);
        var finding = new VerificationFindingEntity
        {
            PlantYear = entity,
            Text = body.Text!.Trim(),
            Severity = body.Severity!,
            Status = FindingStatus.Open,
            RaisedById = actorId,
            RaisedByName = actorName,
            RaisedUtc = clock.GetUtcNow(),
        };
        db.VerificationFindings.Add(finding);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/plants/{id}/years/{year}/findings/{finding.Id}", View(finding));
    }

    public static async Task<Results<Ok<FindingView>, ValidationProblem, ProblemHttpResult>> AnswerAsync(
        int id, int year, int fid, AnswerFinding body, CalcineDbContext db, AuditContext audit, TimeProvider clock, CancellationToken ct)
    {
        if (!PlantYearStore.ValidYear(year))
        {
            return PlantYearAnswers.BadYear();
        }

        var errors = new Dictionary<string, string[]>();
        CheckText(errors, "answer", body.Answer);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The answer is invalid; nothing was saved");
        }

        return await ChangeAsync(db, id, year, fid, FindingStatus.CanAnswer, "answered", f =>
        {
            var (actorId, actorName) = WorkflowAnswers.Actor(audit);
            f.Answer = body.Answer!.Trim();
            f.Status = FindingStatus.Answered;
            f.AnsweredById = actorId;
            f.AnsweredByName = actorName;
            f.AnsweredUtc = clock.GetUtcNow();
        }, ct);
    }

    public static async Task<Results<Ok<FindingView>, ValidationProblem, ProblemHttpResult>> CloseAsync(
        int id, int year, int fid, CalcineDbContext db, AuditContext audit, TimeProvider clock, CancellationToken ct)
    {
        if (!PlantYearStore.ValidYear(year))
        {
            return PlantYearAnswers.BadYear();
        }

        return await ChangeAsync(db, id, year, fid, FindingStatus.CanClose, "closed", f =>
        {
            var (actorId, actorName) = WorkflowAnswers.Actor(audit);
            f.Status = FindingStatus.Closed;
            f.ClosedById = actorId;
            f.ClosedByName = actorName;
            f.ClosedUtc = clock.GetUtcNow();
        }, ct);
    }

    private static async Task<Results<Ok<FindingView>, ValidationProblem, ProblemHttpResult>> ChangeAsync(
        CalcineDbContext db, int id, int year, int fid, Func<string, bool> allowed, string verb, Action<VerificationFindingEntity> change, CancellationToken ct)
    {
        var entity = await db.PlantYears.SingleOrDefaultAsync(y => y.PlantId == id && y.Year == year, ct);
        if (UnderVerification(entity) is { } refused)
        {
            return refused;
        }

        // Looked up within this year of this plant: another year's or tenant's finding id is "no such finding".
        var finding = await db.VerificationFindings.SingleOrDefaultAsync(f => f.Id == fid && f.PlantYearId == entity!.Id, ct);
        if (finding is null)
        {
            return WorkflowAnswers.NoSuch("finding");
        }

        if (!allowed(finding.Status))
        {
            return WorkflowAnswers.Conflict(entity!.Status, $"The finding is {finding.Status}; it cannot be {verb}.", $"The finding is {finding.Status}");
        }

        change(finding);
        db.Entry(finding).Property(f => f.Version).OriginalValue = finding.Version;
        finding.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return WorkflowAnswers.Conflict(entity!.Status, "The finding was changed by someone else at the same time; reload it.", "The finding was changed by someone else");
        }

        return TypedResults.Ok(View(finding));
    }

    private static ProblemHttpResult? UnderVerification(PlantYearEntity? entity)
    {
        var status = entity?.Status ?? PlantYearStatus.Draft;
        return status == PlantYearStatus.UnderVerification ? null
            : WorkflowAnswers.Conflict(status, $"Findings are raised, answered and closed only while the year is {PlantYearStatus.UnderVerification}; it is {status}.");
    }

    private static void CheckText(Dictionary<string, string[]> errors, string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors[field] = ["required"];
        }
        else if (text.Length > VerificationLimits.MaxText)
        {
            errors[field] = [$"at most {VerificationLimits.MaxText} characters"];
        }
    }

    private static FindingView View(VerificationFindingEntity f) => new(
        f.Id, f.Text, f.Severity, f.Status, f.RaisedByName ?? f.RaisedById, f.RaisedUtc,
        f.Answer, f.AnsweredByName ?? f.AnsweredById, f.AnsweredUtc, f.ClosedByName ?? f.ClosedById, f.ClosedUtc, f.Version);
}
