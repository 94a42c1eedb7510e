using System.Text.Json;
using Calcine.Application.Co2;
using Calcine.Application.Co2.Document;
using Calcine.Application.Co2.Factors;
using Calcine.Domain.Results;
using Calcine.Storage;
using Calcine.Storage.Activity;

namespace Calcine.Application.Activity;

/// <summary>A reporting year's inventory: the Domain engine run on the year's plant-year document
/// (exactly what <c>calcine co2 calc</c> writes for the exported document), and month by month
/// for the methods whose results add up over months. Access is checked at the edge.</summary>
public sealed class InventoryService(CalcineDbContext db, PlantYearCache cache)
{
    /// <summary>Mass-balance methods whose monthly results are meaningful on their own; CBAM, the
    /// IPCC tiers and the Chinese methods are annual (their inputs or benchmarks are per year).</summary>
    public static readonly IReadOnlySet<string> MonthlyMethods = new HashSet<string>(StringComparer.Ordinal) { "gcca", "eu-mrr" };

    /// <summary>The inventory as JSON; <paramref name="method"/> defaults to gcca ("all" for every method).</summary>
    public async Task<Outcome<byte[]>> JsonAsync(int id, int year, string? method, bool trace, CancellationToken ct)
    {
        if (!PlantYearStore.ValidYear(year))
        {
            return ActivityRefusals.BadYear<byte[]>();
        }

        var methodId = string.IsNullOrEmpty(method) ? "gcca" : method;
        if (methodId != Co2Report.AllMethods && Co2MethodCatalog.Find(methodId) is null)
        {
            return Outcome<byte[]>.Invalid([new ValidationError("method", $"unknown method; one of {string.Join(", ", Co2MethodCatalog.Ids)}, all")],
                ActivityRefusals.InvalidTitle);
        }

        // The answer is computed once per data version of the year and kept (see PlantYearCache).
        var stamp = await PlantYearCache.StampAsync(db, id, year, ct);
        var answer = await cache.GetOrComputeAsync(id, year, stamp, $"inventory-json:{methodId}:{trace}",
            () => ComputeAsync(id, year, methodId, trace, ct), a => a.Json?.Length ?? 1024);
        return answer.Json is { } json ? Outcome<byte[]>.Ok(json) : Outcome<byte[]>.Invalid(answer.Errors, answer.Title);
    }

    /// <summary>What the inventory page shows, computed once per data version of the year.</summary>
    public Task<InventoryView> ViewAsync(int id, int year, CancellationToken ct) => InventoryView.LoadAsync(db, cache, id, year, ct);

    /// <summary>The inventory's JSON, or the errors (and their title) that stand in its way.</summary>
    private sealed record InventoryJson(byte[]? Json, IReadOnlyList<ValidationError> Errors, string Title);

    private async Task<InventoryJson> ComputeAsync(int id, int year, string methodId, bool trace, CancellationToken ct)
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
                await WriteMonthsAsync(w, id, year, entity, methodId, trace, ct);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return new(buffer.ToArray(), [], "");
    }

    private async Task WriteMonthsAsync(Utf8JsonWriter w, int id, int year, PlantYearEntity entity, string methodId, bool trace, CancellationToken ct)
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
