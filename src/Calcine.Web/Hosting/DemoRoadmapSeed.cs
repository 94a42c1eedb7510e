using Calcine.Application.Access;
using Calcine.Application.Activity;
using Calcine.Application.Roadmaps;
using Calcine.Application.Roadmaps.Baselines;
using Calcine.Application.Roadmaps.Library;
using Calcine.Application.Roadmaps.Scenarios;
using Calcine.Storage;
using Calcine.Storage.Activity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Calcine.Web.Hosting;

/// <summary>One road-map scenario per demo company, composed from its verified (locked) plant-years
/// with the seed lever library and the presets (national sector cap, EU ETS price, the inventory's
/// grid factor), run at once, so a new user finds a road map with its result. Seeded once: nothing happens when any
/// scenario exists. Runs as the system, through the same use cases as the API.</summary>
public static class DemoRoadmapSeed
{
    public const double SeedTimeLimitSeconds = 20;

    public static async Task SeedAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<CalcineDbContext>();
        if (await db.RoadmapScenarios.AnyAsync(ct))
        {
            return;
        }

        var system = new SystemUser();
        var clock = sp.GetRequiredService<TimeProvider>();
        var guard = new AccessGuard(system, db, new TenantDirectory(db), new AccessPolicy());
        var library = new LeverLibraryService(db, guard, system, clock);
        var baselines = new BaselineService(db, guard, sp.GetRequiredService<PlantYearCache>(), sp.GetRequiredService<IOptions<RoadmapFuelPriceOptions>>());
        var composer = new ScenarioComposeService(db, guard, baselines, library);
        // Startup waits for these runs: at most SeedTimeLimitSeconds each (the result says whether it is proven optimal).
        var run = sp.GetRequiredService<IOptions<RoadmapRunOptions>>().Value;
        var seedRun = Options.Create(new RoadmapRunOptions { TimeLimitSeconds = Math.Min(run.TimeLimitSeconds, SeedTimeLimitSeconds), MaxDocumentBytes = run.MaxDocumentBytes });
        var scenarios = new ScenarioService(db, guard, system, clock, library, seedRun, sp.GetRequiredService<IOptions<CbamExposureOptions>>());

        var verified = await db.PlantYears.AsNoTracking()
            .Where(y => y.Status == PlantYearStatus.Verified || y.Status == PlantYearStatus.Locked)
            .Select(y => new { y.Id, y.Year, y.Plant!.CompanyId, y.Plant.Code }).ToListAsync(ct);
        foreach (var company in verified.GroupBy(y => y.CompanyId).OrderBy(g => g.Key))
        {
            var year = company.Max(y => y.Year);
            var ids = company.Where(y => y.Year == year).OrderBy(y => y.Code, StringComparer.Ordinal).Select(y => y.Id).ToList();
            var composed = await composer.ComposeAsync(company.Key, new ComposeRequest(ids, Target: "national-cap", CarbonPrice: "eu-ets", Grid: "inventory"), ct);
            if (composed.IsOk)
            {
                var created = await scenarios.CreateAsync(RoadmapOwner.Company(company.Key), composed.Value!.Bytes, composed.Value.LibraryVersionId, ct);
                if (created.IsOk)
                {
                    // Run now, so a new user's first view shows the result instead of waiting for the optimiser.
                    await scenarios.RunAsync(created.Value!.Id, null, ct);
                }
            }
        }
    }
}
