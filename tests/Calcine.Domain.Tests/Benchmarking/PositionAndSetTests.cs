using Calcine.Domain.Accounting.Gcca;
using Calcine.Domain.Benchmarking;
using Calcine.Domain.Tests.Accounting;

namespace Calcine.Domain.Tests.Benchmarking;

/// <summary>Position bands, company aggregation and the KPI ratios read from the engine.</summary>
public class PositionAndSetTests
{
    private static readonly Distribution Shown = new(DistributionShape.Quartiles, 5, null, 20m, 30m, 40m);

    [Theory]
    [InlineData(5, PositionBand.LowestQuarter)]
    [InlineData(20, PositionBand.LowestQuarter)]
    [InlineData(20.01, PositionBand.SecondQuarter)]
    [InlineData(30, PositionBand.SecondQuarter)]
    [InlineData(40, PositionBand.ThirdQuarter)]
    [InlineData(40.5, PositionBand.HighestQuarter)]
    public void Position_AgainstQuartiles_IsABandWithTiesGoingDown(double own, PositionBand expected) =>
        Assert.Equal(expected, Position.Of((decimal)own, Shown));

    [Fact]
    public void Position_AgainstMeanOnly_IsAboveOrBelowTheMean()
    {
        var mean = new Distribution(DistributionShape.Mean, 3, 700m, null, null, null);

        Assert.Equal(PositionBand.AtOrBelowMean, Position.Of(700m, mean));
        Assert.Equal(PositionBand.AboveMean, Position.Of(700.1m, mean));
    }

    [Fact]
    public void Position_SuppressedDistribution_IsNull() =>
        Assert.Null(Position.Of(700m, Distribution.Suppressed));

    [Fact]
    public void Values_CompanyLevel_WeighsPlantsByTheirDenominators()
    {
        var kpi = BenchmarkKpi.GrossCo2PerClinker;
        List<PlantKpis> plants =
        [
            new(1, 10, true, new Dictionary<BenchmarkKpi, KpiRatio> { [kpi] = new(800m, 1m) }),
            new(2, 10, true, new Dictionary<BenchmarkKpi, KpiRatio> { [kpi] = new(1200m, 3m) }),
            new(3, 20, true, new Dictionary<BenchmarkKpi, KpiRatio> { [kpi] = new(900m, 1m) }),
        ];

        var companies = BenchmarkSet.Values(plants, kpi, BenchmarkLevel.Company);
        var plantLevel = BenchmarkSet.Values(plants, kpi, BenchmarkLevel.Plant);

        var company10 = Assert.Single(companies, c => c.ContributorId == 10).Value;
        Assert.Equal(2000m / 4m, company10);
        Assert.NotEqual((800m + 400m) / 2m, company10);
        Assert.Equal(2, companies.Count);
        Assert.Equal(3, plantLevel.Count);
    }

    [Fact]
    public void Values_PlantWithoutTheKpi_IsNotAContributor()
    {
        List<PlantKpis> plants =
        [
            new(1, 10, true, new Dictionary<BenchmarkKpi, KpiRatio> { [BenchmarkKpi.ClinkerFactor] = new(3m, 4m) }),
            new(2, 20, true, new Dictionary<BenchmarkKpi, KpiRatio>()),
        ];

        var values = BenchmarkSet.Values(plants, BenchmarkKpi.ClinkerFactor, BenchmarkLevel.Plant);

        Assert.Equal(0.75m, Assert.Single(values).Value);
    }

    [Fact]
    public void Describe_VerifiedOnlyDroppingOnePlant_IsSuppressedWhileAllIsShown()
    {
        var kpi = BenchmarkKpi.ClinkerFactor;
        var plants = Enumerable.Range(1, 6)
            .Select(i => new PlantKpis(i, 100 + i, Verified: i != 6, new Dictionary<BenchmarkKpi, KpiRatio> { [kpi] = new((i * i) + 7, 10m) }))
            .ToList();

        var all = BenchmarkSet.Describe(plants, kpi, BenchmarkLevel.Plant, verifiedOnly: false, BenchmarkPolicy.Default);
        var verified = BenchmarkSet.Describe(plants, kpi, BenchmarkLevel.Plant, verifiedOnly: true, BenchmarkPolicy.Default);
        var verifiedCompanies = BenchmarkSet.Describe(plants, kpi, BenchmarkLevel.Company, verifiedOnly: true, BenchmarkPolicy.Default);

        Assert.Equal(DistributionShape.Quartiles, all.Shape);
        Assert.Equal(DistributionShape.Suppressed, verified.Shape);
        Assert.Equal(DistributionShape.Suppressed, verifiedCompanies.Shape);
    }

    [Fact]
    public void Describe_VerifiedOnlyWithEveryPlantVerified_EqualsAll()
    {
        var kpi = BenchmarkKpi.SpecificHeat;
        var plants = Enumerable.Range(1, 5)
            .Select(i => new PlantKpis(i, 100 + i, Verified: true, new Dictionary<BenchmarkKpi, KpiRatio> { [kpi] = new(3000m + (7 * i * i), 1m) }))
            .ToList();

        var all = BenchmarkSet.Describe(plants, kpi, BenchmarkLevel.Plant, verifiedOnly: false, BenchmarkPolicy.Default);
        var verified = BenchmarkSet.Describe(plants, kpi, BenchmarkLevel.Plant, verifiedOnly: true, BenchmarkPolicy.Default);

        Assert.Equal(all, verified);
        Assert.Equal((3028m + 3063m + 3112m) / 3m, verified.Median);
    }

    [Fact]
    public void Ratios_IntegratedPlant_EqualTheEngineKpis()
    {
        var py = PlantYears.Example("gcca-integrated-plant");
        var r = GccaCalculator.Calculate(py);

        var ratios = GccaKpiRatios.Of(py, r);

        var k = r.Kpis;
        Assert.Equal(k.GrossCo2PerClinkerKg, ratios[BenchmarkKpi.GrossCo2PerClinker].Value);
        Assert.Equal(k.GrossCo2PerCementitiousKg, ratios[BenchmarkKpi.GrossCo2PerCementitious].Value);
        Assert.Equal(k.NetCo2PerCementitiousKg, ratios[BenchmarkKpi.NetCo2PerCementitious].Value);
        Assert.Equal(k.SpecificHeatMjPerTonneClinker, ratios[BenchmarkKpi.SpecificHeat].Value);
        Assert.Equal(k.AlternativeFuelRate, ratios[BenchmarkKpi.AlternativeFuelRate].Value);
        Assert.Equal(k.BiomassFuelRate, ratios[BenchmarkKpi.BiomassFuelRate].Value);
        Assert.Equal(k.ClinkerFactor, ratios[BenchmarkKpi.ClinkerFactor].Value);
        Assert.Equal(k.ElectricityKwhPerTonneCement, ratios[BenchmarkKpi.ElectricityPerCement].Value);
    }

    [Fact]
    public void Kpis_EveryIdRoundTrips()
    {
        foreach (var kpi in Enum.GetValues<BenchmarkKpi>())
        {
            Assert.Equal(kpi, BenchmarkKpis.Find(BenchmarkKpis.Info(kpi).Id)!.Kpi);
        }
    }
}
