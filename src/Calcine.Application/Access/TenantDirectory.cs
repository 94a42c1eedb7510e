using Calcine.Storage;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Application.Access;

/// <summary>Reads where companies and plants sit in the tenancy tree, for the access policy.</summary>
public sealed class TenantDirectory(CalcineDbContext db)
{
    private sealed record PlantRow(int Id, int CompanyId, int AssociationId, string Jurisdiction);

    public async Task<IReadOnlyList<TenantResource>> AllAsync(ResourceKind kind, CancellationToken ct)
    {
        var plants = await db.Plants.AsNoTracking()
            .Select(p => new PlantRow(p.Id, p.CompanyId, p.Company!.AssociationId, p.Jurisdiction)).ToListAsync(ct);
        if (kind == ResourceKind.Stack)
        {
            // Lists show the stacks of plants only; an unattached stack is reachable by id (platform admins).
            var byId = plants.ToDictionary(p => p.Id);
            var stacks = await db.Stacks.AsNoTracking().Where(s => s.PlantId != null).Select(s => new { s.Id, PlantId = s.PlantId!.Value }).ToListAsync(ct);
            return [.. stacks.Where(s => byId.ContainsKey(s.PlantId)).Select(s => PlantResource(byId[s.PlantId]) with { Id = s.Id })];
        }

        var companies = await db.Companies.AsNoTracking().Select(c => new { c.Id, c.AssociationId }).ToDictionaryAsync(c => c.Id, c => c.AssociationId, ct);
        if (kind != ResourceKind.Association)
        {
            return Build(kind, plants, companies);
        }

        var associations = await db.Associations.AsNoTracking().Select(a => a.Id).ToListAsync(ct);
        return [.. associations.Select(a => AssociationResource(a, [.. companies.Where(c => c.Value == a).Select(c => c.Key)], plants))];
    }

    /// <summary>The resource, or one reporting year of it when <paramref name="year"/> is given
    /// (what a verifier engaged for a year is allowed to verify).</summary>
    public async Task<TenantResource?> FindAsync(ResourceKind kind, int id, CancellationToken ct, int? year = null)
    {
        var resource = await FindTenantAsync(kind, id, ct);
        return resource is not null && year is not null && kind != ResourceKind.Platform ? resource with { Year = year } : resource;
    }

    private async Task<TenantResource?> FindTenantAsync(ResourceKind kind, int id, CancellationToken ct)
    {
        if (kind == ResourceKind.Platform)
        {
            return TenantResource.Platform;
        }

        if (kind == ResourceKind.Stack)
        {
            var stack = await db.Stacks.AsNoTracking().Where(s => s.Id == id).Select(s => new { s.PlantId }).SingleOrDefaultAsync(ct);
            if (stack is null)
            {
                return null;
            }

            var owner = stack.PlantId is { } plantId ? await FindTenantAsync(ResourceKind.Plant, plantId, ct) : TenantResource.Platform;
            return owner is null ? null : owner with { Id = id };
        }

        if (kind == ResourceKind.Plant)
        {
            var plant = await db.Plants.AsNoTracking().Where(p => p.Id == id)
                .Select(p => new PlantRow(p.Id, p.CompanyId, p.Company!.AssociationId, p.Jurisdiction)).SingleOrDefaultAsync(ct);
            return plant is null ? null : PlantResource(plant);
        }

        if (kind == ResourceKind.Association)
        {
            if (!await db.Associations.AsNoTracking().AnyAsync(a => a.Id == id, ct))
            {
                return null;
            }

            var members = await db.Companies.AsNoTracking().Where(c => c.AssociationId == id).Select(c => c.Id).ToListAsync(ct);
            var memberPlants = await db.Plants.AsNoTracking().Where(p => p.Company!.AssociationId == id)
                .Select(p => new PlantRow(p.Id, p.CompanyId, id, p.Jurisdiction)).ToListAsync(ct);
            return AssociationResource(id, members, memberPlants);
        }

        var association = await db.Companies.AsNoTracking().Where(c => c.Id == id).Select(c => (int?)c.AssociationId).SingleOrDefaultAsync(ct);
        if (association is null)
        {
            return null;
        }

        var plants = await db.Plants.AsNoTracking().Where(p => p.CompanyId == id)
            .Select(p => new PlantRow(p.Id, p.CompanyId, association.Value, p.Jurisdiction)).ToListAsync(ct);
        return CompanyResource(id, association.Value, plants);
    }

    private static List<TenantResource> Build(ResourceKind kind, List<PlantRow> plants, Dictionary<int, int> companies) =>
        kind == ResourceKind.Plant
            ? [.. plants.Select(PlantResource)]
            : [.. companies.Select(c => CompanyResource(c.Key, c.Value, [.. plants.Where(p => p.CompanyId == c.Key)]))];

    private static TenantResource PlantResource(PlantRow p) =>
        new(ResourceKind.Plant, p.Id, p.AssociationId, p.CompanyId, [p.Id], [p.Jurisdiction]);

    /// <summary>An association carries its member companies, their plants and jurisdictions, so any
    /// grant inside it makes it visible (and the policy then decides what that grant may do).</summary>
    private static TenantResource AssociationResource(int id, List<int> companies, List<PlantRow> plants)
    {
        var members = plants.Where(p => p.AssociationId == id).ToList();
        return new(ResourceKind.Association, id, id, 0, [.. members.Select(p => p.Id)], [.. members.Select(p => p.Jurisdiction).Distinct()])
        {
            MemberCompanyIds = companies,
        };
    }

    private static TenantResource CompanyResource(int id, int association, List<PlantRow> plants) =>
        new(ResourceKind.Company, id, association, id, [.. plants.Select(p => p.Id)], [.. plants.Select(p => p.Jurisdiction).Distinct()]);
}
