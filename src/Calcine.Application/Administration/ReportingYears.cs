using Calcine.Application.Access;
using Calcine.Storage;
using Calcine.Storage.Activity;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Application.Administration;

/// <summary>Opens a plant's reporting year explicitly (a draft with no months), instead of by typing its URL.</summary>
public sealed class ReportingYears(CalcineDbContext db, AccessGuard guard, TimeProvider clock)
{
    public async Task<Outcome<ReportingYearCreated>> CreateAsync(int plantId, NewReportingYear request, CancellationToken ct)
    {
        var decision = await guard.DecideAsync(ResourceKind.Plant, plantId, AccessAction.Edit, ct);
        if (decision != AccessDecision.Allowed)
        {
            return decision == AccessDecision.NotVisible ? Outcome<ReportingYearCreated>.NotFound()
                : Outcome<ReportingYearCreated>.Forbidden("Only the plant's editors open its reporting years.");
        }

        var now = clock.GetUtcNow();
        if (request.Year is not { } year || year < 2000 || year > now.Year + 1)
        {
            return Outcome<ReportingYearCreated>.Invalid(new Dictionary<string, string[]> { ["year"] = [$"is a year from 2000 to {now.Year + 1}"] }, "Invalid reporting year");
        }

        if (await db.PlantYears.AnyAsync(y => y.PlantId == plantId && y.Year == year, ct))
        {
            return Outcome<ReportingYearCreated>.Conflict("Year exists", $"The plant's reporting year {year} exists already.");
        }

        var entity = new PlantYearEntity { PlantId = plantId, Year = year, UpdatedUtc = now };
        db.PlantYears.Add(entity);
        await db.SaveChangesAsync(ct);
        return Outcome<ReportingYearCreated>.Ok(new(plantId, year, entity.Status));
    }
}
