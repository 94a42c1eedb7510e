using System.Net;
using System.Text.Json;

namespace Calcine.Web.Tests.Platform;

/// <summary>The benchmark's three faces (JSON, CSV, page) as the tests call them, and who may see
/// what in the demo tenancy — written out by hand, not read from the policy.</summary>
public static class BenchmarkEndpoints
{
    public static readonly string[] Faces = ["json", "csv", "page"];

    /// <summary>Roles that see the distribution; the verifier and the regulator are refused (403).</summary>
    public static readonly string[] Allowed = ["platform-admin", "association-analyst", "company-admin", "plant-editor", "viewer"];

    /// <summary>The plants and companies whose position each role is shown: its own, never others'.</summary>
    public static readonly Dictionary<string, (string[] Plants, string[] Companies)> Own = new()
    {
        ["platform-admin"] = ([], []),
        ["association-analyst"] = ([], []),
        ["company-admin"] = (["NR-01", "NR-02"], ["Northridge Cement"]),
        // A plant grant places the plant, not the company (whose figure mixes in NR-02).
        ["plant-editor"] = (["NR-01"], []),
        // Lakeshore's company is never placed: the others' company-level mean would differ from their
        // plant-level mean by a figure between Northridge's two plants, so the disclosure rule withholds it.
        ["viewer"] = (["LS-01"], []),
    };

    public static string Path(string face, string query = "") => face switch
    {
        "json" => $"api/benchmarks{Query(query)}",
        "csv" => $"api/benchmarks.csv{Query(query)}",
        _ => $"benchmarks{Query(query)}",
    };

    private static string Query(string query) => query.Length == 0 ? "" : "?" + query;

    public static async Task<(HttpStatusCode Status, string Body)> GetAsync(PlatformClient client, string face, string query = "")
    {
        using var response = await client.GetAsync(Path(face, query));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The JSON year entry of one KPI.</summary>
    public static JsonElement Year(JsonElement report, string kpi, int year) =>
        report.GetProperty("kpis").EnumerateArray().Single(k => k.GetProperty("kpi").GetString() == kpi)
            .GetProperty("years").EnumerateArray().Single(y => y.GetProperty("year").GetInt32() == year);

    /// <summary>A plant's annual KPIs as the inventory API gives them (read as the platform admin).</summary>
    public static async Task<JsonElement> PlantKpisAsync(PlatformClient admin, int plantId, int year) =>
        (await admin.GetJsonAsync($"api/plants/{plantId}/years/{year}/inventory")).GetProperty("annual").GetProperty("kpi");

    /// <summary>A value as the page writes it (the display policy of Components/Shared/Figures.cs, restated here).</summary>
    public static string Rounded(decimal value)
    {
        var c = System.Globalization.CultureInfo.InvariantCulture;
        return Math.Abs(value) >= 1000 ? value.ToString("#,0", c)
            : Math.Abs(value) >= 1 ? value.ToString("#,0.###", c)
            : value.ToString("0.######", c);
    }

    /// <summary>Every number in a JSON or CSV body, so a leak is found whatever precision it is written with.</summary>
    public static List<decimal> Numbers(string body, string face)
    {
        var numbers = new List<decimal>();
        if (face == "csv")
        {
            foreach (var cell in body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).SelectMany(r => r.Split(',')))
            {
                if (decimal.TryParse(cell, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var n))
                {
                    numbers.Add(n);
                }
            }

            return numbers;
        }

        Collect(JsonDocument.Parse(body).RootElement, numbers);
        return numbers;
    }

    private static void Collect(JsonElement e, List<decimal> numbers)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Number:
                numbers.Add(e.GetDecimal());
                break;
            case JsonValueKind.Object:
                foreach (var p in e.EnumerateObject())
                {
                    Collect(p.Value, numbers);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in e.EnumerateArray())
                {
                    Collect(item, numbers);
                }

                break;
        }
    }
}
