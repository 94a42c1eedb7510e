using System.Text;
using System.Text.Json;
using Calcine.Application.Activity;
using Calcine.Application.Regulatory;
using Calcine.Cli;
using Calcine.Storage;
using Calcine.Storage.Tenancy;
using Calcine.TestKit.Databases;
using Calcine.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Application.Tests.Cbam;

/// <summary>The CLI's <c>co2 calc --method cbam</c> and the web's CBAM data set answer the same question
/// the same way on every demo plant-year: the same SEE figures, and "not determined" for the same goods
/// and reasons. Each demo year is also tried without its kiln and mill electricity, which neither may read as zero.</summary>
public sealed class CbamCliAndDataSetTests
{
    [Fact]
    public async Task CbamCliAndDataSet_EveryDemoPlantYear_SameFiguresAndSameNotDetermined()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var db = database.CreateContext();
        await SeedDemoAsync(db);
        var compared = 0;
        var notDetermined = 0;
        foreach (var entity in await db.PlantYears.AsNoTracking().OrderBy(y => y.PlantId).ThenBy(y => y.Year).ToListAsync())
        {
            foreach (var dark in new[] { false, true })
            {
                if (dark)
                {
                    await RemoveElectricityAsync(db, entity.Id);
                }

                var year = await RegulatoryYear.LoadAsync(db, entity.PlantId, entity.Year, CancellationToken.None);
                var dataSet = CbamDataSetBuilder.Build(year, new CbamDefaultValues());
                var stored = await PlantYearStore.FindAsync(db, entity.PlantId, entity.Year, CancellationToken.None);
                var document = await PlantYearStore.DocumentAsync(db, entity.PlantId, entity.Year, stored, CancellationToken.None);
                var (exit, output, error) = Cli(document);
                var at = $"plant {entity.PlantId} year {entity.Year}{(dark ? " without electricity" : "")}";

                Assert.True(dataSet.Computed, $"{at}: the demo year gives no CBAM data set: {string.Join("; ", dataSet.Missing.Select(m => m.Message))}");
                Assert.True(exit == 0, $"{at}: the CLI refused the year: {error}");
                AssertSame(dataSet, output, at);
                compared++;
                notDetermined += dataSet.Goods.Count(g => g.SeeIndirect is null);
            }
        }

        Assert.Equal(DemoPlatformSeed.DemoPlants.Count() * DemoActivitySeed.Years.Length * 2, compared);
        Assert.True(notDetermined > 0, "no plant-year without electricity gave a not-determined SEE");
    }

    private static void AssertSame(CbamDataSet dataSet, JsonElement cli, string at)
    {
        var goods = cli.GetProperty("goods").EnumerateArray().ToList();
        Assert.Equal(dataSet.Goods.Select(g => g.CnCode), goods.Select(g => g.GetProperty("cnCode").GetString()));
        foreach (var (line, good) in dataSet.Goods.Zip(goods))
        {
            Assert.True(line.SeeDirect == Number(good, "seeDirect_tCO2_per_t"), $"{at}, {line.CnCode}: direct SEE {line.SeeDirect} vs CLI {good}");
            Assert.True(line.SeeIndirect == Number(good, "seeIndirect_tCO2_per_t"), $"{at}, {line.CnCode}: indirect SEE {line.SeeIndirect} vs CLI {good}");
            Assert.Equal(line.DirectDetermination, good.GetProperty("directDetermination").GetString());
            Assert.Equal(line.IndirectDetermination, good.GetProperty("indirectDetermination").GetString());
        }

        var precursors = cli.GetProperty("precursors").EnumerateArray().ToList();
        Assert.Equal(dataSet.Precursors.Count, precursors.Count);
        foreach (var (line, precursor) in dataSet.Precursors.Zip(precursors))
        {
            Assert.Equal(line.SeeDirect, Number(precursor, "seeDirect_tCO2_per_t"));
            Assert.Equal(line.SeeIndirect, Number(precursor, "seeIndirect_tCO2_per_t"));
        }

        Assert.Equal(dataSet.Missing.Select(m => (m.Path, m.Message)),
            cli.GetProperty("notDetermined").EnumerateArray().Select(e => (e.GetProperty("path").GetString()!, e.GetProperty("message").GetString()!)));
    }

    private static decimal? Number(JsonElement e, string name) =>
        e.GetProperty(name) is { ValueKind: JsonValueKind.Number } n ? n.GetDecimal() : null;

    /// <summary>Runs the real CLI entry point on the document the web assembled from the months.</summary>
    private static (int Exit, JsonElement Output, string Error) Cli(byte[] document)
    {
        var input = Path.Combine(Directory.CreateTempSubdirectory("calcine-cbam-").FullName, "plant-year.json");
        File.WriteAllBytes(input, document);
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();
        var exit = CalcineCli.Run(["co2", "calc", "--input", input, "--method", "cbam"], new CliConsole(Stream.Null, stdout, stderr));
        var text = Encoding.UTF8.GetString(stdout.ToArray());
        return (exit, exit == 0 ? JsonDocument.Parse(text).RootElement.Clone() : default, stderr.ToString());
    }

    /// <summary>The demo plants (as the platform seed names them) and their months (the demo activity seed).</summary>
    private static async Task SeedDemoAsync(CalcineDbContext db)
    {
        var association = new AssociationEntity { Name = DemoPlatformSeed.AssociationName };
        foreach (var company in DemoPlatformSeed.DemoPlants.GroupBy(p => p.Company))
        {
            association.Companies.Add(new CompanyEntity
            {
                Name = company.Key,
                Plants = [.. company.Select(p => new PlantEntity { Code = p.Code, Name = p.Name, Jurisdiction = p.Jurisdiction })],
            });
        }

        db.Associations.Add(association);
        await db.SaveChangesAsync();
        await DemoActivitySeed.SeedAsync(db, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    }

    private static async Task RemoveElectricityAsync(CalcineDbContext db, int plantYearId)
    {
        foreach (var month in await db.PlantYears.Where(y => y.Id == plantYearId).SelectMany(y => y.Months).ToListAsync())
        {
            var data = MonthlyActivityJson.Parse(month.Json);
            month.Json = MonthlyActivityJson.Write(data with { Electricity = data.Electricity with { Consumption = [] } });
        }

        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }
}
