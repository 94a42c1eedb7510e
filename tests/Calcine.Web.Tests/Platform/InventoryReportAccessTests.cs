using System.Net;
using System.Text;

namespace Calcine.Web.Tests.Platform;

/// <summary>Every report page and file, called by every demo role on every demo plant and company:
/// what the role may read answers (the statement of a never-signed year with 409), the rest 404
/// exactly like a missing id, never data.</summary>
public abstract class InventoryReportAccessTests(DemoPlatformFixture fixture)
{
    /// <summary>Name, path under the plant or company, and what a reader gets: 200, or 409 for the statement (2023 was never signed).</summary>
    private static readonly (string Name, string Path, HttpStatusCode Allowed)[] PlantEndpoints =
    [
        ("page", "plants/{id}/years/2024/report", HttpStatusCode.OK),
        ("csv", "api/plants/{id}/years/2024/report.csv", HttpStatusCode.OK),
        ("xlsx", "api/plants/{id}/years/2024/report.xlsx", HttpStatusCode.OK),
        ("json", "api/plants/{id}/years/2024/report.json", HttpStatusCode.OK),
        ("statement-page", "plants/{id}/years/2023/verification-statement", HttpStatusCode.Conflict),
        ("statement-pdf", "api/plants/{id}/years/2023/verification-statement.pdf", HttpStatusCode.Conflict),
    ];

    private static readonly (string Name, string Path, HttpStatusCode Allowed)[] CompanyEndpoints =
    [
        ("page", "companies/{id}/years/2024/report", HttpStatusCode.OK),
        ("csv", "api/companies/{id}/years/2024/report.csv", HttpStatusCode.OK),
        ("xlsx", "api/companies/{id}/years/2024/report.xlsx", HttpStatusCode.OK),
        ("json", "api/companies/{id}/years/2024/report.json", HttpStatusCode.OK),
    ];

