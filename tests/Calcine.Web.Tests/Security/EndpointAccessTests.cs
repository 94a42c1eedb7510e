using Calcine.Web.Tests.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Calcine.Web.Tests.Security;

/// <summary>Every route the host maps, read from its endpoint data source, with the access it
/// declares, against a table written by hand: a new route, or a route whose declaration changes,
/// fails here until the table says what it should be. What each role gets on the routes that ask
/// for a signed-in user is the access matrices' business (AccessMatrixTests and the others).</summary>
public sealed class EndpointAccessTests(DemoPlatformFixture fixture) : IClassFixture<DemoPlatformFixture>
{
    [Fact]
    public void Routes_EachMappedRoute_DeclaresTheAccessInTheTable()
    {
        var mapped = fixture.Platform.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => !IsStaticFile(e))
            .Select(e => $"{Methods(e),-6} {e.RoutePattern.RawText} {Access(e)}")
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();

        var unlisted = mapped.Except(EndpointAccessTable.Rows, StringComparer.Ordinal).ToArray();
        var unmapped = EndpointAccessTable.Rows.Except(mapped, StringComparer.Ordinal).ToArray();

        Assert.True(unlisted.Length == 0 && unmapped.Length == 0,
            $"mapped but not in the table:\n{string.Join('\n', unlisted)}\nin the table but not mapped so:\n{string.Join('\n', unmapped)}");
        Assert.Equal(EndpointAccessTable.Rows.Length, EndpointAccessTable.Rows.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Routes_StaticFiles_AreServedWithoutSignIn()
    {
        var files = fixture.Platform.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(IsStaticFile)
            .ToArray();

        Assert.NotEmpty(files);
        Assert.All(files, e => Assert.Equal("anyone", Access(e)));
    }

    /// <summary>"anyone" (no declaration or AllowAnonymous), "signed-in" (an [Authorize] without
    /// roles or policy), else the roles and policies asked for.</summary>
    private static string Access(Endpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            return "anyone";
        }

        var authorize = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>();
        if (authorize.Count == 0)
        {
            return "anyone";
        }

        var asked = authorize.SelectMany(a => new[] { a.Policy is null ? null : $"policy:{a.Policy}", a.Roles is null ? null : $"roles:{a.Roles}" })
            .OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        return asked.Length == 0 ? "signed-in" : string.Join(',', asked);
    }

    private static string Methods(Endpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IHttpMethodMetadata>() is { HttpMethods.Count: > 0 } m ? string.Join('|', m.HttpMethods.Order(StringComparer.Ordinal)) : "*";

    /// <summary>Files under wwwroot and the framework's scripts, mapped one route per file; the vendored
    /// libraries' LICENSE, NOTICE and VERSION files under lib/ have no extension.</summary>
    private static bool IsStaticFile(RouteEndpoint endpoint) =>
        endpoint.RoutePattern.Parameters.Count == 0
        && (Path.HasExtension(endpoint.RoutePattern.RawText) || (endpoint.RoutePattern.RawText ?? "").StartsWith("lib/", StringComparison.Ordinal))
        && !(endpoint.RoutePattern.RawText ?? "").StartsWith("/api", StringComparison.Ordinal)
        && !(endpoint.RoutePattern.RawText ?? "").StartsWith("api", StringComparison.Ordinal);
}
