using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Calcine.Web.Tests.Platform;

namespace Calcine.Web.Tests.Administration;

/// <summary>Posting to the administration API and reading what came back.</summary>
internal static class AdminCalls
{
    public static async Task<(HttpStatusCode Status, JsonElement Body)> CallAsync(this PlatformClient client, HttpMethod method, string path, object? body = null)
    {
        using var response = await client.SendAsync(method, path, body);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    public static Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(this PlatformClient client, string path, object body) =>
        client.CallAsync(HttpMethod.Post, path, body);

    /// <summary>The fields a 400 ValidationProblem names.</summary>
    public static string[] ErrorFields(JsonElement problem) =>
        [.. problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)];

    public static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)];

    /// <summary>A permit limit set for a cn-ule-2024-kiln stack (docs/formats/cems-limits.md).</summary>
    public static string PermitLimits(double nox) => JsonSerializer.Serialize(new
    {
        id = "permit-k1",
        title = "Permit kiln 1 tail",
        source = "kiln-tail",
        referenceO2Percent = 10,
        versions = new[] { new { effectiveFrom = "2024-01-01", source = "Permit (2024)", confidence = "V-prim", limits = new { pm = 20, so2 = 100, nox } } },
    });

    public static async Task<int> CountAuditAsync(this DemoPlatformFixture demo, string entityType)
    {
        await using var db = demo.Database.CreateContext();
        return db.AuditLog.Count(e => e.EntityType == entityType);
    }

    public static async Task<HttpStatusCode> StatusAsync(this PlatformClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return response.StatusCode;
    }

    public static async Task<string> TextAsync(this PlatformClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    public static JsonContent Json(object body) => JsonContent.Create(body);
}
