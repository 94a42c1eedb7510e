using Calcine.Application.Cems.Compliance;
using Calcine.Domain.Cems;
using Calcine.Domain.Cems.China;
using Calcine.Domain.Cems.Quality;
using Calcine.Domain.Results;
using Calcine.Storage;
using Calcine.Storage.Audit;
using Calcine.Storage.Cems;
using Calcine.Web.Platform.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Web.Platform.Cems;

/// <summary>Stacks and their compliance on stored data: status, monthly ULE test, exceedance events
/// with the plant's explanations, data quality. Access is the stack's plant's (AccessGuard).</summary>
public static class StacksApi
{
    /// <summary>An explanation body is 4,000 characters of JSON-escaped text at most; anything
    /// much larger is refused by the server before it is read.</summary>
    private const long MaxBodyBytes = 64 * 1024;

    public static void MapStacksApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/stacks").RequireAuthorization().WithTags("Stacks");
        group.MapGet("/", ListAsync);
        group.MapGet("/{id:int}/compliance", ComplianceAsync).RequireAccess(ResourceKind.Stack, AccessAction.Read);
        group.MapGet("/{id:int}/exceedances", ExceedancesAsync).RequireAccess(ResourceKind.Stack, AccessAction.Read);
        group.MapPut("/{id:int}/exceedances/{pollutant}/{startUtc}/explanation", ExplainAsync)
            .RequireAccess(ResourceKind.Stack, AccessAction.Edit)
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes));
        group.MapGet("/{id:int}/quality", QualityAsync).RequireAccess(ResourceKind.Stack, AccessAction.Read);
    }

    public static async Task<Ok<List<StackStatus>>> ListAsync(AccessGuard guard, CalcineDbContext db, TimeProvider clock, CancellationToken ct)
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

        return TypedResults.Ok(status);
    }

    public static async Task<Results<Ok<MonthCompliance>, ValidationProblem, ProblemHttpResult>> ComplianceAsync(
        int id, string? month, CalcineDbContext db, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (!StackQuery.TryMonth(month, errors, out var year, out var monthNumber))
        {
            return TypedResults.ValidationProblem(errors, title: "The query is invalid");
        }

        var service = new StackComplianceService(db);
        var stack = (await service.FindAsync(id, ct))!;
        var rules = stack.Settings.Resolve();
        if (!rules.Success)
        {
            return NoRules(rules.Errors);
        }

        var result = await service.MonthAsync(stack, year, monthNumber, ct);
        if (!result.Success)
        {
            return NoRules(result.Errors);
        }

        return TypedResults.Ok(MonthView(id, year, monthNumber, result.Value));
    }

    /// <summary>One month of an evaluation as the API answers it (the stack page shows the same).</summary>
    internal static MonthCompliance MonthView(int id, int year, int month, StoredUleEvaluation evaluation)
    {
        var (ule, standard) = (evaluation.Ule, evaluation.Standard);
        var requiredRatio = UleRules.For(ule).RequiredRatio;
        var pollutants = evaluation.Months.Where(m => m.Year == year && m.Month == month).SelectMany(m => m.Pollutants)
            .Select(p => new PollutantCompliance(p.Pollutant.Key(), p.ValidHours, p.InvalidHours, p.ShutdownHours, p.HoursWithinUle, p.HoursAboveUle,
                p.UleRatio, p.UlePass, p.MaxHourly, p.CaptureRate, p.StandardExceedances.Count)).ToList();
        bool? pass = pollutants.Count == 0 || pollutants.Any(p => p.UlePass is null) ? null : pollutants.All(p => p.UlePass == true);
        return new MonthCompliance(id, CemsTime.FormatMonth(year, month),
            new ComplianceRulesView(ule.Id, ule.Title, standard.Id, standard.Title, ule.ReferenceO2Percent, requiredRatio), pass, pollutants);
    }

    public static async Task<Results<Ok<ExceedanceList>, ValidationProblem, ProblemHttpResult>> ExceedancesAsync(
        int id, string? from, string? to, CalcineDbContext db, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (!StackQuery.TryDays(from, to, errors, out var first, out var last))
        {
            return TypedResults.ValidationProblem(errors, title: "The query is invalid");
        }

        var service = new StackComplianceService(db);
        var stack = (await service.FindAsync(id, ct))!;
        var (fromUtc, toUtc) = (stack.UtcOf(first), stack.UtcOf(last.AddDays(1)));
        var events = await service.EventsAsync(stack, fromUtc, toUtc, ct);
        if (!events.Success)
        {
            return NoRules(events.Errors);
        }

        var explained = await new ExceedanceExplanations(db).PairAsync(id, events.Value, fromUtc, toUtc, ct);
        var views = explained.Events.Select(p => View(p.Event, p.Explanation)).ToList();
        var unmatched = explained.Unmatched.Select(Unmatched).ToList();
        return TypedResults.Ok(new ExceedanceList(id, StackQuery.Format(first), StackQuery.Format(last), views, unmatched));
    }

    public static async Task<Results<Ok<ExplanationView>, ValidationProblem, ProblemHttpResult>> ExplainAsync(
        int id, string pollutant, string startUtc, ExplanationBody? body, CalcineDbContext db, AuditContext audit, TimeProvider clock, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        StackQuery.TryPollutant(pollutant, errors, out var p);
        StackQuery.TryInstant("startUtc", startUtc, errors, out var start);
        var text = CheckText(body?.Text, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The explanation is invalid; nothing was saved");
        }

        var stack = (await new StackComplianceService(db).FindAsync(id, ct))!;
        var (outcome, saved) = await new ExceedanceExplanations(db).SaveAsync(stack, p, start, text!, audit.Actor.Id, audit.Actor.Name, clock.GetUtcNow(), ct);
        return outcome switch
        {
            ExplanationOutcome.Saved => TypedResults.Ok(Explanation(saved!)),
            ExplanationOutcome.NoSuchEvent => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such exceedance event",
                detail: $"No {p.Key()} exceedance event of this stack starts at {Utc(start):yyyy-MM-dd'T'HH:mm:ss'Z'}; list them with GET /api/stacks/{id}/exceedances."),
            ExplanationOutcome.NoPlant => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The stack belongs to no plant",
                detail: "Explanations are the plant's; attach the stack to a plant first."),
            _ => NoRules([new ValidationError("rules", "the stack has no usable compliance rules, so it has no exceedance events")]),
        };
    }

    public static async Task<Results<Ok<StackQuality>, ValidationProblem>> QualityAsync(int id, string? from, string? to, CalcineDbContext db, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (!StackQuery.TryDays(from, to, errors, out var first, out var last))
        {
            return TypedResults.ValidationProblem(errors, title: "The query is invalid");
        }

        var service = new StackComplianceService(db);
        var stack = (await service.FindAsync(id, ct))!;
        var report = await service.QualityAsync(stack, stack.UtcOf(first), stack.UtcOf(last.AddDays(1)), ct);
        var reference = stack.Settings.Resolve() is { Success: true } r ? r.Value.Ule.ReferenceO2Percent : stack.ChannelReferenceO2Percent;
        return TypedResults.Ok(StackQualityView.Build(id, StackQuery.Format(first), StackQuery.Format(last), reference, report));
    }

    internal static ExceedanceView View(ExceedanceEvent e, ExceedanceExplanationEntity? explanation) => new(
        e.Pollutant.Key(), e.Against == LimitKind.Target ? "target" : "standard", e.Start.UtcDateTime, e.End.UtcDateTime, (int)e.Duration.TotalMinutes, e.Periods,
        e.PeakPeriod.UtcDateTime, e.Peak, e.Limit, e.Peak / e.Limit, e.PeakExceedanceMultiple,
        explanation is null ? null : Explanation(explanation));

    internal static UnmatchedExplanation Unmatched(ExceedanceExplanationEntity e) => new(e.Pollutant, Utc(e.EventStartUtc), Explanation(e));

    internal static ExplanationView Explanation(ExceedanceExplanationEntity e) => new(e.Text, e.UpdatedByName ?? e.UpdatedById, e.UpdatedUtc);

    private static DateTime Utc(DateTime t) => DateTime.SpecifyKind(t, DateTimeKind.Utc);

    private static ProblemHttpResult NoRules(IReadOnlyList<ValidationError> errors) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "The stack's compliance rules are not usable",
        detail: string.Join("; ", errors.Select(e => e.ToString())));

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
