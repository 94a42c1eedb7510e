using System.Globalization;
using System.Net;
using Calcine.Web.Tests.Platform;

namespace Calcine.Web.Tests.StackReports;

/// <summary>Every stack report page and file, called by every demo role on every demo plant's stack:
/// the stack's plant decides (404 for other tenants', the same as a missing stack), and hostile
/// query values are refused naming the field.</summary>
public abstract class StackReportsAccessTests(StackReportsFixture fixture)
{
    /// <summary>Pages and the CSV and Excel files. The PDF is printed by a browser, so its allowed
    /// cases are left to <see cref="StackReportsTests"/>; its refusals are below.</summary>
    public static readonly (string Name, string Path, bool Page)[] Endpoints =
    [
        ("exceedances page", "stacks/{0}/reports/exceedances?from=2025-03-10&to=2025-03-10", true),
        ("compliance page", "stacks/{0}/reports/compliance?month=2025-03", true),
        ("exceedances.csv", "api/stacks/{0}/reports/exceedances.csv?from=2025-03-10&to=2025-03-10", false),
        ("exceedances.xlsx", "api/stacks/{0}/reports/exceedances.xlsx?from=2025-03-10&to=2025-03-10", false),
        ("compliance.csv", "api/stacks/{0}/reports/compliance.csv?month=2025-03", false),
        ("compliance.xlsx", "api/stacks/{0}/reports/compliance.xlsx?month=2025-03", false),
    ];

    public static TheoryData<string, string> RolesPlants()
    {
        var data = new TheoryData<string, string>();
        foreach (var role in DemoTenancy.Roles.Keys)
        {
            foreach (var plant in DemoTenancy.Plants)
            {
                data.Add(role, plant);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RolesPlants))]
    public async Task Reports_EachRoleEachPlant_ReadableExactlyWhereThePlantIsVisible(string role, string plant)
    {
        using var client = await fixture.SignedInAsync(role);
        var visible = DemoTenancy.Roles[role].VisiblePlants.Contains(plant);

        foreach (var (name, path, page) in Endpoints)
        {
            using var response = await client.GetAsync(string.Format(CultureInfo.InvariantCulture, path, fixture.StackIds[plant]));
            var body = await response.Content.ReadAsStringAsync();

            if (visible)
            {
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{name}: {(int)response.StatusCode}");
                if (page || name.EndsWith(".csv", StringComparison.Ordinal))
                {
                    Assert.Contains("cn-ule-2024-kiln", body, StringComparison.Ordinal);
                }
                else
                {
                    Assert.Equal("PK", body[..2]);
                }
            }
            else
            {
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{name}: {(int)response.StatusCode}");
                Assert.DoesNotContain("cn-ule-2024-kiln", body, StringComparison.Ordinal);
                Assert.DoesNotContain(plant, body, StringComparison.Ordinal);
            }
        }
    }

