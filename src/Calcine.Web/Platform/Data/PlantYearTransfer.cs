using System.Globalization;
using Calcine.Application.Activity;
using Calcine.Domain.Results;
using Calcine.Storage;
using Calcine.Storage.Activity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Calcine.Web.Platform.Data;

/// <summary>The year is loaded for an export (or the reason it cannot be); the body is read for an import.</summary>
public sealed record ExportStart(PlantYearEntity? Entity, ProblemHttpResult? Refusal);

public sealed record ImportStart<TOk>(byte[] Body, Results<TOk, ValidationProblem, ProblemHttpResult>? Refusal)
    where TOk : IResult;

/// <summary>What every whole-year file transfer (the plant-year document, the activity workbook)
/// starts with, written once: a valid year; on export the year loaded and its version in
/// <c>X-Calcine-Version</c>; on import the version the file was read at and a body within the limit.</summary>
public static class PlantYearTransfer
{
    public static async Task<ExportStart> StartExportAsync(int id, int year, HttpResponse response, CalcineDbContext db, CancellationToken ct)
    {
        if (!PlantYearStore.ValidYear(year))
        {
            return new(null, PlantYearAnswers.BadYear());
        }

        var entity = await PlantYearStore.FindAsync(db, id, year, ct);
        response.Headers["X-Calcine-Version"] = (entity?.Version ?? 0).ToString(CultureInfo.InvariantCulture);
        return new(entity, null);
    }

    /// <summary><paramref name="versionMeaning"/> completes "required query parameter: …".</summary>
    public static async Task<ImportStart<TOk>> StartImportAsync<TOk>(
        int year, int? version, string versionMeaning, HttpRequest request, int limit, CancellationToken ct)
        where TOk : IResult
    {
        if (!PlantYearStore.ValidYear(year))
        {
            return new([], PlantYearAnswers.BadYear());
        }

        if (version is not >= 0)
        {
            return new([], PlantYearAnswers.Invalid([new ValidationError("version", $"required query parameter: {versionMeaning}")]));
        }

        var body = await PlantYearAnswers.ReadBodyAsync(request, limit, ct);
        return body is null ? new([], PlantYearAnswers.TooLarge(limit)) : new(body, null);
    }
}
