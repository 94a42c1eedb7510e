using Calcine.Application.Access;
using Calcine.Storage;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Application.Tenancy;

/// <summary>The companies the caller may see, and one company with only its visible plants.</summary>
public sealed class CompanyService(AccessGuard guard, CalcineDbContext db)
{
    public async Task<List<CompanySummary>> ListAsync(CancellationToken ct)
    {
        var visible = await guard.VisibleAsync(ResourceKind.Company, ct);
        return await db.Companies.AsNoTracking().Where(c => visible.Contains(c.Id)).OrderBy(c => c.Name)
            .Select(c => new CompanySummary(c.Id, c.Name, c.AssociationId)).ToListAsync(ct);
    }

    /// <summary>Access to the company itself is checked at the edge; its plants are filtered here.</summary>
    public async Task<Outcome<CompanyDetail>> GetAsync(int id, CancellationToken ct)
    {
        var company = await db.Companies.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new { c.Id, c.Name, c.AssociationId, Association = c.Association!.Name }).SingleOrDefaultAsync(ct);
        if (company is null)
        {
            return Outcome<CompanyDetail>.NotFound();
        }

        var visible = await guard.VisibleAsync(ResourceKind.Plant, ct);
        var plants = await db.Plants.AsNoTracking().Where(p => p.CompanyId == id && visible.Contains(p.Id)).OrderBy(p => p.Code)
            .Select(p => new PlantSummary(p.Id, p.Code, p.Name, p.CompanyId, p.Jurisdiction)).ToListAsync(ct);
        return Outcome<CompanyDetail>.Ok(new(company.Id, company.Name, company.AssociationId, company.Association, plants));
    }
}