    /// <summary>The rows of <see cref="RolesPlants"/> where the role sees the plant (true) or not (false).</summary>
    public static TheoryData<string, string> RolesPlantsWhere(bool visible)
    {
        var data = new TheoryData<string, string>();
        foreach (var (role, plant) in RolesPlants().Select(row => ((string)row[0], (string)row[1])))
        {
            if (DemoTenancy.Roles[role].VisiblePlants.Contains(plant) == visible)
            {
                data.Add(role, plant);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RolesPlantsWhere), false)]
    public async Task Pdf_PlantNotVisible_IsNotFoundBeforeAnythingIsPrinted(string role, string plant)
    {
        using var client = await fixture.SignedInAsync(role);
        foreach (var path in new[] { "exceedances.pdf?from=2025-03-10&to=2025-03-10", "compliance.pdf?month=2025-03" })
        {
            using var response = await client.GetAsync($"api/stacks/{fixture.StackIds[plant]}/reports/{path}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    /// <summary>Allowed prints are checked once, in StackReportsTests; here each allowed role and plant
    /// gets past the access check to the query's (a refused query prints nothing).</summary>
    [Theory]
    [MemberData(nameof(RolesPlantsWhere), true)]
    public async Task Pdf_PlantVisible_PassesAccessAndReachesTheQueryCheck(string role, string plant)
    {
        using var client = await fixture.SignedInAsync(role);
        foreach (var (path, field) in new[] { ("exceedances.pdf?from=2025-03-10&to=2025-03-09", "to"), ("compliance.pdf?month=2025-13", "month") })
        {
            using var response = await client.GetAsync($"api/stacks/{fixture.StackIds[plant]}/reports/{path}");
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{path}: {(int)response.StatusCode}");
            Assert.True(System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("errors").TryGetProperty(field, out _), body);
        }
    }

    [Theory]
    [InlineData("api/stacks/{0}/reports/compliance.csv?month=2025-03")]
    [InlineData("api/stacks/{0}/reports/exceedances.pdf?from=2025-03-10&to=2025-03-10")]
    [InlineData("stacks/{0}/reports/compliance?month=2025-03")]
    public async Task Unauthenticated_Reports_AreNotServed(string path)
    {
        using var client = fixture.Demo.Client();

        using var response = await client.GetAsync(string.Format(CultureInfo.InvariantCulture, path, fixture.StackIds["NR-01"]));

        Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Redirect, $"{(int)response.StatusCode}");
        Assert.DoesNotContain("cn-ule-2024-kiln", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("api/stacks/999999/reports/compliance.csv?month=2025-03")]
    [InlineData("api/stacks/0/reports/exceedances.xlsx?from=2025-03-10&to=2025-03-10")]
    [InlineData("api/stacks/999999/reports/exceedances.pdf?from=2025-03-10&to=2025-03-10")]
    [InlineData("stacks/999999/reports/compliance?month=2025-03")]
    [InlineData("api/stacks/{0}/reports/compliance.docx?month=2025-03")]
    [InlineData("api/stacks/{0}/reports/compliance.csv.exe?month=2025-03")]
    public async Task Admin_StackOrFormatThatDoesNotExist_IsNotFound(string path)
    {
        using var client = await fixture.SignedInAsync("platform-admin");

        using var response = await client.GetAsync(string.Format(CultureInfo.InvariantCulture, path, fixture.StackIds["NR-01"]));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("compliance.csv", "month", "")]
    [InlineData("compliance.xlsx", "month", "month=2025-13")]
    [InlineData("compliance.pdf", "month", "month=March")]
    [InlineData("compliance.csv", "month", "month=2025-03-01")]
    [InlineData("compliance.csv", "month", "month=1999-12")]
    [InlineData("compliance.xlsx", "month", "month=%3D1%2B1")]
    [InlineData("exceedances.csv", "from", "to=2025-03-10")]
    [InlineData("exceedances.xlsx", "from", "from=2025-02-30&to=2025-03-10")]
    [InlineData("exceedances.pdf", "to", "from=2025-03-10&to=2025-03-09")]
    [InlineData("exceedances.csv", "to", "from=2024-01-01&to=2025-03-10")]
    [InlineData("exceedances.csv", "to", "from=2000-01-01&to=2100-12-31")]
    [InlineData("exceedances.xlsx", "from", "from=%3Cscript%3E&to=2025-03-10")]
    public async Task Files_HostileQuery_IsAProblemNamingTheField(string file, string field, string query)
    {
        using var client = await fixture.SignedInAsync("company-admin");

        using var response = await client.GetAsync($"api/stacks/{fixture.StackIds["NR-01"]}/reports/{file}?{query}");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("errors").TryGetProperty(field, out _), body);
        Assert.DoesNotContain("<script>", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("compliance", "month", "month=2025-13")]
    [InlineData("compliance", "month", "")]
    [InlineData("exceedances", "to", "from=2025-03-10&to=2025-03-09")]
    [InlineData("exceedances", "to", "from=2023-01-01&to=2025-03-10")]
    [InlineData("exceedances", "from", "from=%3Cscript%3Ealert(1)%3C/script%3E&to=2025-03-10")]
    public async Task Pages_HostileQuery_Answer400NamingTheField(string report, string field, string query)
    {
        using var client = await fixture.SignedInAsync("viewer");

        using var response = await client.GetAsync($"stacks/{fixture.StackIds["LS-01"]}/reports/{report}?{query}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"data-field=\"{field}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlantEditorOfAnotherCompany_OtherTenantsStack_IsNotFoundWhateverTheQuery()
    {
        using var client = await fixture.SignedInAsync("plant-editor");
        var other = fixture.StackIds["LS-01"];

        foreach (var path in new[] { $"api/stacks/{other}/reports/compliance.csv?month=garbage", $"stacks/{other}/reports/exceedances?from=x&to=y", $"api/stacks/{other}/reports/exceedances.pdf" })
        {
            using var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path}: {(int)response.StatusCode}");
        }
    }
}

[Collection(StackReportsOnSqlite.Name)]
public sealed class StackReportsAccessTestsOnSqlite(StackReportsFixture fixture) : StackReportsAccessTests(fixture);

[Collection(StackReportsOnPostgres.Name)]
public sealed class StackReportsAccessTestsOnPostgres(PostgresStackReportsFixture fixture) : StackReportsAccessTests(fixture);