    public static TheoryData<string, string, string> RolesPlantsEndpoints()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var role in DemoTenancy.Roles.Keys)
        {
            foreach (var plant in DemoTenancy.Plants)
            {
                foreach (var e in PlantEndpoints)
                {
                    data.Add(role, plant, e.Name);
                }
            }
        }

        return data;
    }

    public static TheoryData<string, string, string> RolesCompaniesEndpoints()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var role in DemoTenancy.Roles.Keys)
        {
            foreach (var company in DemoTenancy.Companies)
            {
                foreach (var e in CompanyEndpoints)
                {
                    data.Add(role, company, e.Name);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RolesPlantsEndpoints))]
    public async Task PlantReport_EachRoleEachPlant_AnswersOnlyWhatThePolicyAllows(string role, string plant, string endpoint)
    {
        var e = PlantEndpoints.Single(x => x.Name == endpoint);
        using var client = await fixture.SignedInAsync(role);

        using var response = await client.GetAsync(e.Path.Replace("{id}", $"{fixture.PlantIds[plant]}", StringComparison.Ordinal));

        await AssertAnswerAsync(response, DemoTenancy.Roles[role].VisiblePlants.Contains(plant), e.Allowed, plant);
    }

    [Theory]
    [MemberData(nameof(RolesCompaniesEndpoints))]
    public async Task CompanyReport_EachRoleEachCompany_AnswersOnlyWhatThePolicyAllows(string role, string company, string endpoint)
    {
        var e = CompanyEndpoints.Single(x => x.Name == endpoint);
        using var client = await fixture.SignedInAsync(role);

        using var response = await client.GetAsync(e.Path.Replace("{id}", $"{fixture.CompanyIds[company]}", StringComparison.Ordinal));

        await AssertAnswerAsync(response, DemoTenancy.Roles[role].VisibleCompanies.Contains(company), e.Allowed, company);
        if (endpoint == "json" && response.StatusCode == HttpStatusCode.OK)
        {
            // Only the plants the role may see are in it.
            var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            var codes = json.GetProperty("plants").EnumerateArray().Select(p => p.GetProperty("code").GetString()!).ToList();
            Assert.NotEmpty(codes);
            Assert.All(codes, c => Assert.Contains(c, DemoTenancy.Roles[role].VisiblePlants));
        }
    }

    /// <summary>The PDF is the same endpoint as the other formats (one access filter); a reader's PDF is
    /// printed in ReportPdf_PlantAndCompany_StartWithThePdfHeader. Here: every tenant a role may not see.</summary>
    public static TheoryData<string, string> RolesHiddenTenants()
    {
        var data = new TheoryData<string, string>();
        foreach (var (role, access) in DemoTenancy.Roles)
        {
            foreach (var plant in DemoTenancy.Plants.Except(access.VisiblePlants))
            {
                data.Add(role, "plant:" + plant);
            }

            foreach (var company in DemoTenancy.Companies.Except(access.VisibleCompanies))
            {
                data.Add(role, "company:" + company);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RolesHiddenTenants))]
    public async Task ReportPdf_TenantTheRoleMayNotSee_Answers404WithoutPrinting(string role, string tenant)
    {
        using var client = await fixture.SignedInAsync(role);
        var name = tenant[(tenant.IndexOf(':', StringComparison.Ordinal) + 1)..];
        var path = tenant.StartsWith("plant:", StringComparison.Ordinal)
            ? $"api/plants/{fixture.PlantIds[name]}/years/2024/report.pdf"
            : $"api/companies/{fixture.CompanyIds[name]}/years/2024/report.pdf";

        using var response = await client.GetAsync(path);

        await AssertAnswerAsync(response, visible: false, HttpStatusCode.OK, name);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static async Task AssertAnswerAsync(HttpResponseMessage response, bool visible, HttpStatusCode allowed, string tenant)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var body = Encoding.UTF8.GetString(bytes);
        if (!visible)
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain("grossCo2", body, StringComparison.Ordinal);
            Assert.DoesNotContain(tenant, body, StringComparison.Ordinal);
            return;
        }

        Assert.True(allowed == response.StatusCode, $"{(int)response.StatusCode}: {body[..Math.Min(400, body.Length)]}");
        if (response.Content.Headers.ContentType?.MediaType == "application/pdf")
        {
            Assert.Equal("%PDF", Encoding.ASCII.GetString(bytes, 0, 4));
        }
    }

    [Theory]
    [InlineData("plants/{plant}/years/2024/report")]
    [InlineData("companies/{company}/years/2024/report")]
    [InlineData("plants/{plant}/years/2024/verification-statement")]
    public async Task ReportPage_SignedOut_RedirectsToLogin(string template)
    {
        using var client = fixture.Client();

        using var response = await client.GetAsync(Path(template));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("login", response.Headers.Location?.ToString() ?? "", StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("api/plants/{plant}/years/2024/report.json")]
    [InlineData("api/plants/{plant}/years/2024/report.pdf")]
    [InlineData("api/companies/{company}/years/2024/report.csv")]
    [InlineData("api/plants/{plant}/years/2024/verification-statement.pdf")]
    public async Task ReportFile_SignedOut_Answers401(string template)
    {
        using var client = fixture.Client();

        using var response = await client.GetAsync(Path(template));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private string Path(string template) =>
        template.Replace("{plant}", $"{fixture.PlantIds["NR-01"]}", StringComparison.Ordinal)
            .Replace("{company}", $"{fixture.CompanyIds["Northridge Cement"]}", StringComparison.Ordinal);
}

/// <summary>InventoryReportAccessTests on the embedded default, SQLite.</summary>
public sealed class InventoryReportAccessTestsOnSqlite(DemoPlatformFixture fixture) : InventoryReportAccessTests(fixture), IClassFixture<DemoPlatformFixture>;

/// <summary>InventoryReportAccessTests on PostgreSQL.</summary>
public sealed class InventoryReportAccessTestsOnPostgres(PostgresDemoPlatformFixture fixture) : InventoryReportAccessTests(fixture), IClassFixture<PostgresDemoPlatformFixture>;
