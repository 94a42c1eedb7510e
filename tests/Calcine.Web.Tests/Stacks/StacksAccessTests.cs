using System.Net;
using System.Text.Json;
using Calcine.Web.Tests.Platform;

namespace Calcine.Web.Tests.Stacks;

/// <summary>Every stack endpoint, called by every demo role on every demo plant's stack: the policy
/// of the stack's plant decides (404 for other tenants' stacks, 403 for read-only roles' edits).</summary>
public class StacksAccessTests(StacksFixture fixture) : IClassFixture<StacksFixture>
{
    private static readonly string So2Start = StacksFixture.So2EventStartUtc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    public static readonly (string Name, string Method, string Path, bool Edits)[] Endpoints =
    [
        ("compliance", "GET", "api/stacks/{0}/compliance?month=2025-03", false),
        ("exceedances", "GET", "api/stacks/{0}/exceedances?from=2025-03-10&to=2025-03-10", false),
        ("quality", "GET", "api/stacks/{0}/quality?from=2025-03-10&to=2025-03-10", false),
        ("explain", "PUT", "api/stacks/{0}/exceedances/so2/" + So2Start + "/explanation", true),
    ];

    public static TheoryData<string, string, string> RolesPlantsEndpoints()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var role in DemoTenancy.Roles.Keys)
        {
            foreach (var plant in DemoTenancy.Plants)
            {
                foreach (var endpoint in Endpoints)
                {
                    data.Add(role, plant, endpoint.Name);
                }
            }
        }

        return data;
    }

    public static TheoryData<string> Roles() => [.. DemoTenancy.Roles.Keys];

    [Theory]
    [MemberData(nameof(RolesPlantsEndpoints))]
    public async Task StackEndpoint_EachRoleEachPlant_AnswersOnlyWhatThePolicyAllows(string role, string plant, string endpointName)
    {
        var endpoint = Endpoints.Single(e => e.Name == endpointName);
        using var client = await fixture.Demo.SignedInAsync(role);

        using var response = await client.SendAsync(new HttpMethod(endpoint.Method), string.Format(System.Globalization.CultureInfo.InvariantCulture, endpoint.Path, fixture.StackIds[plant]),
            endpoint.Edits ? new { text = $"Bag filter bypass during start-up ({role})" } : null);
        var body = await response.Content.ReadAsStringAsync();

        var access = DemoTenancy.Roles[role];
        if (!access.VisiblePlants.Contains(plant))
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain("so2", body, StringComparison.Ordinal);
        }
        else if (endpoint.Edits && !access.EditablePlants.Contains(plant))
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.DoesNotContain("Bag filter", body, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task List_EachRole_ShowsTheStacksOfItsVisiblePlantsOnly(string role)
    {
        using var client = await fixture.Demo.SignedInAsync(role);

        var list = await client.GetJsonAsync("api/stacks");

        Assert.Equal(DemoTenancy.Roles[role].VisiblePlants.Order(StringComparer.Ordinal), DemoPlatformFixture.Codes(list, "plantCode"));
    }

    [Fact]
    public async Task Regulator_StacksOutsideItsJurisdiction_AreNotFound()
    {
        using var client = await fixture.Demo.SignedInAsync("regulator");

        foreach (var plant in new[] { "NR-02", "RV-01", "EP-01" })
        {
            using var response = await client.GetAsync($"api/stacks/{fixture.StackIds[plant]}/exceedances?from=2025-03-10&to=2025-03-10");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        var visible = await client.GetJsonAsync($"api/stacks/{fixture.StackIds["LS-01"]}/exceedances?from=2025-03-10&to=2025-03-10");
        Assert.NotEmpty(visible.GetProperty("events").EnumerateArray());
    }

    [Theory]
    [InlineData("GET", "api/stacks/999999/compliance?month=2025-03")]
    [InlineData("GET", "api/stacks/0/quality?from=2025-03-10&to=2025-03-10")]
    [InlineData("PUT", "api/stacks/999999/exceedances/so2/2025-03-10T02:00:00Z/explanation")]
    public async Task Admin_StackThatDoesNotExist_IsNotFound(string method, string path)
    {
        using var client = await fixture.Demo.SignedInAsync("platform-admin");

        using var response = await client.SendAsync(new HttpMethod(method), path, method == "PUT" ? new { text = "x" } : null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("GET", "api/stacks")]
    [InlineData("GET", "api/stacks/1/compliance?month=2025-03")]
    [InlineData("PUT", "api/stacks/1/exceedances/so2/2025-03-10T02:00:00Z/explanation")]
    public async Task Unauthenticated_StackEndpoints_Answer401(string method, string path)
    {
        using var client = fixture.Demo.Client();

        using var response = await client.SendAsync(new HttpMethod(method), path, method == "PUT" ? new { text = "x" } : null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    internal static JsonElement Errors(string body) => JsonDocument.Parse(body).RootElement.GetProperty("errors");
}
