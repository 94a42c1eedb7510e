using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Calcine.Web.Tests.Platform;

/// <summary>One browser-like caller of the running host: its own cookie jar. With an API key, a
/// machine instead: every request carries <c>Authorization: Bearer &lt;key&gt;</c>.</summary>
public sealed class PlatformClient : IDisposable
{
    private readonly HttpClient http;

    public PlatformClient(Uri baseAddress, string? apiKey = null, TimeSpan? timeout = null, CookieContainer? cookies = null)
    {
        Cookies = cookies ?? new CookieContainer();
        http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false })
        {
            BaseAddress = baseAddress,
            Timeout = timeout ?? TimeSpan.FromSeconds(30),
        };
        if (apiKey is not null)
        {
            http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", apiKey);
        }
    }

    /// <summary>This caller's cookie jar (the session cookie once signed in).</summary>
    public CookieContainer Cookies { get; }

    public Task<HttpResponseMessage> LoginAsync(string email, string password) =>
        http.PostAsJsonAsync("api/account/login", new { email, password });

    public async Task<PlatformClient> SignedInAsync(string email, string password)
    {
        using var response = await LoginAsync(email, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return this;
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body = null, IReadOnlyDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(method, path);
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.Add(name, value);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await http.SendAsync(request);
    }

    public async Task<HttpResponseMessage> SendRawAsync(HttpMethod method, string path, byte[] body, string contentType)
    {
        using var request = new HttpRequestMessage(method, path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        return await http.SendAsync(request);
    }

    public Task<HttpResponseMessage> GetAsync(string path) => http.GetAsync(new Uri(path, UriKind.Relative));

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public void Dispose() => http.Dispose();
}
