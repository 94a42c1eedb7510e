using System.Globalization;
using Calcine.Application.Co2.Factors;
using Calcine.Storage;
using Calcine.Storage.Activity;
using Calcine.Web.Platform.Access;
using Calcine.Web.Platform.Data.Workbook;
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
        if (!PlantYearStore.ValidYear(year))
        {
            return PlantYearStore.BadYear();
        }

        var entity = await PlantYearStore.FindAsync(db, id, year, ct);
        response.Headers["X-Calcine-Version"] = (entity?.Version ?? 0).ToString(CultureInfo.InvariantCulture);
        var months = (entity?.Months ?? []).OrderBy(m => m.Month).Select(m => (m.Month, MonthlyActivityJson.Parse(m.Json))).ToList();
        return TypedResults.File(WorkbookWriter.Write(months), ContentType, $"plant-{id}-{year.ToString(CultureInfo.InvariantCulture)}-activity.xlsx");
    }

    /// <summary>Body: the .xlsx file; <c>?version=N</c> is the year's version the workbook was
    /// downloaded at (0 for a new year). The months in the Production sheet replace those saved.</summary>
    public static async Task<Results<Ok<WorkbookImported>, ValidationProblem, ProblemHttpResult>> PutAsync(
        int id, int year, int? version, HttpRequest request, CalcineDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (!PlantYearStore.ValidYear(year))
        {
            return PlantYearStore.BadYear();
        }

        if (version is not >= 0)
        {
            return PlantYearStore.Invalid([new("version", "required query parameter: the year's version the workbook was downloaded at (0 for a new year)")]);
        }

        var body = await PlantYearStore.ReadBodyAsync(request, WorkbookLayout.MaxUploadBytes, ct);
        if (body is null)
        {
            return PlantYearStore.TooLarge(WorkbookLayout.MaxUploadBytes);
        }

        var read = WorkbookReader.Read(body, FactorLibraryLoader.Default);
        if (!read.Success)
        {
            return PlantYearStore.Invalid(read.Errors, "The workbook has errors; nothing was imported");
        }

        var entity = await PlantYearStore.FindOrCreateAsync(db, id, year, clock, ct);
        if (!PlantYearStatus.IsEditable(entity.Status))
        {
            return PlantYearStore.NotEditable(entity.Status);
        }

        var current = entity.Id == 0 ? 0 : entity.Version;
        if (current != version)
        {
            return PlantYearStore.Stale("reporting year", current);
        }

        var now = clock.GetUtcNow();
        foreach (var (month, data) in read.Value)
        {
            var stored = entity.Months.SingleOrDefault(m => m.Month == month);
            if (stored is null)
            {
                entity.Months.Add(new MonthlyActivityEntity { Month = month, Json = MonthlyActivityJson.Write(data), UpdatedUtc = now, UpdatedBy = request.HttpContext.User.Identity?.Name });
            }
            else
            {
                stored.Version++;
                stored.Json = MonthlyActivityJson.Write(data);
                stored.UpdatedUtc = now;
                stored.UpdatedBy = request.HttpContext.User.Identity?.Name;
            }
        }

        PlantYearStore.Touch(db, entity, now);
        entity.Source = PlantYearSources.Months;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateException)
        {
            // A racing edit saved first (the version in the WHERE clause, or the unique year index).
            return PlantYearStore.Stale("reporting year", await PlantYearStore.CurrentVersionAsync(db, id, year, ct));
        }

        return TypedResults.Ok(new WorkbookImported(id, year, entity.Version, [.. read.Value.Select(m => m.Month)]));
    }
}
