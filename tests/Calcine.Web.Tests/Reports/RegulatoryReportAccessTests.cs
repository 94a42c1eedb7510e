using System.Net;
using Calcine.Web.Tests.Platform;
using static Calcine.Web.Tests.Reports.RegulatoryReportCalls;

namespace Calcine.Web.Tests.Reports;

/// <summary>Every report page and file, called by every demo role on every demo plant: a readable
/// plant answers, any other (another company's, outside a regulator's jurisdiction) is 404 with no
/// figures; hostile years, ids and formats answer 404; no sign-in, no data.</summary>
public abstract class RegulatoryReportAccessTests(DemoPlatformFixture fixture)
{
    private const int Year = 2024;

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

    [Theory]
    [MemberData(nameof(RolesPlantsEndpoints))]
    public async Task ReportEndpoint_EachRoleEachPlant_AnswersOnlyWhatThePolicyAllows(string role, string plant, string endpointName)
    {
        var endpoint = Endpoints.Single(e => e.Name == endpointName);
        using var client = await fixture.SignedInAsync(role);

        using var response = await client.GetAsync(Url(fixture.PlantIds[plant], Year, endpoint));
        var body = await response.Content.ReadAsStringAsync();

        if (DemoTenancy.Roles[role].VisiblePlants.Contains(plant))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(body.Length > 0);
        }
        else
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain("2523 10 00", body, StringComparison.Ordinal);
            Assert.DoesNotContain(plant, body, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("company-admin", "LS-01", HttpStatusCode.NotFound)]
    [InlineData("regulator", "NR-02", HttpStatusCode.NotFound)]
    [InlineData("viewer", "NR-01", HttpStatusCode.NotFound)]
    [InlineData("plant-editor", "NR-02", HttpStatusCode.NotFound)]
    [InlineData("verifier", "EP-01", HttpStatusCode.NotFound)]
    [InlineData("regulator", "LS-01", HttpStatusCode.OK)]
    public async Task PdfEndpoints_RoleAndPlant_AnswerLikeTheOtherFormats(string role, string plant, HttpStatusCode expected)
    {
        using var client = await PrintingClientAsync(fixture, role);

        foreach (var endpoint in PdfEndpoints)
        {
            using var response = await client.GetAsync(new Uri(Url(fixture.PlantIds[plant], Year, endpoint), UriKind.Relative));
            Assert.Equal(expected, response.StatusCode);
        }
    }

    [Theory]
    [InlineData("api/plants/{0}/years/1989/cbam.json")]
    [InlineData("api/plants/{0}/years/2101/cbam.xlsx")]
    [InlineData("api/plants/{0}/years/-5/china-ets.xlsx")]
    [InlineData("api/plants/{0}/years/99999999999/cbam.json")]
    [InlineData("api/plants/{0}/years/1900/cbam.pdf")]
    [InlineData("api/plants/{0}/years/2024/cbam.csv")]
    [InlineData("api/plants/{0}/years/2024/china-ets.json")]
    [InlineData("api/plants/{0}/years/2024abc/cbam.json")]
    [InlineData("api/plants/abc/years/2024/cbam.json")]
    [InlineData("api/plants/0/years/2024/cbam.json")]
    [InlineData("api/plants/2147483647/years/2024/china-ets.xlsx")]
    [InlineData("api/plants/-1/years/2024/cbam.xlsx")]
    [InlineData("plants/{0}/years/1989/cbam")]
    [InlineData("plants/{0}/years/3000/china-ets")]
    [InlineData("plants/2147483647/years/2024/cbam")]
    public async Task ReportEndpoint_HostileIdsYearsAndFormats_Answers404WithoutData(string pattern)
    {
        using var admin = await fixture.SignedInAsync("platform-admin");

        using var response = await admin.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, fixture.PlantIds["NR-01"]));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("2523 10 00", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cbam.json")]
    [InlineData("cbam.xlsx")]
    [InlineData("cbam.pdf")]
    [InlineData("china-ets.xlsx")]
    [InlineData("china-ets.pdf")]
    public async Task Unauthenticated_ReportFile_Answers401WithoutData(string file)
    {
        using var client = fixture.Client();

        using var response = await client.GetAsync($"api/plants/{fixture.PlantIds["NR-01"]}/years/{Year}/{file}");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("2523", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cbam")]
    [InlineData("china-ets")]
    public async Task Unauthenticated_ReportPage_IsNotShown(string page)
    {
        using var client = fixture.Client();

        using var response = await client.GetAsync($"plants/{fixture.PlantIds["NR-01"]}/years/{Year}/{page}");
        var body = await response.Content.ReadAsStringAsync();

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("2523", body, StringComparison.Ordinal);
    }
}

/// <summary>RegulatoryReportAccessTests on SQLite.</summary>
public sealed class RegulatoryReportAccessTestsOnSqlite(DemoPlatformFixture fixture) : RegulatoryReportAccessTests(fixture), IClassFixture<DemoPlatformFixture>;

/// <summary>RegulatoryReportAccessTests on PostgreSQL.</summary>
public sealed class RegulatoryReportAccessTestsOnPostgres(PostgresDemoPlatformFixture fixture) : RegulatoryReportAccessTests(fixture), IClassFixture<PostgresDemoPlatformFixture>;
