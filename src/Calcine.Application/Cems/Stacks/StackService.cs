using Calcine.Application.Access;
using Calcine.Application.Cems.Compliance;
using Calcine.Domain.Cems;
using Calcine.Storage;
using Calcine.Storage.Cems;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Application.Cems.Stacks;

/// <summary>The stacks the acting user may read with their status, and a plant's explanation of an
/// exceedance event. Access to one stack is checked by the caller (the stack's plant's).</summary>
public sealed class StackService(AccessGuard guard, CalcineDbContext db, ICurrentUser user, TimeProvider clock)
{
    public async Task<List<StackStatus>> ListAsync(CancellationToken ct)
    {
        var visible = await guard.VisibleAsync(ResourceKind.Stack, ct);
        var rows = await (from s in db.Stacks.AsNoTracking()
                          join p in db.Plants.AsNoTracking() on s.PlantId equals p.Id
                          where visible.Contains(s.Id)
                          orderby s.Code
                          select new { s.Id, s.Code, s.Name, PlantId = p.Id, PlantCode = p.Code, s.ComplianceRules }).ToListAsync(ct);
        var service = new StackComplianceService(db);
        var status = new List<StackStatus>(rows.Count);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var r in rows)
        {
            var stack = (await service.FindAsync(r.Id, ct))!;
            status.Add(new StackStatus(r.Id, r.Code, r.Name, r.PlantId, r.PlantCode, r.ComplianceRules,
                await StackStatusReader.LastPacketAsync(db, r.Id, ct),
                await StackStatusReader.TodayAsync(service, stack, now, ct),
                await StackStatusReader.OpenExceedancesAsync(db, service, stack, ct)));
        }

        return status;
    }

    /// <summary>The readable stacks with this month's events, worst first (the regulator's page).</summary>
    public async Task<IReadOnlyList<RankedStack>> RankedAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await StackRanking.RankAsync(db, await ListAsync(ct), now, ct);
    }

    /// <summary>Saves the plant's explanation of the <paramref name="pollutant"/> event starting at
    /// <paramref name="startUtc"/> (both as the route gives them).</summary>
    public async Task<Outcome<ExplanationView>> ExplainAsync(int id, string pollutant, string startUtc, string? text, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        StackQuery.TryPollutant(pollutant, errors, out var p);
        StackQuery.TryInstant("startUtc", startUtc, errors, out var start);
        var checkedText = CheckText(text, errors);
        if (errors.Count > 0)
        {
            return Outcome<ExplanationView>.Invalid(errors, "The explanation is invalid; nothing was saved");
        }

        var stack = (await new StackComplianceService(db).FindAsync(id, ct))!;
        var actor = user.AsAuditActor();
        var (outcome, saved) = await new ExceedanceExplanations(db).SaveAsync(stack, p, start, checkedText!, actor.Id, actor.Name, clock.GetUtcNow(), ct);
        return outcome switch
        {
            ExplanationOutcome.Saved => Outcome<ExplanationView>.Ok(StackViews.Explanation(saved!)),
            ExplanationOutcome.NoSuchEvent => Outcome<ExplanationView>.NotFound(
                $"No {p.Key()} exceedance event of this stack starts at {DateTime.SpecifyKind(start, DateTimeKind.Utc):yyyy-MM-dd'T'HH:mm:ss'Z'}; list them with GET /api/stacks/{id}/exceedances.",
                "No such exceedance event"),
            ExplanationOutcome.NoPlant => Outcome<ExplanationView>.Conflict("The stack belongs to no plant",
                "Explanations are the plant's; attach the stack to a plant first."),
            _ => Outcome<ExplanationView>.Conflict("The stack's compliance rules are not usable",
                "rules: the stack has no usable compliance rules, so it has no exceedance events"),
        };
    }

    /// <summary>Trimmed text of 1 to 4,000 characters; line breaks and tabs are the only control characters kept.</summary>
    private static string? CheckText(string? text, Dictionary<string, string[]> errors)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            errors["text"] = ["required: 1 to 4000 characters"];
            return null;
        }

        if (trimmed.Length > ExceedanceExplanationEntity.MaxText)
        {
            errors["text"] = [$"{trimmed.Length} characters; at most {ExceedanceExplanationEntity.MaxText}"];
            return null;
        }

        if (trimmed.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            errors["text"] = ["contains control characters (only line breaks and tabs are allowed)"];
            return null;
        }

        return trimmed;
    }
}
