using Calcine.Application.Access;
using Calcine.Application.Activity;
using Calcine.Application.Activity.Workbook;
using Calcine.Web.Platform.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Calcine.Web.Platform.Data;

/// <summary>The activity workbook (.xlsx): the template filled with the year's months, and its
/// upload, imported all-or-nothing with every problem named as Sheet!Cell (<see cref="PlantYearFiles"/>).</summary>
public static class WorkbookApi
{
    public static void MapWorkbookApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/plants/{id:int}/years/{year:int}").RequireAuthorization().WithTags("Activity workbook");
        group.MapGet("/workbook", GetAsync).RequireAccess(ResourceKind.Plant, AccessAction.Read);
        group.MapPut("/workbook", PutAsync).RequireAccess(ResourceKind.Plant, AccessAction.Edit);
    }

    public static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> GetAsync(
        int id, int year, HttpResponse response, PlantYearFiles files, CancellationToken ct) =>
        YearFileAnswer.Of(await files.WorkbookAsync(id, year, ct), response);

    /// <summary>Body: the .xlsx file; <c>?version=N</c> is the year's version the workbook was
    /// downloaded at (0 for a new year). The months in the Production sheet replace those saved.</summary>
    public static async Task<Results<Ok<WorkbookImported>, ValidationProblem, ProblemHttpResult>> PutAsync(
        int id, int year, int? version, HttpRequest request, PlantYearFiles files, CancellationToken ct)
    {
        var (body, refused) = await PlantYearTransfer.StartImportAsync<Ok<WorkbookImported>>(
            year, version, "the year's version the workbook was downloaded at (0 for a new year)", request, WorkbookLayout.MaxUploadBytes, ct);
        if (refused is not null)
        {
            return refused;
        }

        return (await files.ImportWorkbookAsync(id, year, version!.Value, body, request.HttpContext.User.Identity?.Name, ct)).ToHttp();
    }
}
