using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Calcine.TestKit;
using Calcine.Web.Tests.Platform;

namespace Calcine.Web.Tests.Roadmaps;

/// <summary>Helpers for the road-map API tests: the ECRA example as a scenario body, posting raw
/// documents, and finding the demo's seeded scenarios.</summary>
internal static class RoadmapCalls
{
    public static string Ecra => Examples.Read("roadmap-ecra-reference-kiln.json");

    public static Task<HttpResponseMessage> PostAsync(PlatformClient client, string path, string json) =>
        client.SendRawAsync(HttpMethod.Post, path, Encoding.UTF8.GetBytes(json), "application/json");

    public static Task<HttpResponseMessage> PutAsync(PlatformClient client, string path, string json) =>
        client.SendRawAsync(HttpMethod.Put, path, Encoding.UTF8.GetBytes(json), "application/json");

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The ECRA example with its carbon price path multiplied (a different plan input).</summary>
    public static string EcraWithCarbonPrice(double factor)
    {
        var d = JsonNode.Parse(Ecra)!.AsObject();
        foreach (var (key, value) in d["carbonPrice_USD_per_tCO2"]!.AsObject().ToList())
        {
            d["carbonPrice_USD_per_tCO2"]![key] = value!.GetValue<double>() * factor;
        }

        return d.ToJsonString();
    }

    /// <summary>The ids of the scenarios of a company, as the platform admin lists them.</summary>
    public static async Task<int[]> ScenarioIdsAsync(PlatformClient admin, int companyId) =>
        [.. (await admin.GetJsonAsync($"api/roadmaps/companies/{companyId}/scenarios")).EnumerateArray().Select(s => s.GetProperty("id").GetInt32())];

    public static async Task<int> AssociationIdAsync(PlatformClient admin) =>
        (await admin.GetJsonAsync("api/companies")).EnumerateArray().First().GetProperty("associationId").GetInt32();
}
