using Calcine.Domain.Accounting;
using Calcine.Domain.Quantities;

namespace Calcine.Domain.Tests.Plausibility;

public class ElectricityRuleTests
{
    private static PlantYear WithConsumption(PlantYear py, decimal? gridEf, params ElectricityConsumption[] consumption) =>
        py with { Electricity = new ElectricityData { GridEf = gridEf is null ? null : new GridEmissionFactor(gridEf.Value), Consumption = consumption } };

    private static PlantYear GrindingPlant() => Plausible.Year()
        .WithClinker(c => c with { Produced = Mass.Zero, Bought = new Mass(500_000m), Cao = null, Mgo = null })
        .WithCalcination(_ => new CalcinationData()) with
    {
        Cement = Plausible.Components(("gypsum", 25_000m), ("limestone", 75_000m)),
        Fuels = [],
    };

    [Fact]
    public void Electricity_NothingReported_WarnsAtZero()
    {
        var w = Plausible.Only("PY009", WithConsumption(Plausible.Year(), null));

        Assert.Equal("$.electricity.consumption", w.Path);
        Assert.Equal(0m, w.Value);
        Assert.Equal("60–160 kWh/t cement", w.ExpectedRange);
    }

    [Fact]
    public void Electricity_GrindingLevelInIntegratedPlant_Warns() =>
        Assert.Equal(40m, Plausible.Only("PY009", WithConsumption(Plausible.Year(), 0.45m, new ElectricityConsumption(ElectricityUse.Plant, ElectricitySource.Grid, 50_000m))).Value);

    [Fact]
    public void Electricity_GrindingPlantAt50_DoesNotWarn() =>
        Plausible.None("PY009", WithConsumption(GrindingPlant(), 0.45m, new ElectricityConsumption(ElectricityUse.CementMill, ElectricitySource.Grid, 30_000m)));

    [Fact]
    public void Electricity_GrindingPlantAt150_WarnsWithGrindingRange()
    {
        var w = Plausible.Only("PY009", WithConsumption(GrindingPlant(), 0.45m, new ElectricityConsumption(ElectricityUse.CementMill, ElectricitySource.Grid, 90_000m)));

        Assert.Equal(150m, w.Value);
        Assert.Equal("20–110 kWh/t cement", w.ExpectedRange);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.5)]
    public void GridEf_OutsideRange_Warns(double ef)
    {
        var w = Plausible.Only("PY018", WithConsumption(Plausible.Year(), (decimal)ef, new ElectricityConsumption(ElectricityUse.Plant, ElectricitySource.Grid, 120_000m)));

        Assert.Equal("$.electricity.gridEf_tCO2_per_MWh", w.Path);
        Assert.Equal((decimal)ef, w.Value);
    }

    [Fact]
    public void GridEf_MissingWithGridConsumption_WarnsAtZero() =>
        Assert.Equal(0m, Plausible.Only("PY018", WithConsumption(Plausible.Year(), null, new ElectricityConsumption(ElectricityUse.Plant, ElectricitySource.Grid, 120_000m))).Value);

    [Fact]
    public void GridEf_ZeroWithOnlyOnSitePower_DoesNotWarn() =>
        Plausible.None("PY018", WithConsumption(Plausible.Year(), 0m, new ElectricityConsumption(ElectricityUse.Plant, ElectricitySource.OnSite, 120_000m)));

    [Fact]
    public void GridEf_ChinaNationalAverage_DoesNotWarn() =>
        Plausible.None("PY018", WithConsumption(Plausible.Year(), 0.5703m, new ElectricityConsumption(ElectricityUse.Plant, ElectricitySource.Grid, 120_000m)));
}
