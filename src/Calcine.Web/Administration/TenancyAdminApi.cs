using Calcine.Application.Administration;
using Calcine.Web.Platform;

namespace Calcine.Web.Administration;

/// <summary>Creating the tenancy and a plant's equipment. The use cases decide access (404 for what
/// the caller cannot see, 403 for what it may see but not administer).</summary>
public static class TenancyAdminApi
{
    public static void MapTenancyAdminApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin").RequireAuthorization().WithTags("Administration");
        group.MapPost("/associations", (NewAssociation body, TenancyAdministration admin, CancellationToken ct) =>
            Created(admin.CreateAssociationAsync(body, ct), c => $"/api/admin/associations/{c.Id}"));
        group.MapPost("/companies", (NewCompany body, TenancyAdministration admin, CancellationToken ct) =>
            Created(admin.CreateCompanyAsync(body, ct), c => $"/api/companies/{c.Id}"));
        group.MapPost("/companies/{id:int}/plants", (int id, NewPlant body, TenancyAdministration admin, CancellationToken ct) =>
            Created(admin.CreatePlantAsync(id, body, ct), c => $"/api/plants/{c.Id}"));
        group.MapPost("/plants/{id:int}/kilns", (int id, NewKiln body, TenancyAdministration admin, CancellationToken ct) =>
            Created(admin.AddKilnAsync(id, body, ct), _ => $"/api/plants/{id}"));
        group.MapPost("/plants/{id:int}/mills", (int id, NewMill body, TenancyAdministration admin, CancellationToken ct) =>
            Created(admin.AddMillAsync(id, body, ct), _ => $"/api/plants/{id}"));
        group.MapPost("/plants/{id:int}/stacks", (int id, NewStack body, StackAdministration admin, CancellationToken ct) =>
            Created(admin.CreateAsync(id, body, ct), c => $"/api/admin/stacks/{c.Id}/limits"));
        group.MapPost("/plants/{id:int}/years", async (int id, NewReportingYear body, ReportingYears years, CancellationToken ct) =>
            (await years.CreateAsync(id, body, ct)).ToHttp(y => TypedResults.Created($"/api/plants/{id}/years/{y.Year}/status", y)));
        group.MapGet("/stacks/{id:int}/limits", async (int id, StackAdministration admin, CancellationToken ct) =>
            (await admin.ViewAsync(id, ct)).ToHttp());
        group.MapPut("/stacks/{id:int}/limits", async (int id, StackLimitsChange body, StackAdministration admin, CancellationToken ct) =>
            (await admin.ChangeAsync(id, body, ct)).ToHttp());
    }

    private static async Task<IResult> Created<T>(Task<Calcine.Application.Outcome<T>> outcome, Func<T, string> location) =>
        (await outcome).ToHttp(v => TypedResults.Created(location(v), v));
}
