using System.Net;

namespace Calcine.Web.Tests.Platform;

/// <summary>Every workflow endpoint, called by every demo role on every demo plant: allowed callers
/// reach the workflow (which refuses the step with 409, or answers the read), the rest get 403
/// (visible) or 404 (another tenant's), never data.</summary>
public abstract class WorkflowAccessMatrixTests(DemoPlatformFixture fixture)
{
    public static TheoryData<string, string, string> RolesPlantsEndpoints()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var role in DemoTenancy.Roles.Keys)
        {
            foreach (var plant in DemoTenancy.Plants)
            {
                foreach (var endpoint in WorkflowEndpoints.All)
                {
                    data.Add(role, plant, endpoint.Name);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RolesPlantsEndpoints))]
    public async Task WorkflowEndpoint_EachRoleEachPlant_AnswersOnlyWhatThePolicyAllows(string role, string plant, string endpointName)
    {
        var endpoint = WorkflowEndpoints.All.Single(e => e.Name == endpointName);
        using var client = await fixture.SignedInAsync(role);

        using var response = await WorkflowEndpoints.CallAsync(client, fixture.PlantIds[plant], endpoint);
        var body = await response.Content.ReadAsStringAsync();

        var access = DemoTenancy.Roles[role];
        var rights = WorkflowEndpoints.Rights[role];
        var allowed = endpoint.Action switch
        {
            "read" => true,
            "edit" => access.EditablePlants.Contains(plant),
            "verify" => rights.Verify2023.Contains(plant),
            _ => rights.Administer.Contains(plant),
        };
        if (!access.VisiblePlants.Contains(plant))
        {
            DataEndpoints.AssertHidden(response, body);
            Assert.DoesNotContain("yearStatus", body, StringComparison.Ordinal);
        }
        else if (!allowed)
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.DoesNotContain("yearStatus", body, StringComparison.Ordinal);
        }
        else if (endpoint.Name == "version-get")
        {
            // The locked demo year was never signed on the platform: no version 1.
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Contains("signed version", body, StringComparison.Ordinal);
        }
        else if (endpoint.Method == "GET")
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.NotEqual("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        else
        {
            // Reached the workflow, which refuses the step from this year's status and names it.
            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
            Assert.Contains(endpoint.Name == "reopen" ? "\"yearStatus\":\"draft\"" : "\"yearStatus\":\"locked\"", body, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("GET", "status")]
    [InlineData("GET", "findings")]
    [InlineData("GET", "versions")]
    [InlineData("GET", "versions/1")]
    [InlineData("POST", "submit")]
    [InlineData("POST", "withdraw")]
    [InlineData("POST", "start-verification")]
    [InlineData("POST", "return")]
    [InlineData("POST", "sign-off")]
    [InlineData("POST", "reopen")]
    [InlineData("POST", "findings")]
    [InlineData("POST", "findings/1/answer")]
    [InlineData("POST", "findings/1/close")]
    public async Task Unauthenticated_EveryWorkflowEndpoint_Answers401(string method, string path)
    {
        using var client = fixture.Client();

        using var response = await client.SendAsync(new HttpMethod(method), $"api/plants/{fixture.PlantIds["NR-01"]}/years/2024/{path}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}

/// <summary>WorkflowAccessMatrixTests on the embedded default, SQLite.</summary>
public sealed class WorkflowAccessMatrixTestsOnSqlite(DemoPlatformFixture fixture) : WorkflowAccessMatrixTests(fixture), IClassFixture<DemoPlatformFixture>;

/// <summary>WorkflowAccessMatrixTests on PostgreSQL.</summary>
public sealed class WorkflowAccessMatrixTestsOnPostgres(PostgresDemoPlatformFixture fixture) : WorkflowAccessMatrixTests(fixture), IClassFixture<PostgresDemoPlatformFixture>;
