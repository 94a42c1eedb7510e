using System.Text.Json.Nodes;
using Calcine.Domain.Accounting.Cbam;
using Calcine.Domain.Accounting.Gcca;
using static Calcine.Domain.Tests.Accounting.ExampleDocuments;

namespace Calcine.Domain.Tests.Accounting.Review;

/// <summary>Which clinker is in the cement: a grinding plant's bought clinker only, and bought
/// clinker beyond what was consumed (taken as used first, never making own clinker negative).</summary>
public class CbamClinkerUseTests
{
    private const decimal MillFuelCo2 = 1200m * 50m * 56.1m / 1000m;

    /// <summary>The §9.3 plant without its kiln: 900,000 t of bought clinker ground with 300,000 t of mineral components.</summary>
    internal static Domain.Accounting.PlantYear GrindingPlant() => PlantYears.Example("cbam-kiln-and-mill", d =>
    {
        d.Remove("calcination");
        var clinker = d["clinker"]!;
        clinker["produced_t"] = 0;
        clinker["sold_t"] = 0;
        clinker["bought_t"] = 900000;
        clinker["boughtSeeDirect_tCO2_per_t"] = 0.85;
        clinker["boughtSeeIndirect_tCO2_per_t"] = 0.04;
        var mill = d["fuels"]![2]!.DeepClone();
        d["fuels"] = new JsonArray(mill);
        var millPower = d["electricity"]!["consumption"]![1]!.DeepClone();
        d["electricity"]!["consumption"] = new JsonArray(millPower);
    });

    [Fact]
    public void ContractCbam_GrindingPlant_CementSeeFromMillAndBoughtClinker()
    {
        var r = GccaCalculator.Calculate(GrindingPlant());

        Assert.Null(r.CbamClinker.Direct);
        Assert.Equal((MillFuelCo2 + 900000m * 0.85m) / 1200000m, r.CbamCement.Direct);
        Assert.Equal((48000m * 0.45m + 900000m * 0.04m) / 1200000m, r.CbamCement.Indirect);
    }

    [Fact]
    public void CbamMethod_GrindingPlant_HasCementGoodWithBoughtClinkerOnly()
    {
        var r = CbamCalculator.Calculate(GrindingPlant());

        Assert.Null(r.Clinker);
        var bought = Assert.Single(r.Precursors);
        Assert.Equal("purchased", bought.Origin);
        Assert.Equal((MillFuelCo2 + 900000m * 0.85m) / 1200000m, r.Cement!.See.Direct);
    }

    [Fact]
    public void CbamMethodOutput_GrindingPlant_IsApplicableAndListsOnlyCement()
    {
        var json = Calc(GrindingPlant(), "cbam");

        Assert.False(json.TryGetProperty("applicable", out _));
        var good = Assert.Single(json.GetProperty("goods").EnumerateArray());
        Assert.Equal("2523 29 00", good.GetProperty("cnCode").GetString());
    }

    /// <summary>Clinker produced is all sold; 300,000 t bought, 100,000 t of it to stock: 200,000 t consumed.</summary>
    private static Domain.Accounting.PlantYear BoughtBeyondConsumed() => PlantYears.Example("cbam-kiln-and-mill", d =>
    {
        var clinker = d["clinker"]!;
        clinker["sold_t"] = 1000000;
        clinker["bought_t"] = 300000;
        clinker["stockIncrease_t"] = 100000;
        clinker["boughtSeeDirect_tCO2_per_t"] = 0.9;
        clinker["boughtSeeIndirect_tCO2_per_t"] = 0.05;
    });

    [Fact]
    public void ClinkerUse_BoughtAboveConsumed_TakesBoughtUpToConsumedAndNoOwn()
    {
        var use = ClinkerUse.Of(BoughtBeyondConsumed());

        Assert.Equal(200000m, use.BoughtUsed);
        Assert.Equal(0m, use.OwnUsed);
    }

    [Fact]
    public void ContractCbam_BoughtAboveConsumed_CountsOnlyTheBoughtClinkerUsed()
    {
        var r = GccaCalculator.Calculate(BoughtBeyondConsumed());

        Assert.Equal((MillFuelCo2 + 200000m * 0.9m) / 500000m, r.CbamCement.Direct);
        Assert.Equal((48000m * 0.45m + 200000m * 0.05m) / 500000m, r.CbamCement.Indirect);
    }

    [Fact]
    public void CbamMethod_BoughtAboveConsumed_HasNoNegativeOwnClinker()
    {
        var r = CbamCalculator.Calculate(BoughtBeyondConsumed());

        var p = Assert.Single(r.Precursors);
        Assert.Equal(200000m, p.QuantityTonnes);
        Assert.Equal(100000m, r.BoughtClinkerUnused);
        Assert.Equal((MillFuelCo2 + 200000m * 0.9m) / 500000m, r.Cement!.See.Direct);
    }
}
