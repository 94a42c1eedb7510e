using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Calcine.Web.Tests.Platform;

/// <summary>Every platform endpoint, tried by every demo role on every demo tenant's ids.</summary>
public abstract class AccessMatrixTests(DemoPlatformFixture fixture)
{
    public static TheoryData<string> RoleNames() => [.. DemoTenancy.Roles.Keys];

    public static TheoryData<string, string> RolesAndPlants()
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

    public static TheoryData<string, string> RolesAndCompanies()
    {
        var data = new TheoryData<string, string>();
        foreach (var role in DemoTenancy.Roles.Keys)
        {
            foreach (var company in DemoTenancy.Companies)
            {
                data.Add(role, company);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RoleNames))]
    public async Task Login_EachDemoRole_SessionCarriesThatRole(string role)
    {
        using var client = await fixture.SignedInAsync(role);

        var me = await client.GetJsonAsync("api/account/me");

        Assert.Equal(DemoTenancy.Roles[role].Email, me.GetProperty("email").GetString());
        Assert.Equal(role, Assert.Single(me.GetProperty("roles").EnumerateArray()).GetProperty("role").GetString());
    }

    [Theory]
    [MemberData(nameof(RoleNames))]
    public async Task PlantList_EachRole_ListsExactlyTheVisiblePlants(string role)
    {
        using var client = await fixture.SignedInAsync(role);

        var codes = DemoPlatformFixture.Codes(await client.GetJsonAsync("api/plants"), "code");

        Assert.Equal(DemoTenancy.Roles[role].VisiblePlants.Order(StringComparer.Ordinal), codes);
    }

    [Theory]
    [MemberData(nameof(RoleNames))]
    public async Task CompanyList_EachRole_ListsExactlyTheVisibleCompanies(string role)
    {
        using var client = await fixture.SignedInAsync(role);

        var names = DemoPlatformFixture.Codes(await client.GetJsonAsync("api/companies"), "name");

        Assert.Equal(DemoTenancy.Roles[role].VisibleCompanies.Order(StringComparer.Ordinal), names);
    }

