using Calcine.Application.Access;
using Calcine.Application.Cems.Compliance;
using Calcine.Application.Cems.Stacks;
using Calcine.Domain.Results;
using Calcine.Storage;
using Calcine.Web.Platform.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

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

    public static async Task<Ok<List<StackStatus>>> ListAsync(StackService stacks, CancellationToken ct) =>
        TypedResults.Ok(await stacks.ListAsync(ct));

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

        return TypedResults.Ok(StackViews.MonthView(id, year, monthNumber, result.Value));
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
        var views = explained.Events.Select(p => StackViews.View(p.Event, p.Explanation)).ToList();
        var unmatched = explained.Unmatched.Select(StackViews.Unmatched).ToList();
        return TypedResults.Ok(new ExceedanceList(id, StackQuery.Format(first), StackQuery.Format(last), views, unmatched));
    }

    public static async Task<Results<Ok<ExplanationView>, ValidationProblem, ProblemHttpResult>> ExplainAsync(
        int id, string pollutant, string startUtc, ExplanationBody? body, StackService stacks, CancellationToken ct) =>
        (await stacks.ExplainAsync(id, pollutant, startUtc, body?.Text, ct)).ToHttp();

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

    private static DateTime Utc(DateTime t) => DateTime.SpecifyKind(t, DateTimeKind.Utc);

    private static ProblemHttpResult NoRules(IReadOnlyList<ValidationError> errors) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "The stack's compliance rules are not usable",
        detail: string.Join("; ", errors.Select(e => e.ToString())));
}
