using System.Net;
using System.Text.RegularExpressions;
using Calcine.Storage;
using Calcine.Storage.Activity;
using Calcine.Storage.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Web.Tests.Platform;

/// <summary>The demo data thinned so that filters leave too few contributors, plus a second
/// association whose plants must never count: 2023 all five plants (locked, so verified);
/// 2024 only NR-01 and LS-01; 2025 all five, EP-01 not verified; a second association with three
/// companies of one plant each, data for 2024 only.</summary>
public sealed class ThinnedBenchmarkFixture : IAsyncLifetime
{
    public DemoPlatformFixture Demo { get; } = new();
    public int OtherAssociationId { get; private set; }

    public async Task InitializeAsync()
    {
        await Demo.InitializeAsync();
        await using var db = Demo.Database.CreateContext();
        var gone = new[] { "NR-02", "RV-01", "EP-01" }.Select(c => Demo.PlantIds[c]).ToList();
        await db.MonthlyActivity.Where(m => m.PlantYear!.Year == 2024 && gone.Contains(m.PlantYear.PlantId)).ExecuteDeleteAsync();
        await db.PlantYears.Where(y => y.Year == 2024 && gone.Contains(y.PlantId)).ExecuteDeleteAsync();
        var unverified = Demo.PlantIds["EP-01"];
        await db.PlantYears.Where(y => y.Year == 2025 && y.PlantId != unverified)
            .ExecuteUpdateAsync(s => s.SetProperty(y => y.Status, PlantYearStatus.Verified));
        OtherAssociationId = await AddOtherAssociationAsync(db, Demo.PlantIds["RV-01"]);
    }

    /// <summary>Three companies of another association, each with a copy of one demo plant's 2024
    /// months scaled up, so that counting them would both lift 2024 above the minimum and move the figures.</summary>
    private static async Task<int> AddOtherAssociationAsync(CalcineDbContext db, int templatePlant)
    {
        var template = await db.PlantYears.AsNoTracking().Include(y => y.Months).SingleAsync(y => y.PlantId == templatePlant && y.Year == 2023);
        var association = new AssociationEntity { Name = "Other Association" };
        foreach (var i in new[] { 1, 2, 3 })
        {
            association.Companies.Add(new CompanyEntity
            {
                Name = $"Outsider Cement {i}",
                Plants = [new PlantEntity { Code = $"OX-0{i}", Name = $"Outsider Works {i}", Jurisdiction = "CN-HB", Kilns = [new KilnEntity { Name = "Kiln 1", ProcessType = "dry-precalciner" }] }],
            });
        }

        db.Associations.Add(association);
        await db.SaveChangesAsync();
        foreach (var plant in association.Companies.SelectMany(c => c.Plants))
        {
            db.PlantYears.Add(new PlantYearEntity
            {
                PlantId = plant.Id,
                Year = 2024,
                UpdatedUtc = DateTimeOffset.UnixEpoch,
                Months = [.. template.Months.Select(m => new MonthlyActivityEntity { Month = m.Month, Json = m.Json, UpdatedUtc = DateTimeOffset.UnixEpoch })],
            });
        }

        await db.SaveChangesAsync();
        return association.Id;
    }

    public Task DisposeAsync() => Demo.DisposeAsync();
}

/// <summary>No page, export or API response reveals an aggregate of one or two contributors, whatever
/// the filter; another association's data is never counted or shown.</summary>
public class BenchmarkSuppressionTests(ThinnedBenchmarkFixture fixture) : IClassFixture<ThinnedBenchmarkFixture>
{
    private static readonly string[] Kpis = ["netCo2PerCementitious_kg", "specificHeat_MJ_per_tClinker", "clinkerFactor", "electricity_kWh_per_tCement"];

