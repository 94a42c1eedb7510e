using System.Net;
using Calcine.Web.Tests.Platform;

namespace Calcine.Web.Tests.Administration;

/// <summary>Creating associations, companies, plants, kilns, mills, stacks and years through the API:
/// each role over its own and another tenant (404 for what it cannot see, 403 for what it may see but
/// not administer), bad input named by field, and the audit entry each creation writes.</summary>
public abstract class TenancyAdministrationTests(DemoPlatformFixture demo)
{
    private const string Own = "Northridge Cement";
    private const string Other = "Lakeshore Building Materials";

    public static TheoryData<string, HttpStatusCode> CompanyCreators() => new()
    {
        { "platform-admin", HttpStatusCode.Created },
        { "association-analyst", HttpStatusCode.Forbidden },
        { "company-admin", HttpStatusCode.Forbidden },
        { "plant-editor", HttpStatusCode.Forbidden },
        { "verifier", HttpStatusCode.Forbidden },
        { "regulator", HttpStatusCode.Forbidden },
        { "viewer", HttpStatusCode.Forbidden },
    };

    [Theory]
    [MemberData(nameof(CompanyCreators))]
    public async Task CreateCompany_EachRole_OnlyThePlatformAdminMay(string role, HttpStatusCode expected)
    {
        using var client = await demo.SignedInAsync(role);
        var association = (await client.PostAsync("api/admin/associations", new { name = AdminCalls.Unique("assoc") })).Status;
        var (status, body) = await client.PostAsync("api/admin/companies", new { name = AdminCalls.Unique("co"), associationId = 1 });

        Assert.Equal(expected, association);
        Assert.Equal(expected, status);
        if (expected == HttpStatusCode.Created)
        {
            Assert.True(body.GetProperty("id").GetInt32() > 0);
        }
    }

    /// <summary>Role, the company whose plant it tries to create (its own Northridge or Lakeshore), expected answer.</summary>
    public static TheoryData<string, string, HttpStatusCode> PlantCreators() => new()
    {
        { "platform-admin", Other, HttpStatusCode.Created },
        { "company-admin", Own, HttpStatusCode.Created },
        { "company-admin", Other, HttpStatusCode.NotFound },
        { "plant-editor", Own, HttpStatusCode.Forbidden },
        { "plant-editor", Other, HttpStatusCode.NotFound },
        { "verifier", Own, HttpStatusCode.Forbidden },
        { "regulator", Own, HttpStatusCode.Forbidden },
        { "association-analyst", Own, HttpStatusCode.Forbidden },
        { "viewer", Own, HttpStatusCode.NotFound },
        { "viewer", Other, HttpStatusCode.Forbidden },
    };

    [Theory]
    [MemberData(nameof(PlantCreators))]
    public async Task CreatePlant_RoleAndTenant_AnswersAsThePolicySays(string role, string company, HttpStatusCode expected)
    {
        using var client = await demo.SignedInAsync(role);

        var (status, _) = await client.PostAsync($"api/admin/companies/{demo.CompanyIds[company]}/plants",
            new { code = AdminCalls.Unique("P"), name = "New works", jurisdiction = "CN-AH" });

        Assert.Equal(expected, status);
    }

    /// <summary>Role, plant, expected answer for adding a kiln, a mill, a stack (all administration).</summary>
    public static TheoryData<string, string, HttpStatusCode> EquipmentCreators() => new()
    {
        { "company-admin", "NR-01", HttpStatusCode.Created },
        { "company-admin", "LS-01", HttpStatusCode.NotFound },
        { "plant-editor", "NR-01", HttpStatusCode.Forbidden },
        { "plant-editor", "NR-02", HttpStatusCode.NotFound },
        { "verifier", "NR-01", HttpStatusCode.Forbidden },
        { "regulator", "LS-01", HttpStatusCode.Forbidden },
        { "viewer", "NR-01", HttpStatusCode.NotFound },
        { "platform-admin", "EP-01", HttpStatusCode.Created },
    };

    [Theory]
    [MemberData(nameof(EquipmentCreators))]
    public async Task AddEquipment_RoleAndTenant_AnswersAsThePolicySays(string role, string plant, HttpStatusCode expected)
    {
        using var client = await demo.SignedInAsync(role);
        var id = demo.PlantIds[plant];

        var kiln = await client.PostAsync($"api/admin/plants/{id}/kilns", new { name = "Kiln 9", processType = "dry-precalciner" });
        var mill = await client.PostAsync($"api/admin/plants/{id}/mills", new { name = "Cement mill 9", millType = "cement" });
        var stack = await client.PostAsync($"api/admin/plants/{id}/stacks", new { code = AdminCalls.Unique("S"), name = "Kiln 9 tail", rules = "cn-ule-2024-kiln" });

        Assert.Equal((expected, expected, expected), (kiln.Status, mill.Status, stack.Status));
    }

