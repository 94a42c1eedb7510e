using System.Net;
using Calcine.Web.Tests.Platform;

namespace Calcine.Web.Tests.Roadmaps;

/// <summary>Who reads and changes road maps: a company's own people its own (its admin changes them),
/// the association's analyst the association's only, verifiers and regulators nothing; other
/// tenants' scenario ids answer 404 for every route.</summary>
public abstract class RoadmapAccessTests(DemoPlatformFixture fixture)
{
    /// <summary>Role → the demo companies whose road maps it reads (written out by hand).</summary>
    private static readonly Dictionary<string, string[]> Readable = new()
    {
        ["platform-admin"] = DemoTenancy.Companies,
        ["association-analyst"] = [],
        ["company-admin"] = ["Northridge Cement"],
        ["plant-editor"] = ["Northridge Cement"],
        ["verifier"] = [],
        ["regulator"] = [],
        ["viewer"] = ["Lakeshore Building Materials"],
    };

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
    [MemberData(nameof(RolesAndCompanies))]
    public async Task CompanyScenarios_EachRoleEachCompany_OnlyItsOwnPeopleReadThem(string role, string company)
    {
        using var client = await fixture.SignedInAsync(role);
        using var admin = await fixture.SignedInAsync("platform-admin");
        var ids = await RoadmapCalls.ScenarioIdsAsync(admin, fixture.CompanyIds[company]);

        var list = await client.GetAsync($"api/roadmaps/companies/{fixture.CompanyIds[company]}/scenarios");
        var detail = await client.GetAsync($"api/roadmaps/scenarios/{ids[0]}");
        var body = await detail.Content.ReadAsStringAsync();

        if (Readable[role].Contains(company))
        {
            Assert.Equal(HttpStatusCode.OK, list.StatusCode);
            Assert.Equal(HttpStatusCode.OK, detail.StatusCode);
            Assert.Contains("kilnCapacity_t", body, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains(list.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
            Assert.Equal(HttpStatusCode.NotFound, detail.StatusCode);
            Assert.DoesNotContain("kilnCapacity_t", body, StringComparison.Ordinal);
        }
    }

    public static TheoryData<string, string> OtherTenantRoutes()
    {
        var data = new TheoryData<string, string>();
        foreach (var route in new[] { "GET ", "PUT ", "DELETE ", "GET /versions", "GET /versions/1", "POST /run", "GET /result", "GET /result.xlsx" })
        {
            data.Add("company-admin", route);
            data.Add("association-analyst", route);
            data.Add("viewer", route);
        }

        return data;
    }

    /// <summary>Northridge's people and the analyst try Red Valley's scenario by id: 404, never its figures.</summary>
    [Theory]
    [MemberData(nameof(OtherTenantRoutes))]
    public async Task Scenario_OtherTenantsId_NotFoundOnEveryRoute(string role, string route)
    {
        using var client = await fixture.SignedInAsync(role);
        using var admin = await fixture.SignedInAsync("platform-admin");
        var id = (await RoadmapCalls.ScenarioIdsAsync(admin, fixture.CompanyIds["Red Valley Cement"]))[0];
        var (method, suffix) = (route.Split(' ')[0], route.Split(' ')[1]);

        var response = method == "PUT"
            ? await RoadmapCalls.PutAsync(client, $"api/roadmaps/scenarios/{id}?version=1", RoadmapCalls.Ecra)
            : await client.SendAsync(new HttpMethod(method), $"api/roadmaps/scenarios/{id}{suffix}");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("RV-01", body, StringComparison.Ordinal);
        Assert.Single(await RoadmapCalls.ScenarioIdsAsync(admin, fixture.CompanyIds["Red Valley Cement"]));
    }

    [Theory]
    [InlineData("association-analyst")]
    [InlineData("verifier")]
    [InlineData("regulator")]
    [InlineData("viewer")]
    [InlineData("plant-editor")]
    public async Task CreateCompanyScenario_RoleOtherThanItsAdmin_RefusedAndNothingSaved(string role)
    {
        using var client = await fixture.SignedInAsync(role);
        using var admin = await fixture.SignedInAsync("platform-admin");
        var northridge = fixture.CompanyIds["Northridge Cement"];
        var before = await RoadmapCalls.ScenarioIdsAsync(admin, northridge);

        var response = await RoadmapCalls.PostAsync(client, $"api/roadmaps/companies/{northridge}/scenarios", RoadmapCalls.Ecra);

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
        Assert.Equal(before, await RoadmapCalls.ScenarioIdsAsync(admin, northridge));
    }

    [Fact]
    public async Task AssociationScenario_AnalystSavesIt_MembersAndVerifiersCannotSeeIt()
    {
        using var analyst = await fixture.SignedInAsync("association-analyst");
        using var admin = await fixture.SignedInAsync("platform-admin");
        var association = await RoadmapCalls.AssociationIdAsync(admin);

        var created = await RoadmapCalls.JsonAsync(await RoadmapCalls.PostAsync(analyst, $"api/roadmaps/associations/{association}/scenarios", RoadmapCalls.Ecra), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt32();

        Assert.Equal(HttpStatusCode.OK, (await analyst.GetAsync($"api/roadmaps/scenarios/{id}")).StatusCode);
        Assert.Contains(id, (await analyst.GetJsonAsync($"api/roadmaps/associations/{association}/scenarios")).EnumerateArray().Select(s => s.GetProperty("id").GetInt32()));
        foreach (var role in new[] { "company-admin", "plant-editor", "viewer", "verifier", "regulator" })
        {
            using var other = await fixture.SignedInAsync(role);
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"api/roadmaps/scenarios/{id}")).StatusCode);
            Assert.Contains((await other.GetAsync($"api/roadmaps/associations/{association}/scenarios")).StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
        }
    }

    [Theory]
    [InlineData("association-analyst")]
    [InlineData("verifier")]
    [InlineData("regulator")]
    [InlineData("viewer")]
    public async Task Baseline_OfNorthridgesPlantYear_NotFoundForOthers(string role)
    {
        using var owner = await fixture.SignedInAsync("company-admin");
        using var client = await fixture.SignedInAsync(role);
        var plantYear = (await owner.GetJsonAsync("api/roadmaps/plant-years")).EnumerateArray().First(y => y.GetProperty("plantCode").GetString() == "NR-01");

        var response = await client.GetAsync($"api/roadmaps/baselines/{plantYear.GetProperty("plantYearId").GetInt32()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("thermalEnergy", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("NR-01", (await (await client.GetAsync("api/roadmaps/plant-years")).Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LibraryChange_CompanyAdmin_Refused()
    {
        using var client = await fixture.SignedInAsync("company-admin");
        using var admin = await fixture.SignedInAsync("platform-admin");
        var association = await RoadmapCalls.AssociationIdAsync(admin);

        var response = await RoadmapCalls.PostAsync(client, $"api/roadmaps/associations/{association}/library", "{\"levers\":[]}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

public sealed class RoadmapAccessTestsOnSqlite(DemoPlatformFixture fixture) : RoadmapAccessTests(fixture), IClassFixture<DemoPlatformFixture>;

public sealed class RoadmapAccessTestsOnPostgres(PostgresDemoPlatformFixture fixture) : RoadmapAccessTests(fixture), IClassFixture<PostgresDemoPlatformFixture>;