    public static TheoryData<string, string, string> RolesFacesQueries()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var role in new[] { "association-analyst", "company-admin", "viewer" })
        {
            foreach (var face in BenchmarkEndpoints.Faces)
            {
                foreach (var query in new[] { "", "year=2024", "year=2024&level=company", "year=2024&kpi=net-co2-per-cementitious", "status=verified&year=2024" })
                {
                    data.Add(role, face, query);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RolesFacesQueries))]
    public async Task Benchmark_YearWithTwoContributors_RevealsNoFigureOfThem(string role, string face, string query)
    {
        using var client = await fixture.Demo.SignedInAsync(role);
        using var admin = await fixture.Demo.SignedInAsync("platform-admin");

        var (status, body) = await BenchmarkEndpoints.GetAsync(client, face, query);

        Assert.Equal(HttpStatusCode.OK, status);
        var secrets = new List<decimal>();
        foreach (var kpi in Kpis)
        {
            var a = (await BenchmarkEndpoints.PlantKpisAsync(admin, fixture.Demo.PlantIds["NR-01"], 2024)).GetProperty(kpi).GetDecimal();
            var b = (await BenchmarkEndpoints.PlantKpisAsync(admin, fixture.Demo.PlantIds["LS-01"], 2024)).GetProperty(kpi).GetDecimal();
            // Each value, and their mean: an aggregate of two is as good as either value to the other.
            secrets.AddRange([a, b, (a + b) / 2]);
        }

        // The own position is the caller's own value, but a suppressed year shows no position at all.
        if (face == "page")
        {
            // The 2024 rows of every table are suppressed and hold none of the figures as the page
            // would round them; with the year filtered to 2024, neither does the rest of the page.
            var rows = Regex.Matches(body, "<tr data-shape=\"([a-z]+)\">\\s*<td>2024</td>(.*?)</tr>", RegexOptions.Singleline);
            Assert.NotEmpty(rows);
            Assert.All(rows, r => Assert.Equal("suppressed", r.Groups[1].Value));
            // The clinker factor is left out of the whole-page check: the demo's is the same to six
            // places in every plant and year, so the other years' quartiles show the same digits.
            var scope = query.Contains("year=2024", StringComparison.Ordinal) ? body : string.Concat(rows.Select(r => r.Value));
            foreach (var written in secrets.Where((_, i) => i / 3 != Array.IndexOf(Kpis, "clinkerFactor")).Select(BenchmarkEndpoints.Rounded))
            {
                Assert.DoesNotContain($">{written}<", scope, StringComparison.Ordinal);
            }
        }
        else
        {
            var numbers = BenchmarkEndpoints.Numbers(body, face);
            Assert.NotEmpty(numbers);
            Assert.DoesNotContain(numbers, n => secrets.Any(s => Math.Abs(n - s) <= Math.Abs(s) * 1e-9m));
        }
    }

    [Theory]
    [InlineData("plant")]
    [InlineData("company")]
    public async Task Benchmark_TwoContributorYear_IsSuppressedInJsonCsvAndPage(string level)
    {
        using var client = await fixture.Demo.SignedInAsync("association-analyst");

        var json = await client.GetJsonAsync($"api/benchmarks?year=2024&level={level}");
        var (_, csv) = await BenchmarkEndpoints.GetAsync(client, "csv", $"year=2024&level={level}");
        var (_, page) = await BenchmarkEndpoints.GetAsync(client, "page", $"year=2024&level={level}");

        foreach (var kpi in json.GetProperty("kpis").EnumerateArray())
        {
            var y = Assert.Single(kpi.GetProperty("years").EnumerateArray());
            Assert.Equal("suppressed", y.GetProperty("shape").GetString());
            foreach (var figure in new[] { "count", "mean", "q1", "median", "q3" })
            {
                Assert.Equal(System.Text.Json.JsonValueKind.Null, y.GetProperty(figure).ValueKind);
            }
        }

        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(r => r.Split(',')).ToList();
        Assert.Equal(8, rows.Count);
        Assert.All(rows, r => Assert.Equal("suppressed", r[7]));
        Assert.All(rows, r => Assert.All(r[8..], cell => Assert.Equal("", cell)));
        Assert.DoesNotContain("data-shape=\"mean\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-shape=\"quartiles\"", page, StringComparison.Ordinal);
        Assert.Equal(8, page.Split("data-shape=\"suppressed\"").Length - 1);
    }

    [Fact]
    public async Task Benchmark_VerifiedFilterLeavingOnePlantOut_IsSuppressedWhileAllIsShown()
    {
        using var client = await fixture.Demo.SignedInAsync("association-analyst");

        var all = await client.GetJsonAsync("api/benchmarks?year=2025&kpi=net-co2-per-cementitious");
        var verified = await client.GetJsonAsync("api/benchmarks?year=2025&kpi=net-co2-per-cementitious&status=verified");
        var (_, verifiedCsv) = await BenchmarkEndpoints.GetAsync(client, "csv", "year=2025&kpi=net-co2-per-cementitious&status=verified");

        Assert.Equal("quartiles", BenchmarkEndpoints.Year(all, "net-co2-per-cementitious", 2025).GetProperty("shape").GetString());
        Assert.Equal(5, BenchmarkEndpoints.Year(all, "net-co2-per-cementitious", 2025).GetProperty("count").GetInt32());
        var v = BenchmarkEndpoints.Year(verified, "net-co2-per-cementitious", 2025);
        Assert.Equal("suppressed", v.GetProperty("shape").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, v.GetProperty("count").ValueKind);
        Assert.Contains(",verified,net-co2-per-cementitious,kg CO2/t,2025,distribution,suppressed,,,,,,,,", verifiedCsv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Benchmark_VerifiedYearWithEveryPlantVerified_IsShown()
    {
        using var client = await fixture.Demo.SignedInAsync("association-analyst");

        var verified = await client.GetJsonAsync("api/benchmarks?year=2023&status=verified&kpi=specific-heat");
        var all = await client.GetJsonAsync("api/benchmarks?year=2023&kpi=specific-heat");

        var v = BenchmarkEndpoints.Year(verified, "specific-heat", 2023);
        Assert.Equal("quartiles", v.GetProperty("shape").GetString());
        Assert.Equal(BenchmarkEndpoints.Year(all, "specific-heat", 2023).GetProperty("median").GetDecimal(), v.GetProperty("median").GetDecimal());
    }

    [Fact]
    public async Task Benchmark_OtherAssociationsPlants_AreNeverCounted()
    {
        using var analyst = await fixture.Demo.SignedInAsync("association-analyst");
        using var admin = await fixture.Demo.SignedInAsync("platform-admin");

        var own = await analyst.GetJsonAsync("api/benchmarks?year=2023&kpi=clinker-factor");
        var other = await admin.GetJsonAsync($"api/benchmarks?association={fixture.OtherAssociationId}&year=2024&kpi=clinker-factor");
        var (analystOther, analystBody) = await BenchmarkEndpoints.GetAsync(analyst, "json", $"association={fixture.OtherAssociationId}");
        var (adminUnnamed, _) = await BenchmarkEndpoints.GetAsync(admin, "json");
        var (_, page) = await BenchmarkEndpoints.GetAsync(analyst, "page");

        // The demo association still has five plants in 2023 and two (suppressed) in 2024.
        Assert.Equal(5, BenchmarkEndpoints.Year(own, "clinker-factor", 2023).GetProperty("count").GetInt32());
        Assert.Equal([2023, 2024, 2025], own.GetProperty("yearsWithData").EnumerateArray().Select(y => y.GetInt32()));
        // The other association's three one-plant companies are copies of one plant: their mean would be
        // each one's value, so the disclosure rule withholds it even from the platform admin.
        var otherYear = BenchmarkEndpoints.Year(other, "clinker-factor", 2024);
        Assert.Equal("suppressed", otherYear.GetProperty("shape").GetString());
        Assert.Equal(HttpStatusCode.NotFound, analystOther);
        Assert.DoesNotContain("Outsider", analystBody, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, adminUnnamed);
        Assert.DoesNotContain("Outsider", page, StringComparison.Ordinal);
        Assert.DoesNotContain("OX-0", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("company-admin")]
    [InlineData("viewer")]
    [InlineData("verifier")]
    public async Task Benchmark_OtherAssociation_IsNotVisibleToDemoMembers(string role)
    {
        using var client = await fixture.Demo.SignedInAsync(role);

        foreach (var face in BenchmarkEndpoints.Faces)
        {
            var (status, body) = await BenchmarkEndpoints.GetAsync(client, face, $"association={fixture.OtherAssociationId}");

            Assert.Equal(HttpStatusCode.NotFound, status);
            Assert.DoesNotContain("Outsider", body, StringComparison.Ordinal);
        }
    }
}
