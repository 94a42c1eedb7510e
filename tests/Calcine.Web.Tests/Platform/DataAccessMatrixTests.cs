using System.Net;

namespace Calcine.Web.Tests.Platform;

/// <summary>Every data endpoint, called by every demo role on every demo plant: visible plants
/// answer, editable ones accept edits, the rest answer 403 (visible) or 404 (another tenant's) with no data.</summary>
public abstract class DataAccessMatrixTests(DemoPlatformFixture fixture)
{
    public static TheoryData<string, string, string> RolesPlantsEndpoints()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var role in DemoTenancy.Roles.Keys)
        {
            foreach (var plant in DemoTenancy.Plants)
            {
                foreach (var endpoint in DataEndpoints.All)
                {
                    data.Add(role, plant, endpoint.Name);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RolesPlantsEndpoints))]
    public async Task DataEndpoint_EachRoleEachPlant_AnswersOnlyWhatThePolicyAllows(string role, string plant, string endpointName)
    {
        var endpoint = DataEndpoints.All.Single(e => e.Name == endpointName);
        using var client = await fixture.SignedInAsync(role);

        using var response = await DataEndpoints.CallAsync(client, fixture.PlantIds[plant], endpoint);
        var body = await response.Content.ReadAsStringAsync();

        var access = DemoTenancy.Roles[role];
        if (!access.VisiblePlants.Contains(plant))
        {
            DataEndpoints.AssertHidden(response, body);
        }
        else if (endpoint.Edits && !access.EditablePlants.Contains(plant))
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.DoesNotContain("clinker", body, StringComparison.OrdinalIgnoreCase);
        }
        else if (endpoint.Edits)
        {
            // Allowed to edit: the deliberately invalid body is refused by validation, not by access.
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("errors", body, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.NotEmpty(body);
            Assert.NotEqual("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Theory]
    [InlineData("GET", "api/plants/1/years/2025/months/1")]
    [InlineData("PUT", "api/plants/1/years/2025/months/1")]
    [InlineData("GET", "api/plants/1/years/2025/months.csv")]
    [InlineData("GET", "api/plants/1/years/2025/document")]
    [InlineData("PUT", "api/plants/1/years/2025/document?version=1")]
    [InlineData("GET", "api/plants/1/years/2025/inventory")]
    [InlineData("GET", "api/plants/1/years/2025/workbook")]
    [InlineData("PUT", "api/plants/1/years/2025/workbook?version=1")]
    public async Task Unauthenticated_EveryDataEndpoint_Answers401WithoutData(string method, string path)
    {
        using var client = fixture.Client();

        using var response = await client.SendAsync(new HttpMethod(method), path, method == "PUT" ? new { version = 0 } : null);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("clinker", body, StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>DataAccessMatrixTests on the embedded default, SQLite.</summary>
public sealed class DataAccessMatrixTestsOnSqlite(DemoPlatformFixture fixture) : DataAccessMatrixTests(fixture), IClassFixture<DemoPlatformFixture>;

/// <summary>DataAccessMatrixTests on PostgreSQL.</summary>
public sealed class DataAccessMatrixTestsOnPostgres(PostgresDemoPlatformFixture fixture) : DataAccessMatrixTests(fixture), IClassFixture<PostgresDemoPlatformFixture>;
