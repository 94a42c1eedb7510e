using System.Globalization;
using Calcine.Application.Access;
using Calcine.Application.Activity;
using Calcine.Application.Activity.Workbook;
using Calcine.Storage;
using Calcine.Web.Platform.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Calcine.Web.Platform.Data;

public sealed record WorkbookImported(int PlantId, int Year, int Version, IReadOnlyList<int> Months);

/// <summary>The activity workbook (.xlsx): the template filled with the year's months, and its
/// upload, imported all-or-nothing with every problem named as Sheet!Cell.</summary>
public static class WorkbookApi
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void MapWorkbookApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/plants/{id:int}/years/{year:int}").RequireAuthorization().WithTags("Activity workbook");
        group.MapGet("/workbook", GetAsync).RequireAccess(ResourceKind.Plant, AccessAction.Read);
        group.MapPut("/workbook", PutAsync).RequireAccess(ResourceKind.Plant, AccessAction.Edit);
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetAsync(
        int id, int year, HttpResponse response, CalcineDbContext db, CancellationToken ct)
    {
        var (entity, refused) = await PlantYearTransfer.StartExportAsync(id, year, response, db, ct);
        if (refused is not null)
        {
            return refused;
        }

        var months = (entity?.Months ?? []).OrderBy(m => m.Month).Select(m => (m.Month, MonthlyActivityJson.Parse(m.Json))).ToList();
        return TypedResults.File(WorkbookWriter.Write(months), ContentType, $"plant-{id}-{year.ToString(CultureInfo.InvariantCulture)}-activity.xlsx");
    }

    /// <summary>Body: the .xlsx file; <c>?version=N</c> is the year's version the workbook was
    /// downloaded at (0 for a new year). The months in the Production sheet replace those saved.</summary>
    public static async Task<Results<Ok<WorkbookImported>, ValidationProblem, ProblemHttpResult>> PutAsync(
        int id, int year, int? version, HttpRequest request, CalcineDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var (body, refused) = await PlantYearTransfer.StartImportAsync<Ok<WorkbookImported>>(
            year, version, "the year's version the workbook was downloaded at (0 for a new year)", request, WorkbookLayout.MaxUploadBytes, ct);
        if (refused is not null)
        {
            return refused;
        }

        var (outcome, months) = await ActivityWrites.ImportWorkbookAsync(db, id, year, version!.Value, body, request.HttpContext.User.Identity?.Name, clock, ct);
        return outcome.Status switch
        {
            WriteStatus.Invalid => PlantYearAnswers.Invalid(outcome.Errors, "The workbook has errors; nothing was imported"),
            WriteStatus.NotEditable => PlantYearAnswers.NotEditable(outcome.YearStatus),
            WriteStatus.Stale => PlantYearAnswers.Stale("reporting year", outcome.Version),
            _ => TypedResults.Ok(new WorkbookImported(id, year, outcome.Version, months)),
        };
    }
}
