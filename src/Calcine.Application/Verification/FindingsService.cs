using Calcine.Application.Access;
using Calcine.Application.Activity;
using Calcine.Domain.Verification;
using Calcine.Storage;
using Calcine.Storage.Activity;
using Calcine.Storage.Verification;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Application.Verification;

/// <summary>Findings of a verification: the verifier raises and closes them, the company answers.
/// All three happen only while the year is under verification. Access is checked by the caller.</summary>
public sealed class FindingsService(CalcineDbContext db, ICurrentUser user, TimeProvider clock)
{
    public async Task<Outcome<List<FindingView>>> ListAsync(int id, int year, CancellationToken ct)
    {
        if (!PlantYearStore.ValidYear(year))
        {
            return VerificationRefusals.BadYear<List<FindingView>>();
        }

        var findings = await db.VerificationFindings.AsNoTracking()
            .Where(f => f.PlantYear!.PlantId == id && f.PlantYear.Year == year).OrderBy(f => f.Id).ToListAsync(ct);
        return Outcome<List<FindingView>>.Ok([.. findings.Select(View)]);
    }

    public async Task<Outcome<FindingView>> RaiseAsync(int id, int year, RaiseFinding body, CancellationToken ct)
    {
        if (!PlantYearStore.ValidYear(year))
        {
            return VerificationRefusals.BadYear<FindingView>();
        }

        var errors = new Dictionary<string, string[]>();
        CheckText(errors, "text", body.Text);
        if (body.Severity is null || !FindingSeverity.All.Contains(body.Severity, StringComparer.Ordinal))
        {
            errors["severity"] = [$"required: one of {string.Join(", ", FindingSeverity.All)}"];
        }

        if (errors.Count > 0)
        {
            return Outcome<FindingView>.Invalid(errors, "The finding is invalid; nothing was raised");
        }

        var entity = await db.PlantYears.SingleOrDefaultAsync(y => y.PlantId == id && y.Year == year, ct);
        if (UnderVerification(entity) is { } refused)
        {
            return refused;
        }

        var actor = user.AsAuditActor();
        var finding = new VerificationFindingEntity
        {
            PlantYear = entity,
            Text = body.Text!.Trim(),
            Severity = body.Severity!,
            Status = FindingStatus.Open,
            RaisedById = actor.Id,
            RaisedByName = actor.Name,
            RaisedUtc = clock.GetUtcNow(),
        };
        db.VerificationFindings.Add(finding);
        await db.SaveChangesAsync(ct);
        return Outcome<FindingView>.Ok(View(finding));
    }

    public async Task<Outcome<FindingView>> AnswerAsync(int id, int year, int fid, AnswerFinding body, CancellationToken ct)
    {
        if (!PlantYearStore.ValidYear(year))
        {
            return VerificationRefusals.BadYear<FindingView>();
        }

        var errors = new Dictionary<string, string[]>();
        CheckText(errors, "answer", body.Answer);
        if (errors.Count > 0)
        {
            return Outcome<FindingView>.Invalid(errors, "The answer is invalid; nothing was saved");
        }

        return await ChangeAsync(id, year, fid, FindingStatus.CanAnswer, "answered", f =>
        {
            var actor = user.AsAuditActor();
            f.Answer = body.Answer!.Trim();
            f.Status = FindingStatus.Answered;
            f.AnsweredById = actor.Id;
            f.AnsweredByName = actor.Name;
            f.AnsweredUtc = clock.GetUtcNow();
        }, ct);
    }

    public async Task<Outcome<FindingView>> CloseAsync(int id, int year, int fid, CancellationToken ct)
    {
        if (!PlantYearStore.ValidYear(year))
        {
            return VerificationRefusals.BadYear<FindingView>();
        }

        return await ChangeAsync(id, year, fid, FindingStatus.CanClose, "closed", f =>
        {
            var actor = user.AsAuditActor();
            f.Status = FindingStatus.Closed;
            f.ClosedById = actor.Id;
            f.ClosedByName = actor.Name;
            f.ClosedUtc = clock.GetUtcNow();
        }, ct);
    }

    private async Task<Outcome<FindingView>> ChangeAsync(
        int id, int year, int fid, Func<string, bool> allowed, string verb, Action<VerificationFindingEntity> change, CancellationToken ct)
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
            return VerificationRefusals.NoSuch<FindingView>("finding");
        }

        if (!allowed(finding.Status))
        {
            return VerificationRefusals.Conflict<FindingView>(entity!.Status, $"The finding is {finding.Status}; it cannot be {verb}.", $"The finding is {finding.Status}");
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
            return VerificationRefusals.Conflict<FindingView>(entity!.Status, "The finding was changed by someone else at the same time; reload it.",
                "The finding was changed by someone else");
        }

        return Outcome<FindingView>.Ok(View(finding));
    }

    private static Outcome<FindingView>? UnderVerification(PlantYearEntity? entity)
    {
        var status = entity?.Status ?? PlantYearStatus.Draft;
        return status == PlantYearStatus.UnderVerification ? null
            : VerificationRefusals.Conflict<FindingView>(status,
                $"Findings are raised, answered and closed only while the year is {PlantYearStatus.UnderVerification}; it is {status}.");
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
