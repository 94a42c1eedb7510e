using Calcine.Application.Access;
namespace Calcine.Web.Platform.Access;

public static class AccessEndpointFilter
{
    /// <summary>Guards an endpoint whose route has <c>{id}</c> of the given kind (and, for a plant's
    /// reporting year, <c>{year}</c>): 404 when the caller
    /// cannot see it (or it does not exist), 403 when they see it but may not do this.</summary>
    public static TBuilder RequireAccess<TBuilder>(this TBuilder builder, ResourceKind kind, AccessAction action)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if (!int.TryParse(http.Request.RouteValues["id"]?.ToString(), System.Globalization.CultureInfo.InvariantCulture, out var id))
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found");
            }

            // A plant's reporting year ({year} in the route) is the resource a verifier's year grant covers.
            int? year = int.TryParse(http.Request.RouteValues["year"]?.ToString(), System.Globalization.CultureInfo.InvariantCulture, out var y) ? y : null;
            var guard = http.RequestServices.GetRequiredService<AccessGuard>();
            return await guard.DecideAsync(kind, id, action, http.RequestAborted, year) switch
            {
                AccessDecision.Allowed => await next(context),
                AccessDecision.Forbidden => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden",
                    detail: $"Your roles do not allow {action.ToString().ToLowerInvariant()} on this {kind.ToString().ToLowerInvariant()}."),
                _ => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found"),
            };
        });
}
