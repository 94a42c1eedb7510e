using Calcine.Application.Access;
using Calcine.Application.Verification;
using Calcine.Web.Platform.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Calcine.Web.Platform.Verification;

/// <summary>The signed versions of a reporting year, read-only: reopening never removes one.</summary>
public static class VersionsApi
{
    public static void MapVersionsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/plants/{id:int}/years/{year:int}/versions").RequireAuthorization().WithTags("Signed versions");
        group.MapGet("/", ListAsync).RequireAccess(ResourceKind.Plant, AccessAction.Read);
        group.MapGet("/{n:int}", GetAsync).RequireAccess(ResourceKind.Plant, AccessAction.Read);
    }

    public static async Task<Results<Ok<List<VersionSummary>>, ValidationProblem, ProblemHttpResult>> ListAsync(
        int id, int year, VersionsService versions, CancellationToken ct) => (await versions.ListAsync(id, year, ct)).ToHttp();

    public static async Task<Results<Ok<VersionDetail>, ValidationProblem, ProblemHttpResult>> GetAsync(
        int id, int year, int n, VersionsService versions, CancellationToken ct) => (await versions.GetAsync(id, year, n, ct)).ToHttp();
}
