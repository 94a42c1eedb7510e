using System.Text.Json;
using Calcine.Application.Co2;
using Calcine.Application.Co2.Document;
using Calcine.Application.Co2.Factors;
using Calcine.Domain.Accounting;
using Calcine.Domain.Accounting.Gcca;
using Calcine.Domain.Accounting.Plausibility;
using Calcine.Domain.Results;
using Calcine.Storage;
using Calcine.Storage.Activity;

namespace Calcine.Application.Activity;

/// <summary>One method's answer for the year: its traced steps (each a result an auditor can follow),
/// or why it does not apply.</summary>
public sealed record MethodView(Methodology Methodology, string? NotApplicable, IReadOnlyList<TraceStep> Steps);

/// <summary>GCCA figures of one month, for the chart and its table; null when the month cannot be computed alone.</summary>
public sealed record MonthFigures(int Month, decimal ClinkerProduced, decimal? GrossCo2);

/// <summary>What the inventory page shows: the same engine and document as the inventory API.</summary>
public sealed record InventoryView(
    string YearStatus,
    string Source,
    IReadOnlyList<ValidationError> Errors,
    GccaResult? Gcca,
    IReadOnlyList<MethodView> Methods,
    IReadOnlyList<MonthFigures> Months,
    IReadOnlyList<PlausibilityWarning> Warnings)
{
    /// <summary>The view, computed once per data version of the year (see <see cref="PlantYearCache"/>).</summary>
    public static async Task<InventoryView> LoadAsync(CalcineDbContext db, PlantYearCache cache, int id, int year, CancellationToken ct) =>
        await cache.GetOrComputeAsync(id, year, await PlantYearCache.StampAsync(db, id, year, ct), "inventory-view",
            () => ComputeAsync(db, id, year, ct), _ => 64 * 1024);

    private static async Task<InventoryView> ComputeAsync(CalcineDbContext db, int id, int year, CancellationToken ct)
    {
        var entity = await PlantYearStore.FindAsync(db, id, year, ct);
        var status = entity?.Status ?? PlantYearStatus.Draft;
        var source = entity?.Source ?? PlantYearSources.Months;
        var document = PlantYearReader.Read(await PlantYearStore.DocumentAsync(db, id, year, entity, ct));
        if (!document.Success)
        {
            return new(status, source, document.Errors, null, [], [], []);
        }

        var py = document.Value;
        var methods = Co2MethodCatalog.All.Select(m => Run(m, py)).ToList();
        var months = entity is { Source: PlantYearSources.Months } ? await MonthsAsync(db, id, year, entity, ct) : [];
        return new(status, source, [], GccaCalculator.Calculate(py), methods, months, PlausibilityChecker.Check([py]));
    }

    private static MethodView Run(Co2Method method, PlantYear py)
    {
        if (method.CheckInputs(py) is { } missing)
        {
            return new(method.Methodology, missing.ToString(), []);
        }

        // The method writes its result and fills the trace; the page shows the trace's steps.
        var trace = new CalculationTrace();
        using (var w = new Utf8JsonWriter(Stream.Null))
        {
            w.WriteStartObject();
            method.WriteResult(w, py, trace);
            w.WriteEndObject();
        }

        return new(method.Methodology, null, trace.Steps);
    }

    private static async Task<List<MonthFigures>> MonthsAsync(CalcineDbContext db, int id, int year, PlantYearEntity entity, CancellationToken ct)
    {
        var profile = await PlantYearStore.ProfileAsync(db, id, ct);
        var result = new List<MonthFigures>();
        foreach (var stored in entity.Months.OrderBy(m => m.Month))
        {
            var data = MonthlyActivityJson.Parse(stored.Json);
            var month = PlantYearReader.Read(PlantYearAssembler.Assemble(profile, year, [data], FactorLibraryLoader.Default));
            result.Add(new(stored.Month, data.Clinker.Produced, month.Success ? GccaCalculator.Calculate(month.Value).GrossCo2 : null));
        }

        return result;
    }
}
