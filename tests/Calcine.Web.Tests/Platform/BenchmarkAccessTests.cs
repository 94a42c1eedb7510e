using System.Net;

namespace Calcine.Web.Tests.Platform;

/// <summary>Who may see the association's benchmark (JSON, CSV, page), and that each sees its own
/// position only: never another member's name.</summary>
public partial class BenchmarkAccessTests(DemoPlatformFixture fixture) : IClassFixture<DemoPlatformFixture>
{
    public static TheoryData<string, string> RolesAndFaces()
    {
        var data = new TheoryData<string, string>();
        foreach (var role in DemoTenancy.Roles.Keys)
        {
            foreach (var face in BenchmarkEndpoints.Faces)
            {
                data.Add(role, face);
            }
        }

        return data;
    }

    public static TheoryData<string, string, string> AllowedRolesFacesLevels()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var role in BenchmarkEndpoints.Allowed)
        {
            foreach (var face in BenchmarkEndpoints.Faces)
            {
                data.Add(role, face, "plant");
                data.Add(role, face, "company");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RolesAndFaces))]
    public async Task Benchmark_EachRoleEachFace_AllowedOrForbiddenWithoutFigures(string role, string face)
    {
        using var client = await fixture.SignedInAsync(role);

        var (status, body) = await BenchmarkEndpoints.GetAsync(client, face);

        if (BenchmarkEndpoints.Allowed.Contains(role))
        {
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Contains("net-co2-per-cementitious", body, StringComparison.Ordinal);
        }
        else
        {
            // The verifier's and regulator's grants lie inside the association: they see it, and are refused.
            Assert.Equal(HttpStatusCode.Forbidden, status);
            Assert.DoesNotContain("median", body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("net-co2", body, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(AllowedRolesFacesLevels))]
    public async Task Benchmark_AllowedRole_NamesOnlyItsOwnPlantsAndCompanies(string role, string face, string level)
    {
        using var client = await fixture.SignedInAsync(role);

        var (status, body) = await BenchmarkEndpoints.GetAsync(client, face, $"level={level}");

        Assert.Equal(HttpStatusCode.OK, status);
        var (ownPlants, ownCompanies) = BenchmarkEndpoints.Own[role];
        var own = level == "plant" ? ownPlants : ownCompanies;
        var members = level == "plant" ? DemoTenancy.Plants : DemoTenancy.Companies;
        foreach (var member in members)
        {
            if (own.Contains(member))
            {
                Assert.Contains(member, body, StringComparison.Ordinal);
            }
            else
            {
                Assert.DoesNotContain(member, body, StringComparison.Ordinal);
            }
        }

        // Plant names and codes never appear at company level, nor company names at plant level.
        foreach (var other in level == "plant" ? DemoTenancy.Companies : DemoTenancy.Plants)
        {
            Assert.DoesNotContain(other, body, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("company-admin", "NR-01", "NR-02")]
    [InlineData("plant-editor", "NR-01")]
    [InlineData("viewer", "LS-01")]
    public async Task Benchmark_OwnPosition_IsTheOwnValueAndABandNeverARank(string role, params string[] plants)
    {
        using var client = await fixture.SignedInAsync(role);
        using var admin = await fixture.SignedInAsync("platform-admin");

        var report = await client.GetJsonAsync("api/benchmarks?kpi=specific-heat&year=2025");

        var year = BenchmarkEndpoints.Year(report, "specific-heat", 2025);
        var own = year.GetProperty("own").EnumerateArray().ToList();
        Assert.Equal(plants, own.Select(o => o.GetProperty("name").GetString()![..5]).Order(StringComparer.Ordinal));
        foreach (var o in own)
        {
            var code = o.GetProperty("name").GetString()![..5];
            var expected = (await BenchmarkEndpoints.PlantKpisAsync(admin, fixture.PlantIds[code], 2025)).GetProperty("specificHeat_MJ_per_tClinker").GetDecimal();
            Assert.Equal(expected, o.GetProperty("value").GetDecimal(), 6);
            // Against the others' mean: a member's own company is left out, leaving three or four of the five plants.
            Assert.Contains(o.GetProperty("band").GetString()!, (string[])["at-or-below-mean", "above-mean"]);
            Assert.False(o.TryGetProperty("rank", out _));
        }
    }

    [Theory]
    [InlineData("platform-admin")]
    [InlineData("association-analyst")]
    public async Task Benchmark_AssociationWideRole_SeesDistributionWithoutAnyPosition(string role)
    {
        using var client = await fixture.SignedInAsync(role);

        var report = await client.GetJsonAsync("api/benchmarks?level=plant");

        var years = report.GetProperty("kpis").EnumerateArray().SelectMany(k => k.GetProperty("years").EnumerateArray()).ToList();
        Assert.NotEmpty(years);
        Assert.All(years, y => Assert.Equal(0, y.GetProperty("own").GetArrayLength()));
        Assert.Equal(5, BenchmarkEndpoints.Year(report, "net-co2-per-cementitious", 2023).GetProperty("count").GetInt32());
    }

    [Theory]
    [InlineData("json")]
    [InlineData("csv")]
    [InlineData("page")]
    public async Task Benchmark_UnknownAssociation_Answers404(string face)
    {
        using var client = await fixture.SignedInAsync("association-analyst");

        var (status, body) = await BenchmarkEndpoints.GetAsync(client, face, "association=9999");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.DoesNotContain("median", body, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("kpi=co2-per-banana")]
    [InlineData("level=region")]
    [InlineData("status=approved")]
    [InlineData("year=1800")]
    public async Task Benchmark_InvalidQuery_Answers400(string query)
    {
        using var client = await fixture.SignedInAsync("association-analyst");

        var (status, _) = await BenchmarkEndpoints.GetAsync(client, "json", query);

        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    [Theory]
    [InlineData("json", HttpStatusCode.Unauthorized)]
    [InlineData("csv", HttpStatusCode.Unauthorized)]
    [InlineData("page", HttpStatusCode.Redirect)]
    public async Task Benchmark_Unauthenticated_GetsNoFigures(string face, HttpStatusCode expected)
    {
        using var client = fixture.Client();

        var (status, body) = await BenchmarkEndpoints.GetAsync(client, face);

        Assert.Equal(expected, status);
        Assert.DoesNotContain("median", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Benchmark_WorldFigures_ShownWithConfidenceAndUnverifiedFlagged()
    {
        using var client = await fixture.SignedInAsync("association-analyst");

        var report = await client.GetJsonAsync("api/benchmarks?kpi=net-co2-per-cementitious");
        var (_, page) = await BenchmarkEndpoints.GetAsync(client, "page", "kpi=net-co2-per-cementitious");

        var world = report.GetProperty("kpis")[0].GetProperty("world").EnumerateArray().ToList();
        var y2016 = world.Single(w => w.GetProperty("year").GetInt32() == 2016);
        Assert.Equal(616m, y2016.GetProperty("value").GetDecimal());
        Assert.True(y2016.GetProperty("verified").GetBoolean());
        var derived = world.Single(w => w.GetProperty("confidence").GetString() == "D");
        Assert.False(derived.GetProperty("verified").GetBoolean());
        Assert.Contains("data-testid=\"world-net-co2-per-cementitious\"", page, StringComparison.Ordinal);
        Assert.Contains("unverified", page, StringComparison.Ordinal);
    }
}
