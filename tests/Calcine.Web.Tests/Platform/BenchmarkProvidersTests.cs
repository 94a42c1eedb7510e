using System.Text.Json;
using Calcine.TestKit.Databases;
using Calcine.Web.Tests.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Web.Tests.Platform;

/// <summary>The benchmark on each provider (SQLite here, PostgreSQL where CALCINE_TEST_PG is set):
/// five plants make quartiles, a year thinned to two plants is suppressed everywhere.</summary>
public class BenchmarkProvidersTests
{
    public static TheoryData<string> Providers() => TestDatabase.Providers();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Benchmark_EachProvider_QuartilesForFiveAndNothingForTwo(string provider)
    {
        await using var db = await DemoPlatformFixture.DemoDatabaseAsync(provider);
        await using var platform = await InProcessPlatform.StartAsync(db.Options, DemoTenancy.Settings());
        using var analyst = await new PlatformClient(platform.BaseAddress).SignedInAsync("analyst@calcine.demo", DemoTenancy.Password);
        await using (var context = db.CreateContext())
        {
            var keep = await context.Plants.Where(p => p.Code == "NR-01" || p.Code == "LS-01").Select(p => p.Id).ToListAsync();
            await context.MonthlyActivity.Where(m => m.PlantYear!.Year == 2024 && !keep.Contains(m.PlantYear.PlantId)).ExecuteDeleteAsync();
            await context.PlantYears.Where(y => y.Year == 2024 && !keep.Contains(y.PlantId)).ExecuteDeleteAsync();
        }

        var report = await analyst.GetJsonAsync("api/benchmarks?kpi=net-co2-per-cementitious");
        var csv = await (await analyst.GetAsync("api/benchmarks.csv?kpi=net-co2-per-cementitious&year=2024&level=company")).Content.ReadAsStringAsync();

        var full = BenchmarkEndpoints.Year(report, "net-co2-per-cementitious", 2023);
        var thin = BenchmarkEndpoints.Year(report, "net-co2-per-cementitious", 2024);
        Assert.Equal("quartiles", full.GetProperty("shape").GetString());
        Assert.Equal(5, full.GetProperty("count").GetInt32());
        Assert.True(full.GetProperty("q1").GetDecimal() <= full.GetProperty("median").GetDecimal());
        Assert.True(full.GetProperty("median").GetDecimal() <= full.GetProperty("q3").GetDecimal());
        Assert.Equal("suppressed", thin.GetProperty("shape").GetString());
        Assert.Equal(JsonValueKind.Null, thin.GetProperty("count").ValueKind);
        Assert.Equal(JsonValueKind.Null, thin.GetProperty("median").ValueKind);
        Assert.Contains(",company,all,net-co2-per-cementitious,kg CO2/t,2024,distribution,suppressed,,,,,,,,", csv, StringComparison.Ordinal);
    }
}
