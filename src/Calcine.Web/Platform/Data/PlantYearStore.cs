using System.Text;
using Calcine.Application.Activity;
using Calcine.Application.Co2.Factors;
using Calcine.Storage;
using Calcine.Storage.Activity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Web.Platform.Data;

/// <summary>Loads a plant's reporting year and turns it into a plant-year document; the answers
/// shared by the data endpoints (year closed, stale version, invalid input).</summary>
public static class PlantYearStore
{
    public const int MinYear = 1990;
    public const int MaxYear = 2100;

    public static bool ValidYear(int year) => year is >= MinYear and <= MaxYear;

    public static Task<PlantYearEntity?> FindAsync(CalcineDbContext db, int plantId, int year, CancellationToken ct, bool tracked = false) =>
        (tracked ? db.PlantYears : db.PlantYears.AsNoTracking()).Include(y => y.Months)
            .SingleOrDefaultAsync(y => y.PlantId == plantId && y.Year == year, ct);

    /// <summary>The year, created as a draft on its first edit.</summary>
    public static async Task<PlantYearEntity> FindOrCreateAsync(CalcineDbContext db, int plantId, int year, TimeProvider clock, CancellationToken ct)
    {
        var entity = await FindAsync(db, plantId, year, ct, tracked: true);
        if (entity is null)
        {
            entity = new PlantYearEntity { PlantId = plantId, Year = year, UpdatedUtc = clock.GetUtcNow() };
            db.PlantYears.Add(entity);
        }

        return entity;
    }

    public static async Task<int> CurrentVersionAsync(CalcineDbContext db, int plantId, int year, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        return await db.PlantYears.AsNoTracking().Where(y => y.PlantId == plantId && y.Year == year).Select(y => y.Version).SingleOrDefaultAsync(ct);
    }

    /// <summary>Any change to a year's data moves the year's version on, so an import prepared
    /// from an older export (document or workbook) cannot overwrite a month edited since.</summary>
    public static void Touch(CalcineDbContext db, PlantYearEntity entity, DateTimeOffset now)
    {
        if (entity.Id != 0)
        {
            db.Entry(entity).Property(e => e.Version).OriginalValue = entity.Version;
            entity.Version++;
        }

        entity.UpdatedUtc = now;
    }

    public static async Task<PlantProfile> ProfileAsync(CalcineDbContext db, int plantId, CancellationToken ct)
    {
        var plant = await db.Plants.AsNoTracking().Include(p => p.Kilns).SingleAsync(p => p.Id == plantId, ct);
        var kiln = plant.Kilns.OrderBy(k => k.Name, StringComparer.Ordinal).FirstOrDefault();
        return new PlantProfile(plant.Code, plant.Name, plant.Jurisdiction[..2], PlantProfile.ContractKilnProcess(kiln?.ProcessType));
    }

    /// <summary>The year's plant-year document: the imported one, or the months aggregated.</summary>
    public static async Task<byte[]> DocumentAsync(CalcineDbContext db, int plantId, int year, PlantYearEntity? entity, CancellationToken ct)
    {
        if (entity is { Source: PlantYearSources.Document, DocumentJson: { } json })
        {
            return Encoding.UTF8.GetBytes(json);
        }

        var months = (entity?.Months ?? []).OrderBy(m => m.Month).Select(m => MonthlyActivityJson.Parse(m.Json)).ToList();
        return PlantYearAssembler.Assemble(await ProfileAsync(db, plantId, ct), year, months, FactorLibraryLoader.Default);
    }

    public static ProblemHttpResult NotEditable(string status) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "The reporting year is not open for editing",
        detail: $"The year is {status}; data can be changed only while it is {PlantYearStatus.Draft} or {PlantYearStatus.Reopened}.",
        extensions: new Dictionary<string, object?> { ["yearStatus"] = status });

    public static ProblemHttpResult Stale(string what, int current) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: $"The {what} was changed by someone else",
        detail: $"Reload the {what} and apply your change again.",
        extensions: new Dictionary<string, object?> { ["currentVersion"] = current });

    public static ProblemHttpResult BadYear() => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found",
        detail: $"A reporting year is between {MinYear} and {MaxYear}.");

    /// <summary>Invalid input: every error with the path (JSON path or sheet!cell) it is about.</summary>
    public static ValidationProblem Invalid(IEnumerable<Calcine.Domain.Results.ValidationError> errors, string title = "The data is invalid; nothing was saved") =>
        TypedResults.ValidationProblem(
            errors.GroupBy(e => e.Path).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
            title: title);

    /// <summary>Reads a request body up to a limit; null when it is larger.</summary>
    public static async Task<byte[]?> ReadBodyAsync(HttpRequest request, int limit, CancellationToken ct)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    public static ProblemHttpResult TooLarge(int limit) => TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "The upload is too large", detail: $"At most {limit} bytes; nothing was imported.");
}
