using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Calcine.Web.Tests.Platform;

/// <summary>Creating and using API keys as the tests do.</summary>
public static class ApiKeyCalls
{
    public sealed record Created(HttpStatusCode Status, string? Id, string? Token, JsonElement Body);

    public static object Body(string role, string scope, int? scopeId = null, string? jurisdiction = null, int? year = null,
        DateTimeOffset? expiresAt = null, string name = "historian upload") =>
        new { name, role, scope, scopeId, jurisdiction, year, expiresAt };

    public static async Task<Created> CreateAsync(PlatformClient creator, object body)
    {
        using var response = await creator.SendAsync(HttpMethod.Post, "api/api-keys", body);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        return response.StatusCode == HttpStatusCode.Created
            ? new Created(response.StatusCode, json.GetProperty("key").GetProperty("id").GetString(), json.GetProperty("token").GetString(), json)
            : new Created(response.StatusCode, null, null, json);
    }

    /// <summary>Creates a key that must be accepted, and returns it.</summary>
    public static async Task<(string Id, string Token)> IssueAsync(PlatformClient creator, object body)
    {
        var created = await CreateAsync(creator, body);
        Assert.Equal(HttpStatusCode.Created, created.Status);
        return (created.Id!, created.Token!);
    }

    /// <summary>One request with exactly this Authorization header value, sent as UTF-8 bytes
    /// whatever it holds: what a hostile or broken client could send.</summary>
    public static async Task<(HttpStatusCode Status, string Body)> RawAuthorizationAsync(Uri baseAddress, string path, string authorization)
    {
        using var http = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            RequestHeaderEncodingSelector = (_, _) => System.Text.Encoding.UTF8,
        })
        { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        Assert.True(request.Headers.TryAddWithoutValidation("Authorization", authorization));
        using var response = await http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
