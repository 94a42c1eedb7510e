using Calcine.Application.Access;
using Calcine.Application.Activity;
using Calcine.Application.Co2.Document;
using Calcine.Web.Platform.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Calcine.Web.Platform.Data;

/// <summary>The plant-year/1 contract document of a reporting year: exported (the imported
/// document, or the months aggregated), and imported all-or-nothing (<see cref="PlantYearFiles"/>).</summary>
public static class PlantYearDocumentApi
{
    public static void MapPlantYearDocumentApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/plants/{id:int}/years/{year:int}").RequireAuthorization().WithTags("Plant-year document");
        group.MapGet("/document", GetAsync).RequireAccess(ResourceKind.Plant, AccessAction.Read);
        group.MapPut("/document", PutAsync).RequireAccess(ResourceKind.Plant, AccessAction.Edit);
    }

    public static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> GetAsync(
        int id, int year, HttpResponse response, PlantYearFiles files, CancellationToken ct) =>
        YearFileAnswer.Of(await files.DocumentAsync(id, year, ct), response, withSource: true);

    /// <summary>Body: the plant-year/1 document itself; <c>?version=N</c> is the year's version the
    /// importer read (0 for a year never saved). The document must be valid as a whole and be about
    /// this plant's year, else nothing changes.</summary>
    public static async Task<Results<Ok<DocumentImported>, ValidationProblem, ProblemHttpResult>> PutAsync(
        int id, int year, int? version, HttpRequest request, PlantYearFiles files, CancellationToken ct)
    {
        var (body, refused) = await PlantYearTransfer.StartImportAsync<Ok<DocumentImported>>(
            year, version, "the year's version you read (0 for a new year)", request, PlantYearReader.MaxDocumentBytes, ct);
        if (refused is not null)
        {
            return refused;
        }

        return (await files.ImportDocumentAsync(id, year, version!.Value, body, ct)).ToHttp();
    }
}
