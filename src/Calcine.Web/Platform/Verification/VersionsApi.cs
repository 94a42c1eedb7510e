using System.Text.Json;
using Calcine.Application.Access;
using Calcine.Application.Activity;
using Calcine.Application.Verification;
using Calcine.Storage;
using Calcine.Web.Platform.Access;
using Calcine.Web.Platform.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

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

    public static async Task<Results<Ok<List<VersionSummary>>, ProblemHttpResult>> ListAsync(int id, int year, CalcineDbContext db, CancellationToken ct)
    {
        if (!PlantYearStore.ValidYear(year))
        {
            return PlantYearAnswers.BadYear();
        }

        var versions = await db.PlantYearVersions.AsNoTracking()
            .Where(v => v.PlantYear!.PlantId == id && v.PlantYear.Year == year).OrderBy(v => v.Number)
            .Select(v => new VersionSummary(v.Number, v.SignedByName ?? v.SignedById, v.SignedUtc, v.DocumentSha256, v.InventorySha256))
            .ToListAsync(ct);
        return TypedResults.Ok(versions);
    }

    public static async Task<Results<Ok<VersionDetail>, ProblemHttpResult>> GetAsync(int id, int year, int n, CalcineDbContext db, CancellationToken ct)
    {
        if (!PlantYearStore.ValidYear(year))
        {
            return PlantYearAnswers.BadYear();
        }

        var v = await db.PlantYearVersions.AsNoTracking()
            .SingleOrDefaultAsync(v => v.PlantYear!.PlantId == id && v.PlantYear.Year == year && v.Number == n, ct);
        if (v is null)
        {
            return WorkflowAnswers.NoSuch("signed version");
        }

        using var document = JsonDocument.Parse(v.DocumentJson);
        using var inventory = JsonDocument.Parse(v.InventoryJson);
        return TypedResults.Ok(new VersionDetail(id, year, v.Number, v.SignedByName ?? v.SignedById, v.SignedUtc,
            v.DocumentSha256, v.InventorySha256, document.RootElement.Clone(), inventory.RootElement.Clone()));
    }
}
