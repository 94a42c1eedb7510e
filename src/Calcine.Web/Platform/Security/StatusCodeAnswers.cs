using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Diagnostics;

namespace Calcine.Web.Platform.Security;

/// <summary>What a 4xx/5xx answer without a body becomes. A page's 404 (another tenant's plant, a
/// missing year) is re-executed as the translated not-found page in the site's layout: .NET 10
/// sends a component's own 404 without a body, which browsers show as an error screen. Everything
/// else (the API, files, addresses no endpoint matches) gets ProblemDetails.</summary>
public static class StatusCodeAnswers
{
    public const string NotFoundPath = "/not-found";

    /// <summary>Must come before routing, so that the re-executed request is routed afresh.</summary>
    public static void UseStatusCodeAnswers(this WebApplication app) => app.UseStatusCodePages(AnswerAsync);

    private static async Task AnswerAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        if (http.Response.StatusCode == StatusCodes.Status404NotFound && http.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is not null)
        {
            await ReExecuteAsNotFoundPageAsync(context);
            return;
        }

        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = { Status = http.Response.StatusCode },
        });
    }

    /// <summary>Runs the rest of the pipeline again for the not-found page, in a scope of its own (the
    /// first render's navigation state must not be reused), keeping the 404.</summary>
    private static async Task ReExecuteAsNotFoundPageAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        var (path, query, services) = (http.Request.Path, http.Request.QueryString, http.RequestServices);
        http.Features.Set<IStatusCodeReExecuteFeature>(new StatusCodeReExecuteFeature
        {
            OriginalPathBase = http.Request.PathBase.Value!,
            OriginalPath = path.Value!,
            OriginalQueryString = query.HasValue ? query.Value : null,
            Endpoint = http.GetEndpoint(),
            RouteValues = new(http.Request.RouteValues),
        });
        await using var scope = services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        http.RequestServices = scope.ServiceProvider;
        http.SetEndpoint(null);
        http.Request.RouteValues.Clear();
        http.Request.Path = NotFoundPath;
        http.Request.QueryString = QueryString.Empty;
        try
        {
            await context.Next(http);
        }
        finally
        {
            http.Request.Path = path;
            http.Request.QueryString = query;
            http.RequestServices = services;
            http.Features.Set<IStatusCodeReExecuteFeature>(null);
        }
    }
}