    [Fact]
    public async Task Create_BadInput_NamesEachField()
    {
        using var admin = await demo.SignedInAsync("platform-admin");
        var plant = demo.PlantIds["NR-02"];

        var company = await admin.PostAsync("api/admin/companies", new { name = "", associationId = 999999 });
        var newPlant = await admin.PostAsync($"api/admin/companies/{demo.CompanyIds[Own]}/plants", new { code = "NR-01", name = "x", jurisdiction = "Anhui" });
        var kiln = await admin.PostAsync($"api/admin/plants/{plant}/kilns", new { name = "K", processType = "rotary" });
        var stack = await admin.PostAsync($"api/admin/plants/{plant}/stacks", new
        {
            code = AdminCalls.Unique("S"),
            name = "Tail",
            utcOffsetMinutes = 7,
            rules = "cn-ule-2024-kiln",
            limits = "{\"id\": \"x\"}",
            channels = new[] { new { pollutant = "nox", unit = "kg/h", basis = "dry", referenceO2Percent = (double?)10 } },
        });

        Assert.Equal(["associationId", "name"], AdminCalls.ErrorFields(company.Body));
        Assert.Equal(["code", "jurisdiction"], AdminCalls.ErrorFields(newPlant.Body));
        Assert.Equal(["processType"], AdminCalls.ErrorFields(kiln.Body));
        Assert.Equal(["channels[0].unit", "limits", "utcOffsetMinutes"], AdminCalls.ErrorFields(stack.Body));
        Assert.All([company.Status, newPlant.Status, kiln.Status, stack.Status], s => Assert.Equal(HttpStatusCode.BadRequest, s));
    }

    [Fact]
    public async Task CreateCompanyPlantKiln_Accepted_EachWritesAnAuditEntry()
    {
        using var admin = await demo.SignedInAsync("platform-admin");
        var before = (await demo.CountAuditAsync("Association"), await demo.CountAuditAsync("Company"), await demo.CountAuditAsync("Plant"), await demo.CountAuditAsync("Kiln"));

        var association = await admin.PostAsync("api/admin/associations", new { name = AdminCalls.Unique("assoc") });
        var company = await admin.PostAsync("api/admin/companies", new { name = AdminCalls.Unique("co"), associationId = association.Body.GetProperty("id").GetInt32() });
        var plant = await admin.PostAsync($"api/admin/companies/{company.Body.GetProperty("id").GetInt32()}/plants", new { code = AdminCalls.Unique("P"), name = "Works", jurisdiction = "cn-js" });
        var kiln = await admin.PostAsync($"api/admin/plants/{plant.Body.GetProperty("id").GetInt32()}/kilns", new { name = "Kiln 1", processType = "wet" });

        Assert.Equal(HttpStatusCode.Created, kiln.Status);
        var after = (await demo.CountAuditAsync("Association"), await demo.CountAuditAsync("Company"), await demo.CountAuditAsync("Plant"), await demo.CountAuditAsync("Kiln"));
        // The kiln bumps the plant's version: one create and one update of the plant.
        Assert.Equal((before.Item1 + 1, before.Item2 + 1, before.Item3 + 2, before.Item4 + 1), after);
        var created = await admin.GetJsonAsync($"api/plants/{plant.Body.GetProperty("id").GetInt32()}");
        Assert.Equal("CN-JS", created.GetProperty("jurisdiction").GetString());
    }

    /// <summary>Role, plant, expected answer for opening a reporting year (an edit of the plant).</summary>
    public static TheoryData<string, string, int, HttpStatusCode> YearOpeners() => new()
    {
        { "plant-editor", "NR-01", 2002, HttpStatusCode.Created },
        { "plant-editor", "NR-02", 2003, HttpStatusCode.NotFound },
        { "company-admin", "NR-02", 2004, HttpStatusCode.Created },
        { "company-admin", "LS-01", 2005, HttpStatusCode.NotFound },
        { "verifier", "NR-01", 2006, HttpStatusCode.Forbidden },
        { "viewer", "LS-01", 2007, HttpStatusCode.Forbidden },
    };

    [Theory]
    [MemberData(nameof(YearOpeners))]
    public async Task CreateYear_RoleAndTenant_AnswersAsThePolicySaysAndOnlyOnce(string role, string plant, int year, HttpStatusCode expected)
    {
        using var client = await demo.SignedInAsync(role);

        var first = await client.PostAsync($"api/admin/plants/{demo.PlantIds[plant]}/years", new { year });
        var again = await client.PostAsync($"api/admin/plants/{demo.PlantIds[plant]}/years", new { year });
        var bad = await client.PostAsync($"api/admin/plants/{demo.PlantIds[plant]}/years", new { year = 1990 });

        Assert.Equal(expected, first.Status);
        if (expected == HttpStatusCode.Created)
        {
            Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.BadRequest), (again.Status, bad.Status));
            Assert.Equal(["year"], AdminCalls.ErrorFields(bad.Body));
            Assert.Equal("draft", first.Body.GetProperty("status").GetString());
        }
    }
}

public sealed class TenancyAdministrationTestsOnSqlite(DemoPlatformFixture fixture) : TenancyAdministrationTests(fixture), IClassFixture<DemoPlatformFixture>;

public sealed class TenancyAdministrationTestsOnPostgres(PostgresDemoPlatformFixture fixture) : TenancyAdministrationTests(fixture), IClassFixture<PostgresDemoPlatformFixture>;
