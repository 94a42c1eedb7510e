using System.Net;
using System.Text;

namespace Calcine.Web.Tests.Platform;

/// <summary>The data-collection endpoints as the tests call them, with a valid month to send.</summary>
public static class DataEndpoints
{
    public const int OpenYear = 2025;
    public const int LockedYear = 2023;

    /// <summary>Every data endpoint: method, path under the plant, whether it edits, and the body.</summary>
    public static readonly (string Name, string Method, string Path, bool Edits)[] All =
    [
        ("month-get", "GET", "years/2025/months/3", false),
        ("month-put", "PUT", "years/2025/months/3", true),
        ("months-csv", "GET", "years/2025/months.csv", false),
        ("document-get", "GET", "years/2025/document", false),
        ("document-put", "PUT", "years/2025/document?version=1", true),
        ("inventory", "GET", "years/2025/inventory?method=all&trace=true", false),
        ("workbook-get", "GET", "years/2025/workbook", false),
        ("workbook-put", "PUT", "years/2025/workbook?version=1", true),
    ];

    public static object Month(decimal clinker = 90_000m, decimal coal = 11_000m) => new
    {
        format = "monthly-activity/1",
        clinker = new { produced_t = clinker, sold_t = 1000m },
        cement = new { mineralComponents = new[] { new { name = "gypsum", mass_t = 5000m }, new { name = "limestone", mass_t = 9000m } } },
        fuels = new object[]
        {
            new { name = "Bituminous coal", category = "conventional-fossil", use = "kiln", mass_t = coal,
                  lhvFactorId = "ipcc2006-ncv-other-bituminous-coal", efFactorId = "ipcc2006-co2-other-bituminous-coal" },
            new { name = "Waste tyres", category = "mixed", use = "kiln", mass_t = 800m, lhv_GJ_per_t = 28m, ef_kgCO2_per_GJ = 85m,
                  biogenicShare = 0.27m, evidence = "Lab report 2025-03" },
        },
        rawMaterials = new[] { new { name = "limestone", mass_t = 120_000m } },
        dust = new { ckdLeaving_t = 150m },
        electricity = new { gridEf_tCO2_per_MWh = 0.57m, consumption = new[] { new { use = "kiln", source = "grid", MWh = 5000m } } },
    };

    public static Task<HttpResponseMessage> CallAsync(PlatformClient client, int plantId, (string Name, string Method, string Path, bool Edits) e) =>
        e.Method switch
        {
            "GET" => client.GetAsync($"api/plants/{plantId}/{e.Path}"),
            // Invalid bodies: an allowed caller gets a validation error, so nothing is ever changed by the matrix.
            _ when e.Name is "document-put" or "workbook-put" => client.SendRawAsync(HttpMethod.Put, $"api/plants/{plantId}/{e.Path}", Encoding.UTF8.GetBytes("{}"), "application/json"),
            _ => client.SendAsync(HttpMethod.Put, $"api/plants/{plantId}/{e.Path}", new { version = 0 }),
        };

    /// <summary>Sends the body with its property names as written (the HTTP client's web defaults
    /// would camel-case <c>MWh</c>).</summary>
    public static Task<HttpResponseMessage> PutJsonAsync(PlatformClient client, string url, object body) =>
        client.SendRawAsync(HttpMethod.Put, url, System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(body), "application/json");

    public static void AssertHidden(HttpResponseMessage response, string body)
    {
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("clinker", body, StringComparison.OrdinalIgnoreCase);
    }
}
