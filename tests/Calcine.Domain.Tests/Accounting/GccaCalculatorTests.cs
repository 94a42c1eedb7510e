using System.Text.Json.Nodes;
using Calcine.Domain.Accounting.Gcca;
using Calcine.Domain.Results;

namespace Calcine.Domain.Tests.Accounting;

/// <summary>co2-accounting.md §9.1: the GCCA integrated plant, step by step.</summary>
public class GccaCalculatorTests
{
    [Fact]
    public void IntegratedPlant_IntermediateSteps_MatchReference()
    {
        var r = GccaCalculator.Calculate(PlantYears.Example("gcca-integrated-plant"));

        Assert.Equal(0.532493m, Math.Round(r.Calcination.ClinkerEf, 6));
        Assert.Equal(7987.40m, Math.Round(r.Calcination.BypassCo2, 2));
        Assert.Equal(3051.27m, Math.Round(r.Calcination.CkdCo2, 2));
        Assert.Equal(17037.60m, Math.Round(r.Calcination.TocCo2, 2));
        Assert.Equal(826815.97m, Math.Round(r.Calcination.Total, 2));
        Assert.Equal(5296000m, r.KilnFuelEnergyGj);
        Assert.Equal(1239890.42m, Math.Round(r.GrossCo2, 2));
        Assert.Equal(1166555.42m, Math.Round(r.NetCo2, 2));
        Assert.Equal(602.87m, Math.Round(r.Kpis.NetCo2PerCementitiousKg!.Value, 2));
    }

    [Fact]
    public void IntegratedPlant_B1WithDefault525_GivesReferenceCrossCheck()
    {
        var py = PlantYears.Example("gcca-integrated-plant", d => d["calcination"]!["method"] = "B1");

        var r = GccaCalculator.Calculate(py);

        Assert.Equal(0.525m, r.Calcination.ClinkerEf);
        Assert.Equal(815431.47m, Math.Round(r.Calcination.Total, 2));
    }

    [Fact]
    public void DryKilnWithoutLoi_UsesCalcinationRateZero_AndTracesTheDefault()
    {
        var trace = new CalculationTrace();
        var py = PlantYears.Example("cbam-kiln-and-mill");

        GccaCalculator.Calculate(py, trace);

        var d = Assert.Single(trace.Steps, s => s.Id == "calcination.d");
        Assert.Equal(0m, d.Value);
        Assert.StartsWith("default: gcca", d.Inputs[0].Source, StringComparison.Ordinal);
    }

    [Fact]
    public void WetKilnWithoutLoi_UsesCalcinationRateOne()
    {
        var py = PlantYears.Example("cbam-kiln-and-mill", d =>
        {
            d["plant"]!["kilnProcess"] = "wet";
            d["calcination"]!["ckd"]!["leaving_t"] = 1000;
        });

        var r = GccaCalculator.Calculate(py);

        Assert.Equal(1m, r.Calcination.CkdCalcinationRate);
        Assert.Equal(r.Calcination.ClinkerEf * 1000m, Math.Round(r.Calcination.CkdCo2, 10));
    }

    [Fact]
    public void OnSitePowerFuel_IsReportedApart_AndNotInGross()
    {
        var baseline = GccaCalculator.Calculate(PlantYears.Example("cbam-kiln-and-mill"));
        var py = PlantYears.Example("cbam-kiln-and-mill", d => d["fuels"]!.AsArray().Add(JsonNode.Parse(
            """{ "name": "gas turbine", "category": "conventional-fossil", "use": "on-site-power", "mass_t": 1000, "lhv_GJ_per_t": 48, "ef_kgCO2_per_GJ": 56.1 }""")));

        var r = GccaCalculator.Calculate(py);

        Assert.Equal(1000m * 48m * 56.1m / 1000m, r.OnSitePowerCo2);
        Assert.Equal(baseline.GrossCo2, r.GrossCo2);
        Assert.Equal(baseline.NetCo2, r.NetCo2);
    }

    [Fact]
    public void Trace_NamesEveryInputWithASource()
    {
        var trace = new CalculationTrace();

        GccaCalculator.Calculate(PlantYears.Example("gcca-integrated-plant"), trace);

        Assert.Contains(trace.Steps, s => s.Id == "gross" && Math.Round(s.Value, 2) == 1239890.42m);
        Assert.Contains(trace.Steps, s => s.Id == "fuel[5]" && s.Value == 0m);
        Assert.All(trace.Steps, s => Assert.All(s.Inputs, i => Assert.False(string.IsNullOrWhiteSpace(i.Source))));
        Assert.Contains(trace.Steps.SelectMany(s => s.Inputs), i => i.Source == "$.clinker.cao");
    }

    [Fact]
    public void ZeroCement_GivesNullKpisNotInfinity()
    {
        var py = PlantYears.Example("cbam-kiln-and-mill", d =>
        {
            d["clinker"]!["sold_t"] = 1000000;
            d["cement"]!["mineralComponents_t"] = 0;
        });

        var r = GccaCalculator.Calculate(py);

        Assert.Null(r.Kpis.ClinkerFactor);
        Assert.Null(r.Kpis.ElectricityKwhPerTonneCement);
        Assert.NotNull(r.Kpis.GrossCo2PerClinkerKg);
    }
}
