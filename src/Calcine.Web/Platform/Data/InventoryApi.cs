using Calcine.Application.Access;
using Calcine.Application.Activity;
using Calcine.Web.Platform.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Calcine.Web.Platform.Data;

/// <summary>A reporting year's inventory as JSON (<see cref="InventoryService"/>).</summary>
public static class InventoryApi
{
    public static void MapInventoryApi(this IEndpointRouteBuilder app) =>
        app.MapGroup("/api/plants/{id:int}/years/{year:int}").RequireAuthorization().WithTags("Inventory")
            .MapGet("/inventory", GetAsync).RequireAccess(ResourceKind.Plant, AccessAction.Read);

    public static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> GetAsync(
        int id, int year, string? method, bool? trace, InventoryService inventory, CancellationToken ct) =>
        (await inventory.JsonAsync(id, year, method, trace ?? false, ct)).ToHttp(json => TypedResults.File(json, "application/json"));
}
