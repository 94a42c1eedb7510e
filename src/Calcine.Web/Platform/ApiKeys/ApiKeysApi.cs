using Calcine.Application.ApiKeys;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Calcine.Web.Platform.ApiKeys;

/// <summary>/api/api-keys: people create, list and revoke keys for machines (<see cref="ApiKeyService"/>).</summary>
public static class ApiKeysApi
{
    public static void MapApiKeysApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/api-keys").RequireAuthorization().WithTags("API keys")
            .AddEndpointFilter(PeopleOnlyAsync);
        group.MapPost("/", CreateAsync);
        group.MapGet("/", ListAsync);
        group.MapDelete("/{keyId}", RevokeAsync);
    }

    /// <summary>A key cannot mint or revoke keys: that would let one leaked key outlive its revocation.</summary>
    private static async ValueTask<object?> PeopleOnlyAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        ApiKeyPrincipal.IsApiKey(context.HttpContext.User)
            ? TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: "API keys are managed by people, not by keys.")
            : await next(context);

    public static async Task<Results<Created<CreatedApiKey>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CreateApiKey request, ApiKeyService keys, CancellationToken ct) =>
        (await keys.CreateAsync(request, ct)).ToHttp(created => TypedResults.Created($"/api/api-keys/{created.Key.Id}", created));

    public static async Task<Ok<List<ApiKeyDto>>> ListAsync(ApiKeyService keys, CancellationToken ct) =>
        TypedResults.Ok(await keys.ListAsync(ct));

    public static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> RevokeAsync(string keyId, ApiKeyService keys, CancellationToken ct) =>
        (await keys.RevokeAsync(keyId, ct)).ToHttp(_ => TypedResults.NoContent());
}
