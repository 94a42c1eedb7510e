using System.Globalization;
using System.Text;
using Calcine.Application.Access;
using Calcine.Application.Activity;
using Calcine.Application.Co2.Document;
using Calcine.Domain.Results;
using Calcine.Storage;
using Calcine.Storage.Activity;
using Calcine.Web.Platform.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Calcine.Web.Platform.Data;

/// <summary>The plant-year/1 contract document of a reporting year: exported (the imported
/// document, or the months aggregated), and imported all-or-nothing.</summary>
public static class PlantYearDocumentApi
{
    public static void MapPlantYearDocumentApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/plants/{id:int}/years/{year:int}").RequireAuthorization().WithTags("Plant-year document");
        group.MapGet("/document", GetAsync).RequireAccess(ResourceKind.Plant, AccessAction.Read);
        group.MapPut("/document", PutAsync).RequireAccess(ResourceKind.Plant, AccessAction.Edit);
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetAsync(
        int id, int year, HttpResponse response, CalcineDbContext db, CancellationToken ct)
    {
        var (entity, refused) = await PlantYearTransfer.StartExportAsync(id, year, response, db, ct);
        if (refused is not null)
        {
            return refused;
        }

        response.Headers["X-Calcine-Source"] = entity?.Source ?? PlantYearSources.Months;
        var bytes = await PlantYearStore.DocumentAsync(db, id, year, entity, ct);
        return TypedResults.File(bytes, "application/json", $"plant-{id}-{year.ToString(CultureInfo.InvariantCulture)}.json");
    }

    /// <summary>Body: the plant-year/1 document itself; <c>?version=N</c> is the year's version the
    /// importer read (0 for a year never saved). The document must be valid as a whole and be about
    /// this plant's year, else nothing changes.</summary>
    public static async Task<Results<Ok<DocumentImported>, ValidationProblem, ProblemHttpResult>> PutAsync(
        int id, int year, int? version, HttpRequest request, CalcineDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var (body, refused) = await PlantYearTransfer.StartImportAsync<Ok<DocumentImported>>(
            year, version, "the year's version you read (0 for a new year)", request, PlantYearReader.MaxDocumentBytes, ct);
        if (refused is not null)
        {
            return refused;
        }

        var read = PlantYearReader.Read(body);
        if (!read.Success)
        {
            return PlantYearAnswers.Invalid(read.Errors, "The document is invalid; nothing was imported");
        }

        var profile = await PlantYearStore.ProfileAsync(db, id, ct);
        var mismatch = new List<ValidationError>();
        if (read.Value.Year != year)
        {
            mismatch.Add(new("$.year", $"is {read.Value.Year}, but this is the {year} year"));
        }

        if (read.Value.Plant.Id != profile.Code)
        {
            mismatch.Add(new("$.plant.id", $"is '{PlantIdText(read.Value.Plant.Id)}', but this plant is '{profile.Code}'"));
        }

        if (mismatch.Count > 0)
        {
            return PlantYearAnswers.Invalid(mismatch, "The document is about another plant or year; nothing was imported");
        }

        var entity = await PlantYearStore.FindOrCreateAsync(db, id, year, clock, ct);
        if (!PlantYearStatus.IsEditable(entity.Status))
        {
            return PlantYearAnswers.NotEditable(entity.Status);
        }

        var current = entity.Id == 0 ? 0 : entity.Version;
        if (current != version)
        {
            return PlantYearAnswers.Stale("reporting year", current);
        }

        PlantYearStore.Touch(db, entity, clock.GetUtcNow());
        entity.Source = PlantYearSources.Document;
        entity.DocumentJson = Encoding.UTF8.GetString(body);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateException)
        {
            // A racing edit saved first (the version in the WHERE clause, or the unique year index).
            return PlantYearAnswers.Stale("reporting year", await PlantYearStore.CurrentVersionAsync(db, id, year, ct));
        }

        return TypedResults.Ok(new DocumentImported(id, year, entity.Version, entity.Source));
    }

    private static string PlantIdText(string id) => id.Length > 100 ? id[..100] : id;
}

public sealed record DocumentImported(int PlantId, int Year, int Version, string Source);
