using System.Text.Json.Nodes;
using Calcine.Domain.Accounting.EuEts;
using Calcine.Domain.Accounting.Gcca;
using Calcine.Domain.Results;
using static Calcine.Domain.Tests.Accounting.ExampleDocuments;

namespace Calcine.Domain.Tests.Accounting.Review;

/// <summary>Traces say when a fuel's biogenic share was defaulted or its EF derived from carbon
/// content, and show every KPI with its numerator and denominator.</summary>
public class TraceFlagTests
{
    private static Domain.Accounting.PlantYear WithDerivedAndDefaulted() => PlantYears.Example("cbam-kiln-and-mill", d =>
    {
        var coal = d["fuels"]![0]!.AsObject();
        coal.Remove("biogenicShare");
        coal.Remove("ef_kgCO2_per_GJ");
        coal["carbonContent_tC_per_GJ"] = 0.0259;
    });

    [Fact]
    public void Reader_FuelWithoutShareOrEf_SetsBothFlags()
    {
        var py = WithDerivedAndDefaulted();

        Assert.True(py.Fuels[0].BiogenicShareDefaulted);
        Assert.True(py.Fuels[0].EfFromCarbonContent);
        Assert.False(py.Fuels[1].BiogenicShareDefaulted);
        Assert.False(py.Fuels[1].EfFromCarbonContent);
    }

    [Fact]
    public void GccaTrace_FuelWithoutShareOrEf_NamesDefaultAndCarbonContent()
    {
        var trace = new CalculationTrace();

        GccaCalculator.Calculate(WithDerivedAndDefaulted(), trace);

        var coal = Step(trace, "fuel[0]");
        Assert.StartsWith("default: gcca", Input(coal, "biogenic share").Source, StringComparison.Ordinal);
        Assert.Contains("carbonContent_tC_per_GJ", Input(coal, "EF").Source, StringComparison.Ordinal);
        Assert.Equal("$.fuels[1].biogenicShare", Input(Step(trace, "fuel[1]"), "biogenic share").Source);
    }

    [Fact]
    public void EuTrace_FuelWithoutShareOrEf_NamesDefaultAndCarbonContent()
    {
        var trace = new CalculationTrace();

        EuMrrCalculator.Calculate(WithDerivedAndDefaulted(), trace);

        var coal = Step(trace, "eu-mrr.stream[0]");
        Assert.StartsWith("default: eu-mrr", Input(coal, "biomass fraction").Source, StringComparison.Ordinal);
        Assert.Contains("carbonContent_tC_per_GJ", Input(coal, "EF").Source, StringComparison.Ordinal);
    }

    [Fact]
    public void GccaTrace_HasEveryKpiWithItsDenominator()
    {
        var trace = new CalculationTrace();

        var r = GccaCalculator.Calculate(PlantYears.Example("gcca-integrated-plant"), trace);

        Assert.Equal(r.Kpis.NetCo2PerCementitiousKg, Step(trace, "kpi.netCo2PerCementitious").Value);
        Assert.Equal(r.Cementitious, Input(Step(trace, "kpi.netCo2PerCementitious"), "cementitious").Value);
        Assert.Equal(r.Kpis.ClinkerFactor, Step(trace, "kpi.clinkerFactor").Value);
        Assert.Equal(r.Kpis.SpecificHeatMjPerTonneClinker, Step(trace, "kpi.specificHeat").Value);
        Assert.Equal(8, trace.Steps.Count(s => s.Id.StartsWith("kpi.", StringComparison.Ordinal)));
        Assert.Equal(r.Cementitious, Step(trace, "cementitious").Value);
        Assert.Equal(r.Cement, Step(trace, "cement").Value);
        Assert.Equal(r.ClinkerConsumed, Step(trace, "clinkerConsumed").Value);
    }

    [Fact]
    public void Gcca_OxidationFactor_IsShownButNotApplied()
    {
        var baseline = GccaCalculator.Calculate(PlantYears.Example("cbam-kiln-and-mill"));
        var trace = new CalculationTrace();
        var py = PlantYears.Example("cbam-kiln-and-mill", d => d["fuels"]![0]!["oxidationFactor"] = 0.98);

        var r = GccaCalculator.Calculate(py, trace);

        Assert.Equal(baseline.KilnFuelCo2, r.KilnFuelCo2);
        Assert.Contains(Step(trace, "fuel[0]").Inputs, i => i.Value == 0.98m && i.Name.Contains("not applied", StringComparison.Ordinal));
    }

    [Fact]
    public void Reader_AllElectricityOnSite_NeedsNoGridFactor()
    {
        var py = PlantYears.Example("cbam-kiln-and-mill", d =>
        {
            d["electricity"] = JsonNode.Parse("""{ "consumption": [ { "use": "kiln", "source": "on-site", "MWh": 70000 } ] }""");
        });

        var r = GccaCalculator.Calculate(py);

        Assert.Equal(0m, r.IndirectCo2);
        Assert.Null(r.CbamClinker.Indirect);
    }
}
