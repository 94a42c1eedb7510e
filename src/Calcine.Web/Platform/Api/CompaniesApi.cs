using Calcine.Application.Access;
using Calcine.Application.Tenancy;
using Calcine.Storage;
using Calcine.Web.Platform.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Web.Platform.Api;

public static class CompaniesApi
{
    public static void MapCompaniesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/companies").RequireAuthorization().WithTags("Companies");
        group.MapGet("/", ListAsync);
        group.MapGet("/{id:int}", GetAsync).RequireAccess(ResourceKind.Company, AccessAction.Read);
    }

    public static async Task<Ok<List<CompanySummary>>> ListAsync(AccessGuard guard, CalcineDbContext db, CancellationToken ct)
    {
        var visible = await guard.VisibleAsync(ResourceKind.Company, ct);
        var companies = await db.Companies.AsNoTracking().Where(c => visible.Contains(c.Id)).OrderBy(c => c.Name)
            .Select(c => new CompanySummary(c.Id, c.Name, c.AssociationId)).ToListAsync(ct);
        return TypedResults.Ok(companies);
    }

    /// <summary>The company and only those of its plants the caller may see.</summary>
    public static async Task<Results<Ok<CompanyDetail>, NotFound>> GetAsync(int id, AccessGuard guard, CalcineDbContext db, CancellationToken ct)
    {
        var company = await db.Companies.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new { c.Id, c.Name, c.AssociationId, Association = c.Association!.Name }).SingleOrDefaultAsync(ct);
        if (company is null)
        {
            return TypedResults.NotFound();
        }

        var visible = await guard.VisibleAsync(ResourceKind.Plant, ct);
        var plants = await db.Plants.AsNoTracking().Where(p => p.CompanyId == id && visible.Contains(p.Id)).OrderBy(p => p.Code)
            .Select(p => new PlantSummary(p.Id, p.Code, p.Name, p.CompanyId, p.Jurisdiction)).ToListAsync(ct);
        return TypedResults.Ok(new CompanyDetail(company.Id, company.Name, company.AssociationId, company.Association, plants));
    }
}
