using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Calcine.TestKit;
using Calcine.Web.Tests.Platform;

namespace Calcine.Web.Tests.Reports;

/// <summary>What the regulatory report tests share: importing a worked example into a plant's year,
/// reading the reports back, and the CLI's answer for the same plant-year document.</summary>
public static class RegulatoryReportCalls
{
    /// <summary>Every page and file endpoint of the two reports, under <c>plants/{id}/years/{year}</c>.</summary>
    public static readonly (string Name, string Path, bool Page)[] Endpoints =
    [
        ("cbam-page", "cbam", true),
        ("cbam-json", "cbam.json", false),
        ("cbam-xlsx", "cbam.xlsx", false),
        ("china-page", "china-ets", true),
        ("china-xlsx", "china-ets.xlsx", false),
    ];

    public static readonly (string Name, string Path, bool Page)[] PdfEndpoints =
    [
        ("cbam-pdf", "cbam.pdf", false),
        ("china-pdf", "china-ets.pdf", false),
    ];

    public static string Url(int plantId, int year, (string Name, string Path, bool Page) e) =>
        e.Page ? $"plants/{plantId}/years/{year}/{e.Path}" : $"api/plants/{plantId}/years/{year}/{e.Path}";

    /// <summary>Imports a TestKit example as this plant's year (its plant id and year rewritten to fit).</summary>
    public static async Task ImportExampleAsync(PlatformClient admin, int plantId, string plantCode, int year, string example, Action<JsonNode>? change = null)
    {
        var document = JsonNode.Parse(Examples.Read(example + ".json"))!;
        document["plant"]!["id"] = plantCode;
        document["year"] = year;
        change?.Invoke(document);
        // Tests of a class share the host: a second import replaces the first from its current version.
        using var current = await admin.GetAsync($"api/plants/{plantId}/years/{year}/document");
        var version = current.Headers.GetValues("X-Calcine-Version").Single();
        using var put = await admin.SendRawAsync(HttpMethod.Put, $"api/plants/{plantId}/years/{year}/document?version={version}",
            JsonSerializer.SerializeToUtf8Bytes(document), "application/json");
        Assert.True(put.StatusCode == HttpStatusCode.OK, await put.Content.ReadAsStringAsync());
    }

    public static async Task<byte[]> BytesAsync(PlatformClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary><c>calcine co2 calc --method</c> on the year's exported plant-year document.</summary>
    public static async Task<JsonElement> CliAsync(PlatformClient client, int plantId, int year, string method)
    {
        var file = Path.Combine(Path.GetTempPath(), $"calcine-regrep-{Guid.NewGuid():N}.json");
        try
        {
            await File.WriteAllBytesAsync(file, await BytesAsync(client, $"api/plants/{plantId}/years/{year}/document"));
            var cli = CliRun.Run("co2", "calc", "--input", file, "--method", method);
            Assert.True(cli.ExitCode == 0, cli.StandardError);
            return JsonDocument.Parse(cli.StandardOutput).RootElement.Clone();
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>A signed-in caller that waits for a PDF: Chromium on a loaded machine takes longer than
    /// the ordinary client's 30 s.</summary>
    public static async Task<HttpClient> PrintingClientAsync(DemoPlatformFixture fixture, string role)
    {
        return new HttpClient(new HttpClientHandler { CookieContainer = await fixture.SessionCookiesAsync(role), AllowAutoRedirect = false })
        {
            BaseAddress = fixture.Platform.BaseAddress,
            Timeout = TimeSpan.FromMinutes(3),
        };
    }

    /// <summary>Reference tolerance for tonnes of CO2 (co2-accounting.md §9: ±0.1 t; stricter here).</summary>
    public static void AssertTonnes(decimal expected, decimal actual) =>
        Assert.True(Math.Abs(expected - actual) <= 0.01m, $"expected {expected} t, got {actual} t");

    public static async Task<JsonElement> JsonAsync(PlatformClient client, string path) =>
        JsonDocument.Parse(await BytesAsync(client, path)).RootElement.Clone();

    public static JsonElement Good(JsonElement dataSet, string cnCode) =>
        dataSet.GetProperty("goods").EnumerateArray().Single(g => g.GetProperty("cnCode").GetString() == cnCode);

    public static async Task<string> PageAsync(PlatformClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The renderer writes non-Latin text as character references; decoded, a test reads it as a person would.
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    public static Task<HttpResponseMessage> PutMonthAsync(PlatformClient client, string url, object body) =>
        client.SendRawAsync(HttpMethod.Put, url, JsonSerializer.SerializeToUtf8Bytes(body), "application/json");

    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();
}
