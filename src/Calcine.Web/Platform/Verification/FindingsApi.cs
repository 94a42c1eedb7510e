using Calcine.Application.Access;
using Calcine.Application.Verification;
using Calcine.Web.Platform.Access;
using Microsoft.AspNetCore.Http.HttpResults;

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

    public static async Task<Results<Ok<List<FindingView>>, ValidationProblem, ProblemHttpResult>> ListAsync(
        int id, int year, FindingsService findings, CancellationToken ct) => (await findings.ListAsync(id, year, ct)).ToHttp();

    public static async Task<Results<Created<FindingView>, ValidationProblem, ProblemHttpResult>> RaiseAsync(
        int id, int year, RaiseFinding body, FindingsService findings, CancellationToken ct) =>
        (await findings.RaiseAsync(id, year, body, ct)).ToHttp(f => TypedResults.Created($"/api/plants/{id}/years/{year}/findings/{f.Id}", f));

    public static async Task<Results<Ok<FindingView>, ValidationProblem, ProblemHttpResult>> AnswerAsync(
        int id, int year, int fid, AnswerFinding body, FindingsService findings, CancellationToken ct) =>
        (await findings.AnswerAsync(id, year, fid, body, ct)).ToHttp();

    public static async Task<Results<Ok<FindingView>, ValidationProblem, ProblemHttpResult>> CloseAsync(
        int id, int year, int fid, FindingsService findings, CancellationToken ct) => (await findings.CloseAsync(id, year, fid, ct)).ToHttp();
}
