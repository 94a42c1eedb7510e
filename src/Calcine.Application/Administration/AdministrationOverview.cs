using Calcine.Application.Access;
using Calcine.Storage;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Application.Administration;

public sealed record NamedItem(int Id, string Name);
public sealed record AdminCompany(int Id, string Name, IReadOnlyList<PlantSummaryRow> Plants);
public sealed record PlantSummaryRow(int Id, string Code, string Name, string Jurisdiction);
public sealed record AdminOverview(bool PlatformAdmin, IReadOnlyList<NamedItem> Associations, IReadOnlyList<AdminCompany> Companies);
public sealed record StackRow(int Id, string Code, string Name, string? Rules);
public sealed record PlantSetup(int Id, string Code, string Name, IReadOnlyList<string> Kilns, IReadOnlyList<string> Mills,
    IReadOnlyList<StackRow> Stacks, IReadOnlyList<int> Years);

/// <summary>What the administration pages list: only what the caller administers.</summary>
public sealed class AdministrationOverview(CalcineDbContext db, AccessGuard guard)
{
    public async Task<AdminOverview> OverviewAsync(CancellationToken ct)
    {
        var platform = await guard.DecideAsync(ResourceKind.Platform, 0, AccessAction.Administer, ct) == AccessDecision.Allowed;
        var companies = await guard.VisibleAsync(ResourceKind.Company, ct, AccessAction.Administer);
        var associations = platform ? await db.Associations.AsNoTracking().OrderBy(a => a.Name).Select(a => new NamedItem(a.Id, a.Name)).ToListAsync(ct) : [];
        var rows = await db.Companies.AsNoTracking().Where(c => companies.Contains(c.Id)).OrderBy(c => c.Name)
            .Select(c => new AdminCompany(c.Id, c.Name, c.Plants.OrderBy(p => p.Code).Select(p => new PlantSummaryRow(p.Id, p.Code, p.Name, p.Jurisdiction)).ToList()))
            .ToListAsync(ct);
        return new AdminOverview(platform, associations, rows);
    }

    /// <summary>Null when the caller does not administer the plant (the page answers not found).</summary>
    public async Task<PlantSetup?> PlantAsync(int plantId, CancellationToken ct)
    {
        if (await guard.DecideAsync(ResourceKind.Plant, plantId, AccessAction.Administer, ct) != AccessDecision.Allowed)
        {
            return null;
        }

        var plant = await db.Plants.AsNoTracking().Where(p => p.Id == plantId)
            .Select(p => new { p.Id, p.Code, p.Name, Kilns = p.Kilns.Select(k => k.Name + " (" + k.ProcessType + ")").ToList(), Mills = p.Mills.Select(m => m.Name + " (" + m.MillType + ")").ToList() })
            .SingleAsync(ct);
        var stacks = await db.Stacks.AsNoTracking().Where(s => s.PlantId == plantId).OrderBy(s => s.Code).Select(s => new StackRow(s.Id, s.Code, s.Name, s.ComplianceRules)).ToListAsync(ct);
        var years = await db.PlantYears.AsNoTracking().Where(y => y.PlantId == plantId).OrderBy(y => y.Year).Select(y => y.Year).ToListAsync(ct);
        return new PlantSetup(plant.Id, plant.Code, plant.Name, plant.Kilns, plant.Mills, stacks, years);
    }
}
