using System.Text.Json;

namespace Calcine.Browser.Tests;

/// <summary>The API's OpenAPI document, served by the running host.</summary>
public class OpenApiDocumentTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task OpenApiDocument_ListsTheDataApiRoutes()
    {
        using var http = new HttpClient { BaseAddress = session.Platform.BaseAddress };
        using var doc = JsonDocument.Parse(await http.GetStringAsync("/openapi/v1.json"));

        var paths = doc.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Contains("/api/plants/{id}/years/{year}/months/{month}", paths);
        Assert.Contains("/api/plants/{id}/years/{year}/workbook", paths);
        Assert.Contains("/api/plants/{id}/years/{year}/inventory", paths);
        Assert.True(doc.RootElement.GetProperty("paths").GetProperty("/api/plants/{id}/years/{year}/months/{month}").TryGetProperty("put", out _));
    }
}
