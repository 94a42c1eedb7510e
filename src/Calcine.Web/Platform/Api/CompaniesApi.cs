using Calcine.Application.Access;
using Calcine.Application.Tenancy;
using Calcine.Web.Platform.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Calcine.Web.Platform.Api;

public static class CompaniesApi
{
    public static void MapCompaniesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/companies").RequireAuthorization().WithTags("Companies");
        group.MapGet("/", ListAsync);
        group.MapGet("/{id:int}", GetAsync).RequireAccess(ResourceKind.Company, AccessAction.Read);
    }

    public static async Task<Ok<List<CompanySummary>>> ListAsync(CompanyService companies, CancellationToken ct) =>
        TypedResults.Ok(await companies.ListAsync(ct));

    /// <summary>The company and only those of its plants the caller may see.</summary>
    public static async Task<Results<Ok<CompanyDetail>, NotFound>> GetAsync(int id, CompanyService companies, CancellationToken ct) =>
        await companies.GetAsync(id, ct) is { IsOk: true, Value: { } company } ? TypedResults.Ok(company) : TypedResults.NotFound();
}
