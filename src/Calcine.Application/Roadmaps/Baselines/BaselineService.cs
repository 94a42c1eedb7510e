using Calcine.Application.Access;
using Calcine.Application.Activity;
using Calcine.Application.Co2.Document;
using Calcine.Domain.Roadmaps;
using Calcine.Domain.Roadmaps.Baselines;
using Calcine.Storage;
using Calcine.Storage.Activity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Calcine.Application.Roadmaps.Baselines;

/// <summary>A plant-year a baseline can be derived from.</summary>
public sealed record BaselinePlantYear(int PlantYearId, int PlantId, string PlantCode, int CompanyId, int Year, string Status, bool Verified);

/// <summary>One traced value: the scenario field, the value, the formula, the inventory steps it
/// came from (ids of the GCCA trace at <see cref="BaselineView.InventoryUrl"/>) or the assumption.</summary>
public sealed record BaselineTraceView(string Field, double Value, string Unit, string Formula, IReadOnlyList<string> InventorySteps, string? AssumptionSource, string? Confidence);

/// <summary>A plant's road-map baseline derived from one of its plant-years.</summary>
public sealed record BaselineView(
    int PlantYearId,
    int PlantId,
    string PlantCode,
    string PlantName,
    int CompanyId,
    string Company,
    int Year,
    string YearStatus,
    bool Verified,
    string InventoryUrl,
    double KilnCapacity_t,
    PlantBaseline Baseline,
    IReadOnlyList<BaselineTraceView> Traces,
    BaselineReconciliation Reconciliation,
    IReadOnlyList<string> Warnings)
{
    /// <summary>The derivation as the Domain returned it (for composing a scenario).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public DerivedBaseline? Derived { get; init; }
}

/// <summary>Derives road-map baselines from the inventory of a plant-year (docs/methods/roadmap.md):
/// the plant-year's document and the GCCA result the inventory page shows (from its cache), mapped
/// by <see cref="BaselineDerivation"/>. A company's people only: a baseline is the company's plan input.</summary>
public sealed class BaselineService(CalcineDbContext db, AccessGuard guard, PlantYearCache cache, IOptions<RoadmapFuelPriceOptions> prices)
{
    /// <summary>Utilisation of the kiln when its capacity is not recorded (MPP reference kiln) [A].</summary>
    public const double DefaultUtilisation = 0.913;

    public async Task<Outcome<List<BaselinePlantYear>>> PlantYearsAsync(CancellationToken ct)
    {
        var plants = await guard.VisibleAsync(ResourceKind.Plant, ct, AccessAction.Roadmap);
        var rows = await db.PlantYears.AsNoTracking().Where(y => plants.Contains(y.PlantId))
            .OrderBy(y => y.Plant!.Code).ThenBy(y => y.Year)
            .Select(y => new { y.Id, y.PlantId, y.Plant!.Code, y.Plant.CompanyId, y.Year, y.Status }).ToListAsync(ct);
        return Outcome<List<BaselinePlantYear>>.Ok([.. rows.Select(r => new BaselinePlantYear(r.Id, r.PlantId, r.Code, r.CompanyId, r.Year, r.Status, IsVerified(r.Status)))]);
    }

    public async Task<Outcome<BaselineView>> DeriveAsync(int plantYearId, CancellationToken ct)
    {
        var row = await db.PlantYears.AsNoTracking().Where(y => y.Id == plantYearId)
            .Select(y => new { y.PlantId, y.Year, y.Status, y.Plant!.Code, y.Plant.Name, y.Plant.CompanyId, Company = y.Plant.Company!.Name }).SingleOrDefaultAsync(ct);
        if (row is null || await guard.DecideAsync(ResourceKind.Plant, row.PlantId, AccessAction.Roadmap, ct) != AccessDecision.Allowed)
        {
            return Outcome<BaselineView>.NotFound("No plant-year with this id among your company's plants.", "No such plant-year");
        }

        var inventory = await InventoryView.LoadAsync(db, cache, row.PlantId, row.Year, ct);
        var entity = await PlantYearStore.FindAsync(db, row.PlantId, row.Year, ct);
        var document = PlantYearReader.Read(await PlantYearStore.DocumentAsync(db, row.PlantId, row.Year, entity, ct));
        if (inventory.Gcca is null || !document.Success)
        {
            return Outcome<BaselineView>.Invalid(inventory.Errors.Count > 0 ? inventory.Errors : document.Errors,
                "The plant-year's data does not make a valid inventory; no baseline can be derived");
        }

        DerivedBaseline derived;
        try
        {
            derived = BaselineDerivation.Derive(document.Value, inventory.Gcca, prices.Value.PriceOf, DefaultUtilisation);
        }
        catch (ArgumentException ex)
        {
            return Outcome<BaselineView>.Invalid(new Dictionary<string, string[]> { ["plantYearId"] = [ex.Message] }, "No baseline can be derived from this plant-year");
        }

        var traces = derived.Traces.Select(t => new BaselineTraceView(t.Field, t.Value, t.Unit, t.Formula, t.InventorySteps, t.Assumption?.Source,
            t.Assumption is { } a ? RoadmapScenarioWriter.Name(RoadmapScenarioReader.Confidences, a.Confidence) : null)).ToList();
        return Outcome<BaselineView>.Ok(new BaselineView(plantYearId, row.PlantId, row.Code, row.Name, row.CompanyId, row.Company, row.Year, row.Status,
            IsVerified(row.Status), $"/api/plants/{row.PlantId}/years/{row.Year}/inventory", derived.KilnCapacity_t, derived.Baseline, traces,
            derived.Reconciliation, derived.Warnings)
        { Derived = derived });
    }

    /// <summary>Verified or locked after verification: the workflow's final states.</summary>
    public static bool IsVerified(string status) => status is PlantYearStatus.Verified or PlantYearStatus.Locked;
}
