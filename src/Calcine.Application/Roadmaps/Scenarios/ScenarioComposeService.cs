using System.Text.Json;
using Calcine.Application.Access;
using Calcine.Application.Roadmaps.Baselines;
using Calcine.Application.Roadmaps.Library;
using Calcine.Storage;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Application.Roadmaps.Scenarios;

/// <summary>What to compose: the company's plant-years (one per plant) and the presets by id.</summary>
public sealed record ComposeRequest(
    IReadOnlyList<int>? PlantYearIds,
    string? Name = null,
    string? Target = null,
    string? CarbonPrice = null,
    string? Grid = null,
    string? ElectricityPrice = null,
    int? StartYear = null,
    int? EndYear = null,
    double? DiscountRate = null,
    int? LibraryVersion = null);

/// <summary>A composed, unsaved <c>roadmap-scenario/1</c> and the library version it was built from.</summary>
public sealed record ComposedScenario(int LibraryVersionId, JsonElement Document, IReadOnlyList<string> Warnings)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public byte[] Bytes { get; init; } = [];
}

/// <summary>Builds a company's scenario from its own plant-years' baselines, the lever library and presets.</summary>
public sealed class ScenarioComposeService(CalcineDbContext db, AccessGuard guard, BaselineService baselines, LeverLibraryService library)
{
    public async Task<Outcome<ComposedScenario>> ComposeAsync(int companyId, ComposeRequest request, CancellationToken ct)
    {
        if (await RoadmapAccess.RefuseAsync<ComposedScenario>(guard, RoadmapOwner.Company(companyId), edit: false, ct) is { } refused)
        {
            return refused;
        }

        if (request.PlantYearIds is not { Count: > 0 and <= 50 } ids)
        {
            return Invalid("plantYearIds", "required: 1 to 50 plant-year ids of the company's plants");
        }

        var company = await db.Companies.AsNoTracking().Where(c => c.Id == companyId).Select(c => new { c.Name, c.AssociationId }).SingleAsync(ct);
        var plants = new List<ComposePlant>();
        var warnings = new List<string>();
        for (var i = 0; i < ids.Count; i++)
        {
            var baseline = await baselines.DeriveAsync(ids[i], ct);
            if (!baseline.IsOk || baseline.Value!.CompanyId != companyId)
            {
                return Invalid($"plantYearIds[{i}]", baseline.IsOk ? "belongs to another company" : $"{baseline.Title}: {baseline.Detail ?? string.Join("; ", baseline.Errors.SelectMany(e => e.Value))}");
            }

            var b = baseline.Value;
            if (plants.Any(p => p.Id == b.PlantCode))
            {
                return Invalid($"plantYearIds[{i}]", $"plant {b.PlantCode} is already in the scenario; take one year per plant");
            }

            warnings.AddRange(b.Warnings.Select(w => $"{b.PlantCode} {b.Year}: {w}"));
            if (!b.Verified)
            {
                warnings.Add($"{b.PlantCode} {b.Year}: the year is {b.YearStatus}, not verified");
            }

            plants.Add(new ComposePlant(b.PlantCode, company.Name, b.PlantName, b.Year, b.Derived!));
        }

        var lib = request.LibraryVersion is { } v ? await library.FindForAsync(v, company.AssociationId, ct) : await library.LatestAsync(company.AssociationId, ct);
        if (lib is null)
        {
            return Invalid("libraryVersion", $"no library version {request.LibraryVersion} for this company (the seed or its association's versions)");
        }

        var spec = new ComposeSpec($"company-{companyId}", request.Name ?? $"{company.Name} road map",
            request.Target ?? "national-cap", request.CarbonPrice ?? "eu-ets", request.Grid ?? "inventory", request.ElectricityPrice ?? "flat-60",
            request.StartYear, request.EndYear ?? 2050, request.DiscountRate ?? 0.08);
        var (scenario, errors) = ScenarioComposer.Compose(spec, plants, lib.Cards);
        if (scenario is null)
        {
            return Outcome<ComposedScenario>.Invalid(errors, "The scenario cannot be composed");
        }

        var bytes = RoadmapScenarioWriter.Write(scenario);
        return Outcome<ComposedScenario>.Ok(new ComposedScenario(lib.Id, JsonDocument.Parse(bytes).RootElement.Clone(), warnings) { Bytes = bytes });
    }

    private static Outcome<ComposedScenario> Invalid(string field, string message) =>
        Outcome<ComposedScenario>.Invalid(new Dictionary<string, string[]> { [field] = [message] }, "The scenario cannot be composed");
}
