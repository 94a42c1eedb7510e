using System.Text.Json;
using Calcine.Application.Activity;
using Calcine.Application.Co2;
using Calcine.Application.Co2.Document;
using Calcine.Application.Co2.Factors;

namespace Calcine.Web.Tests.Activity;

/// <summary>Aggregation of months into the plant-year document: the year's results must equal the
/// sum of what each month's data implies, computed here by hand from the months.</summary>
public class PlantYearAssemblerTests
{
    private static readonly PlantProfile Plant = new("T-01", "Test plant", "CN", "dry");

    private static MonthlyActivity Month(decimal clinker, decimal mass, decimal lhv, decimal ef, decimal share, decimal mwh, decimal gridEf) => new()
    {
        Clinker = new ClinkerMonth { Produced = clinker },
        Fuels =
        [
            new FuelMonth { Name = "Tyres", Category = "mixed", Use = "kiln", Mass = mass, Lhv = lhv, Ef = ef, BiogenicShare = share, Evidence = "lab" },
        ],
        Electricity = new ElectricityMonth { GridEf = gridEf, Consumption = [new ElectricityUse { Use = "kiln", Source = "grid", MWh = mwh }] },
    };

    private static JsonElement Gcca(IReadOnlyList<MonthlyActivity> months)
    {
        var document = PlantYearReader.Read(PlantYearAssembler.Assemble(Plant, 2025, months, FactorLibraryLoader.Default));
        Assert.True(document.Success, string.Join("; ", document.Errors));
        using var output = new MemoryStream();
        Co2Report.Write(output, document.Value, "gcca", withTrace: false);
        return JsonDocument.Parse(output.ToArray()).RootElement.Clone();
    }

    [Fact]
    public void Assemble_FuelFactorsDifferingByMonth_YearFuelCo2IsTheSumOfTheMonths()
    {
        MonthlyActivity[] months = [Month(1000, 100, 28, 85, 0.2m, 50, 0.6m), Month(2000, 300, 25, 90, 0.4m, 70, 0.5m), Month(500, 0, 30, 80, 0.9m, 0, 0.7m)];

        var result = Gcca(months);

        decimal Co2(MonthlyActivity m) => m.Fuels.Sum(f => f.Mass * f.Lhv!.Value * f.Ef!.Value / 1000m);
        var fossil = months.Sum(m => Co2(m) * (1 - m.Fuels[0].BiogenicShare!.Value));
        var biogenic = months.Sum(m => Co2(m) * m.Fuels[0].BiogenicShare!.Value);
        var indirect = months.Sum(m => m.Electricity.Consumption[0].MWh * m.Electricity.GridEf!.Value);
        Assert.Equal(fossil, result.GetProperty("kilnFuelCo2_t").GetDecimal(), 10);
        Assert.Equal(biogenic, result.GetProperty("biomassCo2_t").GetDecimal(), 10);
        Assert.Equal(indirect, result.GetProperty("indirectCo2_t").GetDecimal(), 10);
    }

    [Fact]
    public void Assemble_ClinkerFactorGivenForSomeMonths_OthersCountAtTheDefault()
    {
        MonthlyActivity[] months =
        [
            Month(1000, 0, 28, 85, 0, 0, 0.5m) with { Clinker = new ClinkerMonth { Produced = 1000, EmissionFactor = 0.54m } },
            Month(3000, 0, 28, 85, 0, 0, 0.5m),
        ];

        var result = Gcca(months);

        var expected = (1000 * 0.54m) + (3000 * PlantYearAssembler.DefaultClinkerFactor);
        Assert.Equal(expected / 4000, result.GetProperty("calcinationEf_tCO2_per_tClinker").GetDecimal(), 12);
    }

    [Fact]
    public void Assemble_ComponentsByName_SumsEachAndTheTotal()
    {
        var a = new MonthlyActivity { Clinker = new ClinkerMonth { Produced = 100 }, Cement = new CementMonth { MineralComponents = [new NamedMass { Name = "gypsum", Mass = 5 }] } };
        var b = a with { Cement = new CementMonth { MineralComponents = [new NamedMass { Name = "gypsum", Mass = 7 }, new NamedMass { Name = "slag", Mass = 20 }] } };

        var result = Gcca([a, b]);

        Assert.Equal(200 + 5 + 7 + 20, result.GetProperty("cement_t").GetDecimal());
    }
}
