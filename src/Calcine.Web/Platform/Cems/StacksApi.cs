using Calcine.Application.Access;
using Calcine.Application.Cems.Stacks;
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
        int id, string? month, StackQueries stacks, CancellationToken ct) =>
        (await stacks.MonthAsync(id, month, ct)).ToHttp();

    public static async Task<Results<Ok<ExceedanceList>, ValidationProblem, ProblemHttpResult>> ExceedancesAsync(
        int id, string? from, string? to, StackQueries stacks, CancellationToken ct) =>
        (await stacks.ExceedancesAsync(id, from, to, ct)).ToHttp();

    public static async Task<Results<Ok<ExplanationView>, ValidationProblem, ProblemHttpResult>> ExplainAsync(
        int id, string pollutant, string startUtc, ExplanationBody? body, StackService stacks, CancellationToken ct) =>
        (await stacks.ExplainAsync(id, pollutant, startUtc, body?.Text, ct)).ToHttp();

    public static async Task<Results<Ok<StackQuality>, ValidationProblem, ProblemHttpResult>> QualityAsync(
        int id, string? from, string? to, StackQueries stacks, CancellationToken ct) =>
        (await stacks.QualityAsync(id, from, to, ct)).ToHttp();
}
