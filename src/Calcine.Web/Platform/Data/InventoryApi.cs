using System.Text.Json;
using Calcine.Application.Access;
using Calcine.Application.Activity;
using Calcine.Application.Co2;
using Calcine.Application.Co2.Document;
using Calcine.Application.Co2.Factors;
using Calcine.Storage;
using Calcine.Storage.Activity;
using Calcine.Web.Platform.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Calcine.Web.Platform.Data;

/// <summary>A reporting year's inventory: the Domain engine run on the year's plant-year document
/// (exactly what <c>calcine co2 calc</c> writes for the exported document), and month by month
/// for the methods whose results add up over months.</summary>
public static class InventoryApi
{
    /// <summary>Mass-balance methods whose monthly results are meaningful on their own; CBAM, the
    /// IPCC tiers and the Chinese methods are annual (their inputs or benchmarks are per year).</summary>
    public static readonly IReadOnlySet<string> MonthlyMethods = new HashSet<string>(StringComparer.Ordinal) { "gcca", "eu-mrr" };

    public static void MapInventoryApi(this IEndpointRouteBuilder app) =>
        app.MapGroup("/api/plants/{id:int}/years/{year:int}").RequireAuthorization().WithTags("Inventory")
            .MapGet("/inventory", GetAsync).RequireAccess(ResourceKind.Plant, AccessAction.Read);

    public static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> GetAsync(
        int id, int year, string? method, bool? trace, CalcineDbContext db, PlantYearCache cache, CancellationToken ct)
    {
        if (!PlantYearStore.ValidYear(year))
        {
            return PlantYearAnswers.BadYear();
        }

        var methodId = string.IsNullOrEmpty(method) ? "gcca" : method;
        if (methodId != Co2Report.AllMethods && Co2MethodCatalog.Find(methodId) is null)
        {
            return PlantYearAnswers.Invalid([new("method", $"unknown method; one of {string.Join(", ", Co2MethodCatalog.Ids)}, all")]);
        }

        // The answer is computed once per data version of the year and kept (see PlantYearCache).
        var withTrace = trace ?? false;
        var stamp = await PlantYearCache.StampAsync(db, id, year, ct);
        var answer = await cache.GetOrComputeAsync(id, year, stamp, $"inventory-json:{methodId}:{withTrace}",
            () => ComputeAsync(db, id, year, methodId, withTrace, ct), a => a.Json?.Length ?? 1024);
        return answer.Json is { } json ? TypedResults.File(json, "application/json") : PlantYearAnswers.Invalid(answer.Errors, answer.Title);
    }

    /// <summary>The inventory's JSON, or the errors (and their title) that stand in its way.</summary>
    private sealed record InventoryJson(byte[]? Json, IReadOnlyList<Calcine.Domain.Results.ValidationError> Errors, string Title);

    private static async Task<InventoryJson> ComputeAsync(CalcineDbContext db, int id, int year, string methodId, bool trace, CancellationToken ct)
    {
        var entity = await PlantYearStore.FindAsync(db, id, year, ct);
        var document = PlantYearReader.Read(await PlantYearStore.DocumentAsync(db, id, year, entity, ct));
        if (!document.Success)
        {
            return new(null, document.Errors, "The year's data does not yet make a valid plant-year document");
        }

        var missing = Co2Report.CheckInputs(document.Value, methodId);
        if (missing.Count > 0)
        {
            return new(null, missing, $"The year's data lacks what {methodId} needs");
        }

        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false }))
        {
            w.WriteStartObject();
            w.WriteNumber("plantId", id);
            w.WriteNumber("year", year);
            w.WriteString("yearStatus", entity?.Status ?? PlantYearStatus.Draft);
            w.WriteString("source", entity?.Source ?? PlantYearSources.Months);
            w.WriteString("method", methodId);
            w.WritePropertyName("annual");
            w.WriteRawValue(Report(document.Value, methodId, trace));
            w.WriteStartArray("monthly");
            if (entity is { Source: PlantYearSources.Months } && MonthlyMethods.Contains(methodId))
            {
                await WriteMonthsAsync(w, db, id, year, entity, methodId, trace, ct);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return new(buffer.ToArray(), [], "");
    }

    private static async Task WriteMonthsAsync(Utf8JsonWriter w, CalcineDbContext db, int id, int year, PlantYearEntity entity, string methodId, bool trace, CancellationToken ct)
    {
        var profile = await PlantYearStore.ProfileAsync(db, id, ct);
        foreach (var stored in entity.Months.OrderBy(m => m.Month))
        {
            var month = PlantYearReader.Read(PlantYearAssembler.Assemble(profile, year, [MonthlyActivityJson.Parse(stored.Json)], FactorLibraryLoader.Default));
            w.WriteStartObject();
            w.WriteNumber("month", stored.Month);
            var problems = month.Success ? Co2Report.CheckInputs(month.Value, methodId) : month.Errors;
            if (problems.Count == 0)
            {
                w.WritePropertyName("result");
                w.WriteRawValue(Report(month.Value, methodId, trace));
            }
            else
            {
                // A month can be invalid alone (clinker drawn from stock) while the year is fine.
                w.WriteString("notComputed", string.Join("; ", problems.Select(e => e.ToString())));
            }

            w.WriteEndObject();
        }
    }

    private static byte[] Report(Calcine.Domain.Accounting.PlantYear py, string methodId, bool trace)
    {
        using var report = new MemoryStream();
        Co2Report.Write(report, py, methodId, trace);
        return report.ToArray();
    }
}