    [Theory]
    [MemberData(nameof(RolesAndPlants))]
    public async Task PlantGet_EachRoleEachPlant_ShowsOnlyVisiblePlants(string role, string plant)
    {
        using var client = await fixture.SignedInAsync(role);

        using var response = await client.GetAsync($"api/plants/{fixture.PlantIds[plant]}");
        var body = await response.Content.ReadAsStringAsync();

        if (DemoTenancy.Roles[role].VisiblePlants.Contains(plant))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(plant, body, StringComparison.Ordinal);
        }
        else
        {
            AssertHidden(response, body, plant);
        }
    }

    [Theory]
    [MemberData(nameof(RolesAndPlants))]
    public async Task PlantPut_EachRoleEachPlant_OnlyEditorsOfThePlantSucceed(string role, string plant)
    {
        var id = fixture.PlantIds[plant];
        using var admin = await fixture.SignedInAsync("platform-admin");
        var current = await admin.GetJsonAsync($"api/plants/{id}");
        using var client = await fixture.SignedInAsync(role);
        // A real change (an unchanged PUT writes nothing and keeps the version): toggle a marker.
        var stored = current.GetProperty("name").GetString()!;
        var name = stored.EndsWith(" *", StringComparison.Ordinal) ? stored[..^2] : stored + " *";

        using var response = await client.SendAsync(HttpMethod.Put, $"api/plants/{id}", new { name, version = current.GetProperty("version").GetInt32() });
        var body = await response.Content.ReadAsStringAsync();

        var access = DemoTenancy.Roles[role];
        if (access.EditablePlants.Contains(plant))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(current.GetProperty("version").GetInt32() + 1, JsonDocument.Parse(body).RootElement.GetProperty("version").GetInt32());
        }
        else if (access.VisiblePlants.Contains(plant))
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(current.GetProperty("version").GetInt32(), (await admin.GetJsonAsync($"api/plants/{id}")).GetProperty("version").GetInt32());
        }
        else
        {
            AssertHidden(response, body, plant);
            Assert.Equal(current.GetProperty("version").GetInt32(), (await admin.GetJsonAsync($"api/plants/{id}")).GetProperty("version").GetInt32());
        }
    }

    [Theory]
    [MemberData(nameof(RolesAndCompanies))]
    public async Task CompanyGet_EachRoleEachCompany_ShowsOnlyVisibleCompaniesAndTheirVisiblePlants(string role, string company)
    {
        using var client = await fixture.SignedInAsync(role);

        using var response = await client.GetAsync($"api/companies/{fixture.CompanyIds[company]}");
        var body = await response.Content.ReadAsStringAsync();

        var access = DemoTenancy.Roles[role];
        if (access.VisibleCompanies.Contains(company))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var plants = DemoPlatformFixture.Codes(JsonDocument.Parse(body).RootElement.GetProperty("plants"), "code");
            Assert.All(plants, p => Assert.Contains(p, access.VisiblePlants));
            Assert.NotEmpty(plants);
        }
        else
        {
            AssertHidden(response, body, company);
        }
    }

    [Theory]
    [InlineData("GET", "api/plants")]
    [InlineData("GET", "api/plants/1")]
    [InlineData("PUT", "api/plants/1")]
    [InlineData("GET", "api/companies")]
    [InlineData("GET", "api/companies/1")]
    [InlineData("GET", "api/account/me")]
    [InlineData("POST", "api/account/logout")]
    public async Task Unauthenticated_EveryPlatformEndpoint_Answers401ProblemWithoutData(string method, string path)
    {
        using var client = fixture.Client();

        using var response = await client.SendAsync(new HttpMethod(method), path, method == "PUT" ? new { name = "x", version = 1 } : null);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("NR-01", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("viewer@calcine.demo", "wrong-password-entirely")]
    [InlineData("nobody@calcine.demo", DemoTenancy.Password)]
    public async Task Login_WrongPasswordOrUnknownUser_Answers401WithTheSameProblem(string email, string password)
    {
        using var client = fixture.Client();

        using var response = await client.LoginAsync(email, password);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Sign-in failed", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Responses_Always_CarrySecurityHeaders()
    {
        using var client = fixture.Client();

        using var response = await client.GetAsync("health");

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task LoginCookie_Always_IsHttpOnlyAndSameSiteStrict()
    {
        using var client = fixture.Client();

        using var response = await client.LoginAsync("viewer@calcine.demo", DemoTenancy.Password);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("calcine.session=", StringComparison.Ordinal));

        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task PlantPut_InvalidKilnProcessType_Answers400AndChangesNothing()
    {
        var id = fixture.PlantIds["NR-02"];
        using var editor = await fixture.SignedInAsync("company-admin");
        var before = await editor.GetJsonAsync($"api/plants/{id}");

        using var response = await editor.SendAsync(HttpMethod.Put, $"api/plants/{id}",
            new { version = before.GetProperty("version").GetInt32(), kilns = new[] { new { name = "Kiln 9", processType = "rotary-magic" } } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var after = await editor.GetJsonAsync($"api/plants/{id}");
        Assert.Equal(before.GetProperty("kilns").GetRawText(), after.GetProperty("kilns").GetRawText());
    }

    /// <summary>Another tenant's resource: 404 with a ProblemDetails that names nothing of it.</summary>
    private static void AssertHidden(HttpResponseMessage response, string body, string name)
    {
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain(name, body, StringComparison.Ordinal);
    }
}

/// <summary>AccessMatrixTests on the embedded default, SQLite.</summary>
public sealed class AccessMatrixTestsOnSqlite(DemoPlatformFixture fixture) : AccessMatrixTests(fixture), IClassFixture<DemoPlatformFixture>;

/// <summary>AccessMatrixTests on PostgreSQL.</summary>
public sealed class AccessMatrixTestsOnPostgres(PostgresDemoPlatformFixture fixture) : AccessMatrixTests(fixture), IClassFixture<PostgresDemoPlatformFixture>;
