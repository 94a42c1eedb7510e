using Calcine.Domain.Accounting.Cbam;
using Calcine.Domain.Accounting.EuEts;

namespace Calcine.Domain.Tests.Accounting;

/// <summary>co2-accounting.md §9.3: EU ETS method B and CBAM SEE of clinker and cement.</summary>
public class EuMrrAndCbamTests
{
    private static Domain.Accounting.PlantYear SustainableRdf() =>
        PlantYears.Example("cbam-kiln-and-mill", d => d["fuels"]![1]!["biomassSustainable"] = true);

    [Fact]
    public void EuMrr_WorkedExample_MatchesReference()
    {
        var r = EuMrrCalculator.Calculate(SustainableRdf());

        Assert.Equal(525688.00m, r.Process.ClinkerCo2);
        Assert.Equal(5256.88m, r.Process.BypassCo2);
        Assert.Equal(8518.80m, r.Process.TocCo2);
        Assert.Equal(539463.68m, r.Process.Total);
        Assert.Equal(261250.00m, r.SourceStreams[0].ReportedCo2);
        Assert.Equal(30600.00m, r.SourceStreams[1].ReportedCo2);
        Assert.Equal(20400.00m, r.BiomassZeroRatedCo2);
        Assert.Equal(834679.68m, r.TotalCo2);
    }

    [Fact]
    public void EuMrr_BiomassNotMarkedSustainable_CountsInFull()
    {
        var r = EuMrrCalculator.Calculate(PlantYears.Example("cbam-kiln-and-mill"));

        Assert.Equal(0m, r.BiomassZeroRatedCo2);
        Assert.Equal(20400.00m, r.BiomassCountedCo2);
        Assert.Equal(834679.68m + 20400m, r.TotalCo2);
    }

    [Fact]
    public void EuMrr_OxidationFactor_ScalesCombustion()
    {
        var r = EuMrrCalculator.Calculate(PlantYears.Example("cbam-kiln-and-mill", d => d["fuels"]![0]!["oxidationFactor"] = 0.98));

        Assert.Equal(261250m * 0.98m, r.SourceStreams[0].ReportedCo2);
    }

    [Fact]
    public void Cbam_WorkedExample_MatchesReference()
    {
        var r = CbamCalculator.Calculate(SustainableRdf());

        Assert.Equal(0.831314m, Math.Round(r.Clinker!.See.Direct!.Value, 6));
        Assert.Equal(0.0315m, r.Clinker.See.Indirect);
        Assert.Equal(0.626290m, Math.Round(r.Cement!.See.Direct!.Value, 6));
        Assert.Equal(0.041625m, r.Cement.See.Indirect);
        Assert.Equal(0.75m, r.Cement.ClinkerFactor);
        Assert.Equal("2523 29 00", r.Cement.CnCode);
        var own = Assert.Single(r.Precursors);
        Assert.Equal(900000m, own.QuantityTonnes);
        Assert.Equal(83131.37m, Math.Round(100000m * r.Clinker!.See.Direct!.Value, 2));
    }

    [Fact]
    public void Cbam_BoughtClinker_EntersCementWithItsOwnSee()
    {
        var py = PlantYears.Example("cbam-kiln-and-mill", d =>
        {
            d["fuels"]![1]!["biomassSustainable"] = true;
            d["clinker"]!["bought_t"] = 50000;
            d["clinker"]!["boughtSeeDirect_tCO2_per_t"] = 0.9;
            d["clinker"]!["boughtSeeIndirect_tCO2_per_t"] = 0.05;
        });

        var r = CbamCalculator.Calculate(py);

        Assert.Equal(2, r.Precursors.Count);
        var expectedDirect = (3366m + 900000m * r.Clinker!.See.Direct + 50000m * 0.9m) / 1250000m;
        Assert.Equal(expectedDirect, r.Cement!.See.Direct);
        Assert.Equal((48000m * 0.45m + 900000m * 0.0315m + 50000m * 0.05m) / 1250000m, r.Cement.See.Indirect);
    }
}
